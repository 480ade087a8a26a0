import { describe, expect, it } from 'vitest';
import type { RecordChange } from './change-capture';
import { changesText, packCaptured, unpackChanges } from './packed-changes';

const created: RecordChange = {
  table: 'partners',
  key: 'p1',
  before: undefined,
  after: { id: 'p1', name: 'Acme "Labs"', tags: ['a'] },
};
const edited: RecordChange = {
  table: 'contacts',
  key: 'c1',
  before: { id: 'c1', name: 'Ann' },
  after: { id: 'c1', name: 'Anna' },
};
const deleted: RecordChange = {
  table: 'contacts',
  key: 'c2',
  before: { id: 'c2', name: 'Bo' },
  after: undefined,
};

describe('packed changes', () => {
  it('puts the states’ texts made while capturing in place, as JSON.stringify would write them', () => {
    const changes = [created, edited, deleted];
    const texts = new Map<RecordChange, string>([
      [created, JSON.stringify(created.after)],
      [edited, JSON.stringify(edited.after)],
    ]);
    const text = changesText(changes, texts);
    expect(text).toBe(
      '[{"table":"partners","key":"p1","after":{"id":"p1","name":"Acme \\"Labs\\"","tags":["a"]}},' +
        '{"table":"contacts","key":"c1","before":{"id":"c1","name":"Ann"},"after":{"id":"c1","name":"Anna"}},' +
        '{"table":"contacts","key":"c2","before":{"id":"c2","name":"Bo"}}]',
    );
    expect(text).toBe(JSON.stringify(changes));
  });

  it('packs a capture with texts to the same changes as one without', () => {
    const changes = [created, edited, deleted];
    const afterTexts = new Map<RecordChange, string>([[created, JSON.stringify(created.after)]]);
    const withTexts = packCaptured({ changes, bytes: 0, complete: true, afterTexts });
    const without = packCaptured({ changes, bytes: 0, complete: true });
    expect(withTexts).toEqual(without);
    if (withTexts.kind !== 'changes') throw new Error('expected packed changes');
    expect(withTexts.records).toBe(3);
    expect(unpackChanges(withTexts.packed)).toEqual(changes);
  });
});
