import { describe, expect, it } from 'vitest';
import {
  isDeletion,
  MAX_REVISIONS,
  recordsContent,
  revisionCounter,
  revisionEntrySchema,
  reviseContent,
  reviseDeletion,
  revisionOf,
} from './revision';

const PARTNER = '10000000-0000-4000-8000-000000000001';

describe('revision histories', () => {
  it('start at 1 with the content’s hash, the same on every machine', () => {
    const [first] = reviseContent([], { name: 'Baltic Data', id: PARTNER });
    expect(first).toMatch(/^1-[0-9a-f]{16}$/);
    expect(reviseContent([], { id: PARTNER, name: 'Baltic Data' })).toEqual([first]);
    expect(first).toBe(revisionOf(1, { id: PARTNER, name: 'Baltic Data' }));
  });

  it('count up with each change, newest first, and skip a write that changes nothing', () => {
    const one = reviseContent([], { name: 'a' });
    const two = reviseContent(one, { name: 'b' });
    expect(two.map(revisionCounter)).toEqual([2, 1]);
    expect(two.slice(1)).toEqual(one);
    expect(reviseContent(two, { name: 'b' })).toEqual(two);
    expect(recordsContent(two, { name: 'b' })).toBe(true);
    expect(recordsContent(two, { name: 'a' })).toBe(false);
  });

  it('record deletions with a marker revision, once', () => {
    const live = reviseContent([], { name: 'a' });
    const deleted = reviseDeletion(live);
    expect(deleted).toHaveLength(2);
    expect(isDeletion(deleted[0] ?? '')).toBe(true);
    expect(isDeletion(live[0] ?? '')).toBe(false);
    expect(reviseDeletion(deleted)).toEqual(deleted);
    expect(reviseContent(deleted, { name: 'a' }).map(revisionCounter)).toEqual([3, 2, 1]);
  });

  it(`keep at most ${MAX_REVISIONS} revisions`, () => {
    let history: string[] = [];
    for (let n = 0; n < MAX_REVISIONS + 10; n += 1) history = reviseContent(history, { n });
    expect(history).toHaveLength(MAX_REVISIONS);
    expect(revisionCounter(history[0] ?? '')).toBe(MAX_REVISIONS + 10);
  });
});

describe('revisionEntrySchema', () => {
  const revs = reviseContent([], { name: 'a' });

  it('accepts a record’s history, and a setting’s by its key', () => {
    expect(revisionEntrySchema.safeParse({ table: 'partners', id: PARTNER, revs }).success).toBe(
      true,
    );
    expect(revisionEntrySchema.safeParse({ table: 'settings', id: 'author', revs }).success).toBe(
      true,
    );
  });

  it('refuses a record id that is not a UUID, a malformed or repeated revision', () => {
    const issues = (entry: unknown) =>
      revisionEntrySchema.safeParse(entry).error?.issues.map((issue) => issue.message);
    expect(issues({ table: 'partners', id: 'author', revs })).toEqual(['Not a valid identifier.']);
    expect(issues({ table: 'contacts', id: PARTNER, revs: ['0-abc'] })).toEqual([
      'Not a valid revision.',
    ]);
    expect(issues({ table: 'contacts', id: PARTNER, revs: [...revs, ...revs] })).toEqual([
      'A revision is listed twice.',
    ]);
    expect(issues({ table: 'contacts', id: PARTNER, revs: [] })).toHaveLength(1);
  });
});
