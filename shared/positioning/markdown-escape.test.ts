import { describe, expect, it } from 'vitest';
import { escapeMarkdownBlock, escapeMarkdownLine, markdownUrl } from './markdown-escape';

describe('escapeMarkdownLine', () => {
  it('escapes inline markup characters', () => {
    expect(escapeMarkdownLine('`a` *b* _c_ [d](e) <f> #g h|i ~~j~~ &amp; \\')).toBe(
      '\\`a\\` \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\#g h\\|i \\~\\~j\\~\\~ \\&amp; \\\\',
    );
  });

  it('escapes list markers and heading underlines at the start only', () => {
    expect(escapeMarkdownLine('- a - b')).toBe('\\- a - b');
    expect(escapeMarkdownLine('+ a')).toBe('\\+ a');
    expect(escapeMarkdownLine('===')).toBe('\\===');
    expect(escapeMarkdownLine('12. a')).toBe('12\\. a');
    expect(escapeMarkdownLine('3) a')).toBe('3\\) a');
    expect(escapeMarkdownLine('2024 was good. 3. Yes')).toBe('2024 was good. 3. Yes');
  });

  it('folds line breaks and surrounding space into one line', () => {
    expect(escapeMarkdownLine('  one\n  - two  ')).toBe('one - two');
  });
});

describe('escapeMarkdownBlock', () => {
  it('escapes each line, drops indentation and collapses blank-line runs', () => {
    expect(escapeMarkdownBlock('# Title\n    code\n---\n\n\n\n> quote  \r\n1. one')).toBe(
      '\\# Title\ncode\n\\---\n\n\\> quote\n1\\. one',
    );
  });
});

describe('markdownUrl', () => {
  it('links a plain http(s) address', () => {
    expect(markdownUrl(' https://example.com/a?b=c ')).toBe('<https://example.com/a?b=c>');
  });

  it('writes anything else as escaped text', () => {
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownUrl('https://x.y/<script>')).toBe('https://x.y/\\<script\\>');
    expect(markdownUrl('https://x.y/a b')).toBe('https://x.y/a b');
  });
});
