/**
 * Seeds the positioning benchmarks' workbook: partners through the app's PartnerRepo, then a
 * million iterations with raw IndexedDB in large transactions of relaxed durability. Seeding is
 * setup, not a user's edit, so it does not wait for each transaction to reach the disk; every
 * measured write afterwards runs with the app's strict durability.
 */
import { generatePartnerBatch } from '../../../shared/sample/seeded-partners';
import { openWorkbook } from '../db/workbook';
import type {
  BenchDb,
  PositioningCounts,
  PositioningSeedPlan,
  PositioningSeedReport,
} from './bench-api';
import { generateSeededDraft, seededDraftCount, type SeededDraft } from './positioning-data';
import { openRaw, request, transactionDone } from './raw-idb';

/** The fixed "now" of the seeded partners (as the bench page's generated portfolios). */
const GENERATED_AT = new Date('2026-11-01T09:00:00.000Z');
/** Iterations written per transaction. */
const TRANSACTION_ITERATIONS = 40_000;
/** Transactions in flight at most while the next batch is generated and queued. */
const IN_FLIGHT = 2;

const STORES = [
  'positioningDrafts',
  'positioningIterations',
  'positioningIterationSummaries',
  'positioningStatusChanges',
] as const;

let partnerIds: { key: string; ids: readonly string[] } | undefined;

/** The ids of the plan's partners, generated once per seed and size. */
function partnerIdsOf(plan: PositioningSeedPlan): readonly string[] {
  const key = `${plan.seed}:${plan.partners}`;
  if (partnerIds?.key !== key) {
    const { partners } = generatePartnerBatch(plan.seed, 0, plan.partners, GENERATED_AT);
    partnerIds = { key, ids: partners.map((partner) => partner.id) };
  }
  return partnerIds.ids;
}

async function seedPositioningPartners(
  target: BenchDb,
  plan: PositioningSeedPlan,
): Promise<number> {
  const { partners, contacts } = generatePartnerBatch(plan.seed, 0, plan.partners, GENERATED_AT);
  const workbook = await openWorkbook(target.dbName);
  try {
    const started = performance.now();
    await workbook.partners.putMany(partners, contacts);
    return performance.now() - started;
  } finally {
    workbook.close();
  }
}

/** Adds a batch of drafts with their history in one transaction; resolves when it commits. */
function writeBatch(db: IDBDatabase, batch: readonly SeededDraft[]): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite', { durability: 'relaxed' });
  const done = transactionDone(tx);
  const drafts = tx.objectStore('positioningDrafts');
  const iterations = tx.objectStore('positioningIterations');
  const summaries = tx.objectStore('positioningIterationSummaries');
  const changes = tx.objectStore('positioningStatusChanges');
  for (const seeded of batch) {
    drafts.add(seeded.draft);
    for (const iteration of seeded.iterations) iterations.add(iteration);
    for (const summary of seeded.summaries) summaries.add(summary);
    for (const change of seeded.statusChanges) changes.add(change);
  }
  // Seen here, not only when awaited: a failed batch must not surface as an unhandled rejection.
  done.catch(() => undefined);
  return done;
}

async function seedPositioningDrafts(
  target: BenchDb,
  plan: PositioningSeedPlan,
  from: number,
  to: number,
): Promise<PositioningSeedReport> {
  if (!(from >= 0 && from <= to && to <= seededDraftCount(plan))) {
    throw new RangeError(`Drafts ${from} to ${to} are not all in the plan.`);
  }
  const ids = partnerIdsOf(plan);
  const db = await openRaw(target.dbName);
  const report: PositioningSeedReport = { drafts: 0, iterations: 0, statusChanges: 0, ms: 0 };
  const inFlight: Promise<void>[] = [];
  let batch: SeededDraft[] = [];
  let batchIterations = 0;
  const flush = async () => {
    if (batch.length > 0) inFlight.push(writeBatch(db, batch));
    batch = [];
    batchIterations = 0;
    while (inFlight.length > IN_FLIGHT) await inFlight.shift();
  };
  try {
    const started = performance.now();
    for (let index = from; index < to; index += 1) {
      const seeded = generateSeededDraft(plan, index, ids);
      batch.push(seeded);
      batchIterations += seeded.iterations.length;
      report.drafts += 1;
      report.iterations += seeded.iterations.length;
      report.statusChanges += seeded.statusChanges.length;
      if (batchIterations >= TRANSACTION_ITERATIONS) await flush();
    }
    await flush();
    await Promise.all(inFlight);
    report.ms = performance.now() - started;
    return report;
  } finally {
    db.close();
  }
}

async function countPositioning(target: BenchDb): Promise<PositioningCounts> {
  const db = await openRaw(target.dbName);
  try {
    const tx = db.transaction(STORES, 'readonly');
    const count = (store: (typeof STORES)[number]) => request(tx.objectStore(store).count());
    const [drafts, iterations, summaries, statusChanges] = await Promise.all(STORES.map(count));
    return {
      drafts: drafts ?? 0,
      iterations: iterations ?? 0,
      summaries: summaries ?? 0,
      statusChanges: statusChanges ?? 0,
    };
  } finally {
    db.close();
  }
}

/** The seeding calls of the bench API. */
export const positioningSeeding = {
  seedPositioningPartners,
  seedPositioningDrafts,
  countPositioning,
};
