import { describe, expect, it } from 'vitest';
import type { DraftField } from '../domain/positioning';
import { articleFor, assembleStatement } from './sentence';
import { emptyFields } from './templates';

const filled = (values: Record<string, string>): DraftField[] =>
  emptyFields('positioning-statement').map((field) =>
    field.kind === 'text' ? { ...field, value: values[field.key] ?? '' } : field,
  );

const LEDGERLY = {
  'target-customer': 'mid-market finance teams',
  need: ' close the books every month. ',
  'product-name': 'Ledgerly',
  'product-category': 'accounting automation platform',
  'key-benefit': 'cuts the close to three days.',
  'competitive-alternative': 'spreadsheets and email.',
  differentiation: 'reconciles every bank feed automatically.',
};

describe('assembleStatement', () => {
  it('builds the sentence without doubling punctuation', () => {
    expect(assembleStatement(filled(LEDGERLY))).toEqual({
      text:
        'For mid-market finance teams who close the books every month, Ledgerly is an ' +
        'accounting automation platform that cuts the close to three days. Unlike spreadsheets ' +
        'and email, our product reconciles every bank feed automatically.',
      missing: [],
    });
  });

  it('puts placeholders for empty fields and lists their labels', () => {
    const { text, missing } = assembleStatement(
      filled({ ...LEDGERLY, need: '  ', 'product-category': '', differentiation: '' }),
    );
    expect(text).toBe(
      'For mid-market finance teams who [need], Ledgerly is a [product category] that cuts the ' +
        'close to three days. Unlike spreadsheets and email, our product [differentiation].',
    );
    expect(missing).toEqual(['Need or opportunity', 'Product category', 'Primary differentiation']);
  });

  it('names every field as missing when there are none', () => {
    expect(assembleStatement([])).toEqual({
      text:
        'For [target customer] who [need], [product name] is a [product category] that ' +
        '[key benefit]. Unlike [competitive alternative], our product [differentiation].',
      missing: [
        'Target customer',
        'Need or opportunity',
        'Product name',
        'Product category',
        'Key benefit',
        'Primary competitive alternative',
        'Primary differentiation',
      ],
    });
  });

  it('keeps user text as written, folding line breaks into spaces', () => {
    const { text } = assembleStatement(
      filled({
        ...LEDGERLY,
        'product-name': 'LEDGERLY Cloud',
        'product-category': 'the Close Platform',
        need: 'close the books\n  every month',
      }),
    );
    expect(text).toContain('who close the books every month, LEDGERLY Cloud is the Close Platform');
  });

  it('uses the label of the field as the draft names it', () => {
    const fields = filled({ ...LEDGERLY, 'key-benefit': '' }).map((field) =>
      field.key === 'key-benefit' ? { ...field, label: 'Main benefit' } : field,
    );
    expect(assembleStatement(fields).missing).toEqual(['Main benefit']);
  });
});

describe('articleFor', () => {
  it.each([
    ['accounting tool', 'an '],
    ['integrated suite', 'an '],
    ['online store', 'an '],
    ['Anchor tool', 'an '],
    ['platform', 'a '],
    ['unified platform', 'a '],
    ['user research tool', 'a '],
    ['useful add-on', 'a '],
    ['European bank', 'a '],
    ['one-stop shop', 'a '],
    ['CRM', 'a '],
    ['SaaS tool', 'a '],
    ['ERP add-on', 'an '],
    ['HR suite', 'an '],
    ['SDK', 'an '],
    ['UX toolkit', 'a '],
    ['a unified platform', ''],
    ['An integrated suite', ''],
    ['the leading CRM', ''],
  ])('%s takes "%s"', (category, article) => {
    expect(articleFor(category)).toBe(article);
  });
});
