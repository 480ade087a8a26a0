import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFieldsSchema, MAX_FIELD_CHARS } from '../../domain/positioning';
import { isPlainFields, withPlainFields } from './fast-fields';
import { RECORD_SCHEMAS } from './partnerbook-schema';

const ID = '5b1f0a52-3c5e-4d7a-9b1e-0c2d3e4f5a6b';
const DRAFT = '7c2e1b63-4d6f-4e8b-8c2f-1d3e4f5a6b7c';
const AT = '2026-11-01T09:00:00.000Z';

const plain = [
  { key: 'pitch', label: 'Pitch', kind: 'text', value: 'Faster onboarding' },
  { key: 'proof-points', label: 'Proof points', kind: 'list', value: ['SOC 2', '99.9%'] },
  { key: 'themes', label: 'Themes', kind: 'claims', value: [{ text: 'Fast', proof: '2 weeks' }] },
];

const iteration = (fields: unknown) => ({
  id: ID,
  createdAt: AT,
  updatedAt: AT,
  draftId: DRAFT,
  number: 1,
  rationale: 'First cut',
  title: 'Baltic pitch',
  audience: 'partner-sales',
  status: 'draft',
  fields,
  committedAt: AT,
});

const full = RECORD_SCHEMAS.positioningIterations;
const check = withPlainFields(full);

// Zod's result and the fast check's, with key order (JSON text) compared as well.
function expectSameAsZod(record: unknown): void {
  const fast = check(record);
  const slow = full.safeParse(record);
  expect(fast.success).toBe(slow.success);
  if (fast.success && slow.success) {
    expect(fast.data).toStrictEqual(slow.data);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
  } else {
    expect(fast.error?.issues).toEqual(slow.error?.issues);
  }
}

describe('isPlainFields', () => {
  it('accept fields that zod accepts and returns unchanged', () => {
    expect(isPlainFields(plain)).toBe(true);
    expect(isPlainFields([])).toBe(true);
    const limit = [{ key: 'a', label: 'A', kind: 'text', value: 'x'.repeat(MAX_FIELD_CHARS) }];
    expect(isPlainFields(limit)).toBe(true);
    expectSameAsZod(iteration(plain));
    expectSameAsZod(iteration(limit));
  });

  it('leave to zod whatever zod refuses or would change', () => {
    const [text, list, claims] = plain;
    const cases: unknown[] = [
      // zod trims the label, strips an unknown key, orders the keys: its result differs.
      [{ ...text, label: ' Pitch' }],
      [{ ...text, extra: 1 }],
      [{ label: 'Pitch', key: 'pitch', kind: 'text', value: 'x' }],
      [{ ...claims, value: [{ proof: 'p', text: 't' }] }],
      // refused by zod
      [{ ...text, key: 'Pitch' }],
      [{ ...text, key: '' }],
      [{ ...text, label: '' }],
      [{ ...text, label: 'x'.repeat(101) }],
      [{ ...text, kind: 'table' }],
      [{ ...text, value: ['x'] }],
      [{ ...list, value: 'x' }],
      [{ ...list, value: Array.from({ length: 201 }, () => 'x') }],
      [{ ...claims, value: [{ text: 't' }] }],
      [{ ...text, value: 'x'.repeat(MAX_FIELD_CHARS + 1) }],
      [text, { ...list, key: 'pitch' }],
      Array.from({ length: 101 }, (_, index) => ({ ...text, key: `f${index}` })),
      'pitch',
      null,
    ];
    for (const fields of cases) {
      expect(isPlainFields(fields)).toBe(false);
      expectSameAsZod(iteration(fields));
    }
  });

  it('keep the record check strict: an unknown key is refused with zod’s message', () => {
    const record = { ...iteration(plain), colour: 'blue' };
    expect(check(record).success).toBe(false);
    expectSameAsZod(record);
  });

  it('never accept fields that zod refuses or would change, for any input', () => {
    const text = fc.oneof(
      fc.constantFrom('', ' ', 'Pitch', ' Pitch', 'pitch', 'a-b', '-a', 'x'.repeat(101)),
      fc.string({ maxLength: 8 }),
    );
    const claim = fc.oneof(
      fc.record({ text, proof: text }),
      fc.record({ proof: text, text }),
      fc.record({ text, proof: text, note: text }),
      fc.record({ text }),
    );
    const value = fc.oneof(
      text,
      fc.array(text, { maxLength: 3 }),
      fc.array(claim, { maxLength: 3 }),
    );
    const field = fc.oneof(
      fc.record({
        key: text,
        label: text,
        kind: fc.constantFrom('text', 'list', 'claims', 'other'),
        value,
      }),
      fc.record(
        { label: text, key: text, kind: fc.constantFrom('text', 'list', 'claims'), value },
        { requiredKeys: ['key', 'kind'] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 4 }), (fields) => {
        if (isPlainFields(fields)) {
          const parsed = draftFieldsSchema.safeParse(fields);
          expect(parsed.success).toBe(true);
          expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(fields));
        }
        expectSameAsZod(iteration(fields));
      }),
      { numRuns: 2000 },
    );
  });
});
