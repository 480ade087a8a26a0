/**
 * A generated workbook as a `.partnerbook` file's text, made a part at a time and never whole,
 * so that a workbook of the issue's own size (100,000 partners and 1,000,000 iterations, about
 * 1.5 GiB of file) can be written with bounded memory: by the command line's `sample` to a file,
 * by the bench page to a Blob. The partners, contacts, drafts, status changes and people records
 * are held (a few hundred megabytes at that size); the iterations are made again for each pass
 * and let go once written. The text is the one `encodePartnerbook(withRevisions(…))` gives for
 * the same sample's snapshot, byte for byte: every table in its record order (iterations by id,
 * as the app saves them), with the revision histories the records call for.
 */
import { revisedHistories } from '../files/merge/snapshot-revisions';
import { RECORD_ORDER, sortedBy } from '../files/partnerbook/record-order';
import {
  SNAPSHOT_TABLES,
  snapshotCounts,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookSnapshot,
} from '../files/partnerbook/snapshot';
import { PartnerbookWriter, type EncodeMeta } from '../files/partnerbook/writer';
import type { PositioningIteration } from '../domain/positioning';
import {
  assembleSample,
  planSample,
  type SamplePlan,
  type SampleSnapshotOptions,
} from './sample-snapshot';
import { generatePositioningInto, type GeneratedPositioning } from './seeded-positioning';

/**
 * How many iterations are held at once by default. A sample with more makes its iterations in
 * passes, each keeping those whose ids fall in one range (ids are random, so the ranges hold
 * about equal shares) and writing them sorted: the ranges in order give the whole table in id
 * order. Each pass makes every draft's history again, which costs time, not memory.
 */
export const HELD_ITERATIONS = 250_000;

// Records per call of the writer: one part of text each, a few megabytes at most.
const PART_RECORDS = 2_000;

/** Options of {@link sampleFile}: the sample's, and how many iterations may be held at once. */
export interface SampleFileOptions extends SampleSnapshotOptions {
  /** By default {@link HELD_ITERATIONS}; tests make it small to run several passes. */
  heldIterations?: number;
}

/** A sample workbook's file: its records per table, and its text in parts. */
export interface SampleFile {
  /** Records per table, as the file lists them. */
  counts: Record<SnapshotTableName, number>;
  /** How many times the iterations are made while the text is written (1 when all are held). */
  passes: number;
  /** The file's text in parts, in order; each iteration makes the text again from the start. */
  parts: Iterable<string>;
}

// The range of 2^32 ids' first 32 bits that `id` falls in, of `passes` equal ranges.
const rangeOf = (id: string, passes: number): number =>
  Math.floor((Number.parseInt(id.slice(0, 8), 16) * passes) / 0x1_0000_0000);

function iterationsOfPass(
  options: SampleSnapshotOptions,
  plan: SamplePlan,
  pass: number,
  passes: number,
): PositioningIteration[] {
  const held: PositioningIteration[] = [];
  const { seed, now } = options;
  const ignore = (): void => undefined;
  generatePositioningInto(
    plan.partners,
    { seed, now, iterationCounts: plan.iterationCounts },
    {
      draft: ignore,
      statusChange: ignore,
      iteration: (iteration) => {
        if (rangeOf(iteration.id, passes) === pass) held.push(iteration);
      },
    },
  );
  return held.sort(RECORD_ORDER.positioningIterations);
}

function* drained(pending: string[]): Generator<string> {
  for (const part of pending) yield part;
  pending.length = 0;
}

function* tableParts<T extends SnapshotTableName>(
  writer: PartnerbookWriter,
  pending: string[],
  table: T,
  records: readonly SnapshotTables[T][number][],
): Generator<string> {
  for (let start = 0; start < records.length; start += PART_RECORDS) {
    writer.records(table, records, start, Math.min(start + PART_RECORDS, records.length));
    yield* drained(pending);
  }
}

// A table's records in its record order (the revisions are made in it).
const sortedTable = <T extends SnapshotTableName>(
  snapshot: WorkbookSnapshot,
  table: T,
): readonly SnapshotTables[T][number][] =>
  sortedBy<SnapshotTables[T][number]>(snapshot.tables[table], RECORD_ORDER[table]);

function* fileParts(
  options: SampleSnapshotOptions,
  plan: SamplePlan,
  snapshot: WorkbookSnapshot,
  passes: number,
  meta: EncodeMeta,
): Generator<string> {
  const pending: string[] = [];
  const writer = new PartnerbookWriter((part) => {
    pending.push(part);
  });
  writer.head(snapshot.workbook, meta);
  yield* drained(pending);
  for (const table of SNAPSHOT_TABLES) {
    if (table !== 'positioningIterations' || passes === 1) {
      yield* tableParts(writer, pending, table, sortedTable(snapshot, table));
      continue;
    }
    for (let pass = 0; pass < passes; pass += 1) {
      yield* tableParts(writer, pending, table, iterationsOfPass(options, plan, pass, passes));
    }
  }
  writer.end();
  yield* drained(pending);
}

/**
 * A sample workbook's file. Its partners, drafts and the other small tables are made at once;
 * its iterations are counted (and held when there are at most `heldIterations`), and made again
 * while the parts are taken when there are more. Throws a RangeError when the options cannot make
 * a sample; taking the parts throws as PartnerbookWriter does when the text is too long.
 */
export function sampleFile(options: SampleFileOptions, meta: EncodeMeta): SampleFile {
  const limit = options.heldIterations ?? HELD_ITERATIONS;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new RangeError(`heldIterations must be a whole number >= 1, got ${limit}.`);
  }
  const plan = planSample(options);
  const positioning: GeneratedPositioning = { drafts: [], iterations: [], statusChanges: [] };
  let iterations = 0;
  const { seed, now } = options;
  generatePositioningInto(
    plan.partners,
    { seed, now, iterationCounts: plan.iterationCounts },
    {
      draft: (draft) => positioning.drafts.push(draft),
      statusChange: (change) => positioning.statusChanges.push(change),
      iteration: (iteration) => {
        iterations += 1;
        // Held while they all may be; let go at once when there are more.
        if (iterations <= limit) positioning.iterations.push(iteration);
        else if (iterations === limit + 1) positioning.iterations = [];
      },
    },
  );
  const assembled = assembleSample(options, plan, positioning);
  // As the command line and the app's save write a file: with the histories its records call for.
  const tables = { ...assembled.tables, revisions: revisedHistories(assembled.tables) };
  const snapshot: WorkbookSnapshot = { workbook: assembled.workbook, tables };
  const passes = Math.max(1, Math.ceil(iterations / limit));
  return {
    counts: { ...snapshotCounts(snapshot), positioningIterations: iterations },
    passes,
    parts: { [Symbol.iterator]: () => fileParts(options, plan, snapshot, passes, meta) },
  };
}
