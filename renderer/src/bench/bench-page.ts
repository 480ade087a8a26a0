/**
 * The bench page (renderer/bench.html, built only by `vite build --mode bench`): exposes
 * `window.workbookBench` (bench-api.ts) for the harness in tests/bench. Each candidate runs the
 * app's own code (openWorkbook, the repositories, the shared query, the search client) and each
 * baseline the plainest browser equivalent, on the same records, timed in the page.
 */
import type { Contact, Partner } from '../../../shared/domain/partner';
import type { PartnerSortColumn } from '../../../shared/domain/partner-query';
import { EMPTY_PARTNER_QUERY, queryPartners } from '../../../shared/domain/partner-query';
import { generatePartnerBatch } from '../../../shared/sample/seeded-partners';
import { openWorkbook, type Workbook } from '../db/workbook';
import { createPartnerSearch, type PartnerSearch } from '../features/search/search-client';
import type { BenchDb, MainThreadReport, WorkbookBench } from './bench-api';
import { BENCH_GLOBAL } from './bench-api';
import { filesBench } from './files-bench';
import { watchLongTasks } from './long-tasks';
import { positioningBench } from './positioning-bench';
// Registers window.dashboardBench (tests/bench/dashboard.bench.ts).
import './dashboard-bench';
// Registers window.activityBench (tests/bench/activity.bench.ts).
import './activity-bench';
import { openRaw, putAllStrict, request } from './raw-idb';

/** The fixed "now" of generated portfolios, so that a seed always gives the same records. */
const GENERATED_AT = new Date('2026-11-01T09:00:00.000Z');
const GENERATE_BATCH = 10_000;
const RAW_LOAD_BATCH = 10_000;

/**
 * How the partners screen loads its data. This is the one call to change when the app's load
 * path changes, so that the load benchmark keeps measuring what the screen really does.
 */
async function loadPartnersLikeTheApp(workbook: Workbook): Promise<readonly unknown[]> {
  await workbook.partnerRows.load();
  return workbook.partnerRows.getSnapshot().rows;
}

let partners: Partner[] = [];
let contacts: Contact[] = [];
let search: PartnerSearch | undefined;

/** Creates the workbook's schema (the same stores and indexes the app writes to), then closes. */
async function createSchema(dbName: string): Promise<void> {
  const workbook = await openWorkbook(dbName);
  workbook.close();
}

function requireGenerated(): void {
  if (partners.length === 0) throw new Error('Call generate() before this benchmark.');
}

function setStatus(text: string): void {
  const status = document.getElementById('bench-status');
  if (status) status.textContent = text;
}

function generate(count: number, seed: number): Promise<{ partners: number; contacts: number }> {
  const nextPartners: Partner[] = [];
  const nextContacts: Contact[] = [];
  for (let start = 0; start < count; start += GENERATE_BATCH) {
    const batch = generatePartnerBatch(
      seed,
      start,
      Math.min(GENERATE_BATCH, count - start),
      GENERATED_AT,
    );
    for (const partner of batch.partners) nextPartners.push(partner);
    for (const contact of batch.contacts) nextContacts.push(contact);
  }
  partners = nextPartners;
  contacts = nextContacts;
  setStatus(`Generated ${partners.length} partners and ${contacts.length} contacts.`);
  return Promise.resolve({ partners: partners.length, contacts: contacts.length });
}

async function writeWithRepo(target: BenchDb): Promise<number> {
  requireGenerated();
  const workbook = await openWorkbook(target.dbName);
  try {
    const started = performance.now();
    await workbook.partners.putMany(partners, contacts);
    return performance.now() - started;
  } finally {
    workbook.close();
  }
}

async function writeRaw(target: BenchDb): Promise<number> {
  requireGenerated();
  await createSchema(target.dbName);
  const db = await openRaw(target.dbName);
  try {
    const started = performance.now();
    await putAllStrict(db, { partners, contacts });
    return performance.now() - started;
  } finally {
    db.close();
  }
}

async function loadWithApp(target: BenchDb): Promise<number> {
  const workbook = await openWorkbook(target.dbName);
  try {
    const started = performance.now();
    const rows = await loadPartnersLikeTheApp(workbook);
    const ms = performance.now() - started;
    if (rows.length === 0) throw new Error(`No partners in ${target.dbName}.`);
    return ms;
  } finally {
    workbook.close();
  }
}

async function loadRaw(target: BenchDb): Promise<number> {
  const db = await openRaw(target.dbName);
  try {
    const started = performance.now();
    const tx = db.transaction('partners', 'readonly');
    const store = tx.objectStore('partners');
    const rows: Partner[] = [];
    let range: IDBKeyRange | null = null;
    for (;;) {
      const batch = (await request(store.getAll(range, RAW_LOAD_BATCH))) as Partner[];
      for (const row of batch) rows.push(row);
      const last = batch[batch.length - 1];
      if (batch.length < RAW_LOAD_BATCH || last === undefined) break;
      range = IDBKeyRange.lowerBound(last.id, true);
    }
    const ms = performance.now() - started;
    if (rows.length === 0) throw new Error(`No partners in ${target.dbName}.`);
    return ms;
  } finally {
    db.close();
  }
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

// The app caches results per rows array; a fresh array per call measures the real sort and filter
// (per-row keys stay cached, as they do for the rows the screen holds).
function sortWithApp(column: PartnerSortColumn, desc: boolean): Promise<number> {
  requireGenerated();
  const rows = partners.slice();
  return Promise.resolve(
    timed(() => queryPartners(rows, { ...EMPTY_PARTNER_QUERY, sort: [{ column, desc }] })),
  );
}

// The plainest sort a developer would write: the raw field, compared with < and >.
function baselineComparator(
  column: PartnerSortColumn,
  desc: boolean,
): (a: Partner, b: Partner) => number {
  const sign = desc ? -1 : 1;
  // Generated partners have no positioning drafts, so none has a status to compare.
  if (column === 'positioningStatus') return () => 0;
  if (column === 'healthScore') {
    return (a, b) => {
      const x = a.healthScore ?? -1;
      const y = b.healthScore ?? -1;
      return sign * (x < y ? -1 : x > y ? 1 : 0);
    };
  }
  return (a, b) => {
    const x = a[column];
    const y = b[column];
    const sx = typeof x === 'string' ? x : String(x ?? '');
    const sy = typeof y === 'string' ? y : String(y ?? '');
    return sign * (sx < sy ? -1 : sx > sy ? 1 : 0);
  };
}

function sortBaseline(column: PartnerSortColumn, desc: boolean): Promise<number> {
  requireGenerated();
  const compare = baselineComparator(column, desc);
  return Promise.resolve(timed(() => partners.slice().sort(compare)));
}

function filterWithApp(text: string): Promise<number> {
  requireGenerated();
  const rows = partners.slice();
  return Promise.resolve(
    timed(() => queryPartners(rows, { ...EMPTY_PARTNER_QUERY, search: text })),
  );
}

function filterBaseline(text: string): Promise<number> {
  requireGenerated();
  const needle = text.toLowerCase();
  return Promise.resolve(
    timed(() =>
      partners.filter((partner) =>
        [partner.name, partner.owner, partner.region, partner.industry, partner.tags.join(' ')]
          .join(' ')
          .toLowerCase()
          .includes(needle),
      ),
    ),
  );
}

async function buildSearchIndex(target: BenchDb): Promise<MainThreadReport> {
  search?.dispose();
  search = undefined;
  const watch = watchLongTasks();
  const client = createPartnerSearch(target.dbName);
  try {
    const started = performance.now();
    const built = await client.build();
    const ms = performance.now() - started;
    if (built.count === 0) throw new Error(`The search index of ${target.dbName} is empty.`);
    const tally = await watch.stop();
    search = client;
    return { ms, ...tally };
  } catch (error) {
    client.dispose();
    await watch.stop();
    throw error;
  }
}

async function querySearchIndex(text: string): Promise<number> {
  if (!search) throw new Error('Call buildSearchIndex() before querySearchIndex().');
  const started = performance.now();
  await search.search(text);
  return performance.now() - started;
}

async function deleteDatabase(target: BenchDb): Promise<void> {
  await request(indexedDB.deleteDatabase(target.dbName));
}

const bench: WorkbookBench = {
  generate,
  writeWithRepo,
  writeRaw,
  loadWithApp,
  loadRaw,
  sortWithApp,
  sortBaseline,
  filterWithApp,
  filterBaseline,
  buildSearchIndex,
  querySearchIndex,
  deleteDatabase,
  ...positioningBench,
  ...filesBench,
};

Reflect.set(window, BENCH_GLOBAL, bench);
setStatus('Ready.');
