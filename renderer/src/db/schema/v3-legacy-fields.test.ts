import { describe, expect, it } from 'vitest';
import { draftFieldsSchema } from '../../../../shared/domain/positioning';
import { keyToWords, upgradeLegacyFields } from './v3-legacy-fields';

describe('keyToWords', () => {
  it('turns camelCase, snake_case, kebab-case and spaced keys into a sentence-case label', () => {
    expect(keyToWords('targetCustomer')).toBe('Target customer');
    expect(keyToWords('target_customer')).toBe('Target customer');
    expect(keyToWords('key-benefit')).toBe('Key benefit');
    expect(keyToWords('  Why   now ')).toBe('Why now');
    expect(keyToWords('value2Themes')).toBe('Value2 themes');
    expect(keyToWords('___')).toBe('');
  });
});

describe('upgradeLegacyFields', () => {
  it('turns strings into text fields and string arrays into list fields, in key order', () => {
    expect(
      upgradeLegacyFields({
        targetCustomer: 'Mid-market CFOs',
        proof_points: ['Acme', 'Globex'],
      }),
    ).toEqual([
      { key: 'target-customer', label: 'Target customer', kind: 'text', value: 'Mid-market CFOs' },
      { key: 'proof-points', label: 'Proof points', kind: 'list', value: ['Acme', 'Globex'] },
    ]);
  });

  it('makes every key valid and unique, so the result passes the version 3 schema', () => {
    const upgraded = upgradeLegacyFields({
      'Key Benefit': 'Faster close',
      key_benefit: 'Duplicate after slugging',
      '!!!': 'Nothing to slug',
      Größe: 'Folded',
      [`a${'b'.repeat(150)}`]: 'Too long a key',
    });
    expect(upgraded.map((field) => field.key)).toEqual([
      'key-benefit',
      'key-benefit-2',
      'field',
      'grosse',
      `a${'b'.repeat(99)}`,
    ]);
    expect(upgraded.map((field) => field.label)).toEqual([
      'Key benefit',
      'Key benefit',
      '!!!',
      'Größe',
      `A${'b'.repeat(99)}`,
    ]);
    expect(draftFieldsSchema.safeParse(upgraded).success).toBe(true);
  });

  it('keeps an already upgraded list, and turns anything else into no fields', () => {
    const current = [{ key: 'core', label: 'Core', kind: 'text', value: 'x' }];
    expect(upgradeLegacyFields(current)).toEqual(current);
    expect(upgradeLegacyFields(undefined)).toEqual([]);
    expect(upgradeLegacyFields('text')).toEqual([]);
    expect(upgradeLegacyFields([{ nonsense: true }])).toEqual([]);
  });

  it('keeps numbers and booleans as text and drops other values to empty text', () => {
    expect(upgradeLegacyFields({ n: 3, list: ['a', 7, null] })).toEqual([
      { key: 'n', label: 'N', kind: 'text', value: '3' },
      { key: 'list', label: 'List', kind: 'list', value: ['a', '7', ''] },
    ]);
  });
});
