/**
 * The activity benchmark's in-page API (activity-api.ts), set on `window.activityBench` when the
 * bench page imports this module. Adding an activity runs the real ActivityRepo.create (with its
 * revisions, the partner's last activity and the counts, strict durability) against a raw put of
 * one record; the balance view mounts the real BalanceView for a year against a raw count of the
 * year's activities over the same index.
 */
import { openWorkbook, type Workbook } from '../db/workbook';
import { BalanceView } from '../features/activity/BalanceView';
import { ACTIVITY_BENCH_GLOBAL, type ActivityBench } from './activity-api';
import {
  activityPartnerId,
  seedActivities,
  seedActivityPartners,
  seedFeedback,
  type ActivitySeedPlan,
} from './activity-seed';
import { openRaw, request, transactionDone } from './raw-idb';
import { timeMount, whenReady } from './view-timing';

const READY = 'table[aria-label^="Balance per partner"] tbody tr th';

let workbook: Workbook | undefined;
let raw: IDBDatabase | undefined;
let partners = 1;

function opened(): { workbook: Workbook; raw: IDBDatabase } {
  if (!workbook || !raw) throw new Error('Call open() before this benchmark.');
  return { workbook, raw };
}

// Ready once the per-partner table has a row with a partner's name (names read last).
function balanceReady(container: HTMLElement): Promise<void> {
  const ready = () => {
    const cell = container.querySelector(READY);
    return cell !== null && cell.textContent !== '…';
  };
  return whenReady(container, ready, 'The balance view');
}

async function seedPartners(dbName: string, plan: ActivitySeedPlan): Promise<number> {
  const started = performance.now();
  (await openWorkbook(dbName)).close();
  await seedActivityPartners(dbName, plan);
  return performance.now() - started;
}

async function rebuildCounts(dbName: string): Promise<{ ms: number; records: number }> {
  const book = await openWorkbook(dbName);
  try {
    const started = performance.now();
    const records = await book.activities.rebuildCounts();
    return { ms: performance.now() - started, records };
  } finally {
    book.close();
  }
}

async function open(dbName: string): Promise<void> {
  workbook?.close();
  raw?.close();
  workbook = await openWorkbook(dbName);
  raw = await openRaw(dbName);
  partners = await workbook.partners.count();
}

// The activity number i of a round: a partner spread over the workbook, a day in 2025.
function activityFields(round: number, i: number) {
  const n = round * 1000 + i;
  return {
    partnerId: activityPartnerId((n * 7919) % partners),
    occurredAt: `2025-${String((n % 12) + 1).padStart(2, '0')}-15T12:00:00.000Z`,
    kind: 'call',
    direction: n % 2 === 0 ? 'inbound' : 'outbound',
    purpose: n % 3 === 0 ? 'sales' : 'development',
    title: `Benchmark call ${n}`,
  } as const;
}

async function addActivities(count: number, round: number): Promise<number[]> {
  const { workbook: book } = opened();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const result = await book.activities.create(activityFields(round, i));
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
  }
  return times;
}

async function putActivitiesRaw(count: number, round: number): Promise<number[]> {
  const { raw: db } = opened();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const now = new Date().toISOString();
    const record = {
      ...activityFields(round, i),
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
    };
    const started = performance.now();
    // The app's database asks for strict durability; the baseline waits for the same.
    const tx = db.transaction('activities', 'readwrite', { durability: 'strict' });
    const done = transactionDone(tx);
    tx.objectStore('activities').put(record);
    await done;
    times.push(performance.now() - started);
    // Out again, untimed, so that the log holds only what the app wrote.
    const undo = db.transaction('activities', 'readwrite', { durability: 'strict' });
    const undone = transactionDone(undo);
    undo.objectStore('activities').delete(record.id);
    await undone;
  }
  return times;
}

function renderBalance(year: number): Promise<number> {
  const { workbook: book } = opened();
  return timeMount(book, <BalanceView period={{ kind: 'year', year, index: 1 }} />, balanceReady);
}

function countYear(year: number): Promise<number> {
  const { raw: db } = opened();
  const range = IDBKeyRange.bound(`${year}-01-01`, `${year + 1}-01-01`, false, true);
  const index = db
    .transaction('activities', 'readonly')
    .objectStore('activities')
    .index('occurredAt');
  return request(index.count(range));
}

async function countYearRaw(year: number): Promise<number> {
  const started = performance.now();
  await countYear(year);
  return performance.now() - started;
}

const activityBench: ActivityBench = {
  seedPartners,
  seedActivities,
  seedFeedback,
  rebuildCounts,
  open,
  addActivities,
  putActivitiesRaw,
  renderBalance,
  countYearRaw,
  activitiesInYear: countYear,
};

Reflect.set(window, ACTIVITY_BENCH_GLOBAL, activityBench);
