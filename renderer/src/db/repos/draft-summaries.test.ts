import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PositioningDraft } from '../../../../shared/domain/positioning';
import type { TimelineEntry } from '../../../../shared/positioning/history-rules';
import { draftSummaries, fillDraftSummaries } from './draft-summaries';
import { ok, openPositioningKit, type PositioningKit } from './positioning-test-kit';

let kit: PositioningKit;
beforeEach(async () => {
  kit = await openPositioningKit();
});
afterEach(() => kit.close());

// A draft with `count` committed iterations, numbered 1 to count.
async function draftWith(count: number, title = 'Sales pitch'): Promise<PositioningDraft> {
  const draft = await kit.draft({ title });
  for (let n = 1; n <= count; n += 1) {
    ok(
      await kit.positioning.saveWorkingCopy(draft.id, {
        fields: [{ key: 'core-message', label: 'Core message', kind: 'text', value: `Take ${n}` }],
      }),
    );
    ok(await kit.positioning.commit(draft.id, { rationale: `Take ${n}` }));
  }
  return draft;
}

const summariesOf = (draftId: string) =>
  kit.db.positioningIterationSummaries.where('draftId').equals(draftId).toArray();

const numbers = (entries: readonly { number: number }[]) => entries.map(({ number }) => number);

// The iteration numbers a timeline shows, newest first.
const timelineNumbers = (entries: readonly TimelineEntry[]) =>
  entries.flatMap((entry) => (entry.kind === 'iteration' ? [entry.iteration.number] : []));

describe('draft summaries of an opened file, derived when first read', () => {
  it('reads a complete timeline and picker list while the summaries are missing', async () => {
    const draft = await draftWith(3);
    const stored = await summariesOf(draft.id);
    // As after opening a file: the iterations, without their summaries.
    await kit.db.positioningIterationSummaries.clear();

    expect(timelineNumbers(await kit.positioning.timeline(draft.id))).toEqual([3, 2, 1]);
    const picker = await kit.positioning.iterationsOf(draft.id);
    expect(numbers(picker)).toEqual([1, 2, 3]);
    expect(picker).toEqual(stored);
    expect(picker[0]).not.toHaveProperty('fields');
  });

  it('writes the missing summaries after the read, so that the next read finds them', async () => {
    const draft = await draftWith(3);
    const stored = await summariesOf(draft.id);
    await kit.db.positioningIterationSummaries.clear();

    await kit.positioning.timeline(draft.id);
    await vi.waitFor(async () => expect(await summariesOf(draft.id)).toHaveLength(3));
    expect(await summariesOf(draft.id)).toEqual(stored);
  });

  it('fills only what is missing', async () => {
    const draft = await draftWith(3);
    const [first] = await summariesOf(draft.id);
    await kit.db.positioningIterationSummaries.delete(first?.id ?? '');

    expect(await fillDraftSummaries(kit.db, draft.id)).toBe(1);
    expect(await fillDraftSummaries(kit.db, draft.id)).toBe(0);
    expect(await summariesOf(draft.id)).toHaveLength(3);
  });

  it('fills the draft read, and no other', async () => {
    const draft = await draftWith(3);
    const other = await draftWith(2, 'Other pitch');
    await kit.db.positioningIterationSummaries.clear();

    expect(numbers(await draftSummaries(kit.db, draft.id, 'oldest-first'))).toEqual([1, 2, 3]);
    await vi.waitFor(async () => expect(await summariesOf(draft.id)).toHaveLength(3));
    expect(await summariesOf(other.id)).toHaveLength(0);
  });

  it('fills from a live query, which may not write, and the query then reads the summaries', async () => {
    const draft = await draftWith(2);
    await kit.db.positioningIterationSummaries.clear();
    const seen: number[][] = [];
    const failures: unknown[] = [];
    const subscription = liveQuery(() => kit.positioning.timeline(draft.id)).subscribe({
      next: (entries) => seen.push(timelineNumbers(entries)),
      error: (error: unknown) => failures.push(error),
    });
    try {
      await vi.waitFor(async () => expect(await summariesOf(draft.id)).toHaveLength(2));
      await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2));
    } finally {
      subscription.unsubscribe();
    }
    expect(failures).toEqual([]);
    expect(seen.every((entry) => entry.join() === '2,1')).toBe(true);
  });

  it('reads the summaries alone when all are there', async () => {
    const draft = await draftWith(2);
    const read = vi.spyOn(kit.db.positioningIterations, 'where');
    expect(numbers(await draftSummaries(kit.db, draft.id, 'newest-first'))).toEqual([2, 1]);
    // One where: the count of the draft's iterations; no iteration is read.
    expect(read).toHaveBeenCalledTimes(1);
  });
});
