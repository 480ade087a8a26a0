import { Dexie } from 'dexie';
import type { IterationSummary } from '../../../../shared/domain/positioning';
import type { WorkbookDatabase } from '../database';
import { draftRange, iterationSummary } from './positioning-records';

/**
 * A draft's iteration summaries (its iterations without their fields), which timelines and
 * pickers read instead of the iterations themselves. An iteration committed in the app gets its
 * summary in the same transaction; the iterations of an opened file get theirs only when a
 * timeline first asks for their draft. Writing a summary for each of a file's iterations at open
 * time would add a record for each (a million for the issue's largest file), which made opening
 * such a file take 1.6 times as long as writing the iterations alone (measured in this Chromium);
 * most drafts' timelines are never opened.
 *
 * So a read checks that the draft's summaries are all there (two counts of one index range, no
 * record read). When some are missing it summarises the draft's iterations in memory, so the
 * answer is complete either way, and writes the summaries after the read, outside any live query
 * (which may not write), so that the next read finds them.
 */

type Order = 'oldest-first' | 'newest-first';

// Drafts whose summaries are being written, so that a draft read twice is filled once.
const filling = new WeakMap<WorkbookDatabase, Set<string>>();

/**
 * The draft's summaries in number order, complete. Runs in the caller's transaction when it has
 * one over the iterations and summaries, otherwise in a read transaction of its own.
 */
export function draftSummaries(
  db: WorkbookDatabase,
  draftId: string,
  order: Order,
): Promise<IterationSummary[]> {
  const { positioningIterations: iterations, positioningIterationSummaries: summaries } = db;
  const [from, to] = draftRange(draftId);
  const newest = order === 'newest-first';
  return db.transaction('r', iterations, summaries, async () => {
    const stored = summaries.where('[draftId+number]').between(from, to);
    const [found, all] = await Promise.all([
      (newest ? stored.reverse() : stored).toArray(),
      iterations.where('[draftId+number]').between(from, to).count(),
    ]);
    if (found.length >= all) return found;
    const range = iterations.where('[draftId+number]').between(from, to);
    const full = await (newest ? range.reverse() : range).toArray();
    fillLater(db, draftId);
    return full.map(iterationSummary);
  });
}

/**
 * Writes the summaries the draft's iterations lack, in a transaction of its own. Resolves to how
 * many it wrote; never rejects (a summary not written is derived again at the next read).
 */
export async function fillDraftSummaries(db: WorkbookDatabase, draftId: string): Promise<number> {
  const { positioningIterations: iterations, positioningIterationSummaries: summaries } = db;
  const [from, to] = draftRange(draftId);
  try {
    return await db.transaction('rw', iterations, summaries, async () => {
      const [full, have] = await Promise.all([
        iterations.where('[draftId+number]').between(from, to).toArray(),
        summaries.where('[draftId+number]').between(from, to).primaryKeys(),
      ]);
      const known = new Set(have);
      const missing = full.filter(({ id }) => !known.has(id)).map(iterationSummary);
      await summaries.bulkPut(missing);
      return missing.length;
    });
  } catch {
    return 0;
  }
}

// Starts the fill once the read is over: from a timer, outside the live query or transaction
// that asked (a live query may not write).
function fillLater(db: WorkbookDatabase, draftId: string): void {
  const drafts = filling.get(db) ?? new Set<string>();
  filling.set(db, drafts);
  if (drafts.has(draftId)) return;
  drafts.add(draftId);
  setTimeout(() => {
    void Dexie.ignoreTransaction(() => fillDraftSummaries(db, draftId)).finally(() =>
      drafts.delete(draftId),
    );
  }, 0);
}
