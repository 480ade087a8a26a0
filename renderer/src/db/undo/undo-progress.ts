/**
 * How far an undo or redo has got, for the toast that says it is under way: records checked,
 * then records written, counted as the work goes in pieces of {@link UNDO_CHUNK} records. The
 * pieces also keep each request batch small, so that a listener hears of progress often, while
 * the whole undo stays one transaction (every piece is awaited inside it, never a timer).
 */

/** Hears how many of the undo's records are done, out of how many. */
export type ProgressListener = (done: number, total: number) => void;

/** Records read or written per piece of an undo. */
export const UNDO_CHUNK = 1_000;

/** The items cut into pieces of at most `size`, in order. */
export function chunksOf<T>(items: readonly T[], size = UNDO_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/** Counts an undo's records checked and written, and tells the listener. */
export class UndoProgress {
  private done = 0;
  private total: number;

  constructor(
    private readonly records: number,
    private readonly listener: ProgressListener = () => undefined,
  ) {
    // Until the check has run, every record is assumed to be written back.
    this.total = 2 * records;
  }

  /** The check found how many records are written (append-only ones may stay as they are). */
  planned(writes: number): void {
    this.total = this.records + writes;
    this.report();
  }

  /** `count` more records checked or written. */
  add(count: number): void {
    this.done = Math.min(this.total, this.done + count);
    this.report();
  }

  /** All done (the derived tables too). */
  finished(): void {
    this.done = this.total;
    this.report();
  }

  private report(): void {
    this.listener(this.done, this.total);
  }
}
