import { describe, expect, it } from 'vitest';
import type { ExportDoc } from './export-text';
import { toMarkdown, toPlainText } from './export-text';

const CANVAS: ExportDoc = {
  title: 'Ledgerly for Acme resellers',
  audience: 'partner-sales',
  status: 'in-review',
  templateName: 'Positioning canvas',
  partnerName: 'Acme Corp',
  iteration: {
    number: 3,
    committedAt: '2026-05-01T14:30:00.000Z',
    author: 'Ann Lee',
    rationale: 'Sales asked for proof.',
    evidence: 'Call notes',
    evidenceUrl: 'https://example.com/notes',
  },
  fields: [
    {
      key: 'best-fit',
      label: 'Best-fit customers',
      kind: 'text',
      value: 'Finance teams\nof 10–50',
    },
    {
      key: 'alts',
      label: 'Competitive alternatives',
      kind: 'list',
      value: ['Spreadsheets', '', 'Email'],
    },
    {
      key: 'themes',
      label: 'Value themes',
      kind: 'claims',
      value: [{ text: 'Faster close', proof: 'Acme: 3 days\n\nBeta: -40%' }],
    },
    { key: 'trends', label: 'Relevant trends', kind: 'list', value: [] },
  ],
};

const WORKING_COPY: ExportDoc = {
  title: 'Company story',
  audience: 'internal',
  status: 'draft',
  templateName: 'Positioning statement',
  fields: [{ key: 'need', label: 'Need or opportunity', kind: 'text', value: '' }],
  statement: 'For [target customer] who [need], Ledgerly is a tool.',
};

describe('toPlainText', () => {
  it('prints the title, meta, iteration and each field', () => {
    expect(toPlainText(CANVAS)).toBe(
      [
        'Ledgerly for Acme resellers',
        'Acme Corp · Partner’s sales team · In review · Iteration 3, 2026-05-01 by Ann Lee',
        'Template: Positioning canvas',
        'Why: Sales asked for proof.',
        'Evidence: Call notes',
        'Evidence link: https://example.com/notes',
        '',
        'Best-fit customers',
        'Finance teams',
        'of 10–50',
        '',
        'Competitive alternatives',
        '- Spreadsheets',
        '- Email',
        '',
        'Value themes',
        'Faster close',
        '  - Acme: 3 days',
        '  - Beta: -40%',
        '',
        'Relevant trends',
        '(empty)',
        '',
      ].join('\n'),
    );
  });

  it('prints a working copy of the company positioning with its statement', () => {
    expect(toPlainText({ ...WORKING_COPY, partnerName: ' ' })).toBe(
      [
        'Company story',
        'Company positioning · Internal · Draft · Working copy',
        'Template: Positioning statement',
        '',
        'For [target customer] who [need], Ledgerly is a tool.',
        '',
        'Need or opportunity',
        '(empty)',
        '',
      ].join('\n'),
    );
  });
});

describe('toMarkdown', () => {
  it('writes a heading, the meta list and a section per field', () => {
    expect(toMarkdown(CANVAS)).toBe(
      [
        '# Ledgerly for Acme resellers',
        '',
        '- **Partner:** Acme Corp',
        '- **Audience:** Partner’s sales team',
        '- **Status:** In review',
        '- **Template:** Positioning canvas',
        '- **Version:** Iteration 3, 2026-05-01 by Ann Lee',
        '- **Why:** Sales asked for proof.',
        '- **Evidence:** Call notes',
        '- **Evidence link:** <https://example.com/notes>',
        '',
        '## Best-fit customers',
        '',
        'Finance teams',
        'of 10–50',
        '',
        '## Competitive alternatives',
        '',
        '- Spreadsheets',
        '- Email',
        '',
        '## Value themes',
        '',
        '- **Faster close**',
        '  - Acme: 3 days',
        '  - Beta: -40%',
        '',
        '## Relevant trends',
        '',
        '_(empty)_',
        '',
      ].join('\n'),
    );
  });

  it('quotes the statement and escapes its placeholders', () => {
    expect(toMarkdown(WORKING_COPY)).toBe(
      [
        '# Company story',
        '',
        '- Company positioning',
        '- **Audience:** Internal',
        '- **Status:** Draft',
        '- **Template:** Positioning statement',
        '- **Version:** Working copy',
        '',
        '> For \\[target customer\\] who \\[need\\], Ledgerly is a tool.',
        '',
        '## Need or opportunity',
        '',
        '_(empty)_',
        '',
      ].join('\n'),
    );
  });

  it('never lets user text become headings, links, lists or HTML', () => {
    const markdown = toMarkdown({
      ...WORKING_COPY,
      title: '# Evil [link](javascript:x) <script>',
      partnerName: '<b>Acme</b>',
      statement: undefined,
      fields: [
        { key: 'a', label: '## Label', kind: 'text', value: '## Heading\n- item\n1. one\n---' },
        { key: 'b', label: 'List', kind: 'list', value: ['- nested', '[x](y)'] },
        { key: 'c', label: 'Claims', kind: 'claims', value: [{ text: '**bold**', proof: '> q' }] },
      ],
    });
    expect(markdown.split('\n')).toEqual([
      '# \\# Evil \\[link\\](javascript:x) \\<script\\>',
      '',
      '- **Partner:** \\<b\\>Acme\\</b\\>',
      '- **Audience:** Internal',
      '- **Status:** Draft',
      '- **Template:** Positioning statement',
      '- **Version:** Working copy',
      '',
      '## \\#\\# Label',
      '',
      '\\#\\# Heading',
      '\\- item',
      '1\\. one',
      '\\---',
      '',
      '## List',
      '',
      '- \\- nested',
      '- \\[x\\](y)',
      '',
      '## Claims',
      '',
      '- **\\*\\*bold\\*\\***',
      '  - \\> q',
      '',
    ]);
  });
});
