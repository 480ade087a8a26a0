/**
 * The CSV import benchmark's side of the bench page (13): a CRM accounts export (crm-csv.ts)
 * imported into an empty workbook through the app's import client and worker (read, plan, apply,
 * as the import screen calls them), against Papa Parse of the same text plus a raw IndexedDB
 * write of the records that import wrote.
 */
import Papa from 'papaparse';
import type { Contact } from '../../../shared/domain/partner';
import { openWorkbook } from '../db/workbook';
import { createImportSession } from '../features/files/import-client';
import type { BenchDb } from './bench-api';
import { CRM_HEADERS, generateCrmCsv } from './crm-csv';
import type { CapturedImport, FileRun, ImportReport, PreparedCsv } from './files-bench-api';
import { watchLongTasks } from './long-tasks';
import { startPhaseClock, stepClock } from './phase-clock';
import { openRaw, putAllStrict, request } from './raw-idb';

const FILE_NAME = 'crm-accounts.csv';

interface PreparedImport {
  text: string;
  file: Blob;
  rows: number;
}

let prepared: PreparedImport | undefined;
/**
 * What the first import wrote, kept for the baseline as JSON text: one string costs the page's
 * garbage collector nothing to keep, where 100,000 partners and their contacts as objects made
 * every collection during the app's imports slower than any the app itself would cause.
 */
let captured: string | undefined;

function preparedCsv(): PreparedImport {
  if (!prepared) throw new Error('Call prepareCrmCsv() before this benchmark.');
  return prepared;
}

function prepareCrmCsv(rows: number, seed: number): Promise<PreparedCsv> {
  captured = undefined;
  const text = generateCrmCsv(rows, seed);
  const file = new Blob([text], { type: 'text/csv' });
  prepared = { text, file, rows };
  return Promise.resolve({ rows, columns: CRM_HEADERS.length, bytes: file.size });
}

/** A new workbook, as the app creates one (schema and identity), for an import to write into. */
async function createWorkbook(target: BenchDb): Promise<void> {
  const workbook = await openWorkbook(target.dbName, 'Imported accounts');
  workbook.close();
}

async function importCsvWithApp(target: BenchDb): Promise<ImportReport> {
  const { file } = preparedCsv();
  const session = createImportSession(target.dbName);
  const watch = watchLongTasks();
  try {
    const clock = startPhaseClock();
    session.onProgress(clock.onProgress);
    // The file as a picked or dropped file reaches the client: a Blob, which the worker reads.
    const table = await session.read(file, FILE_NAME);
    const plan = await session.plan({ onMatch: 'update', skipRowsWithProblems: true });
    if (!plan.ready) throw new Error(`The import is blocked: ${plan.blockedReason ?? 'no reason'}`);
    const applied = await session.apply();
    const { ms, phases } = clock.stop();
    const tally = await watch.stop();
    return {
      ms,
      phases,
      ...tally,
      rows: table.rowCount,
      problemRows: table.problemRowCount,
      created: applied.created,
    };
  } finally {
    await watch.stop();
    // The import screen ends its session the same way: the worker is terminated.
    session.cancel();
  }
}

async function captureImported(target: BenchDb): Promise<CapturedImport> {
  const db = await openRaw(target.dbName);
  try {
    const tx = db.transaction(['partners', 'contacts'], 'readonly');
    const [partners, contacts] = await Promise.all([
      request(tx.objectStore('partners').getAll()),
      request(tx.objectStore('contacts').getAll()) as Promise<Contact[]>,
    ]);
    if (partners.length === 0) throw new Error(`The import wrote no partners to ${target.dbName}.`);
    captured = JSON.stringify({ partners, contacts });
    return { partners: partners.length, contacts: contacts.length };
  } finally {
    db.close();
  }
}

// Parsed in a function of its own, so that the parsed rows are garbage before the write starts,
// as they would be once turned into records.
function parsedRowCount(text: string): number {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length;
}

async function importCsvRaw(target: BenchDb): Promise<FileRun> {
  const { text, rows } = preparedCsv();
  if (!captured) throw new Error('Call captureImported() before importCsvRaw().');
  // Read back before the clock starts (stored records are JSON values: the file format's round
  // trip holds them to it).
  const { partners, contacts } = JSON.parse(captured) as {
    partners: unknown[];
    contacts: Contact[];
  };
  await createWorkbook(target);
  const db = await openRaw(target.dbName);
  try {
    const clock = stepClock();
    const parsedRows = parsedRowCount(text);
    if (parsedRows !== rows + 1)
      throw new Error(`Papa Parse read ${parsedRows} rows, not ${rows + 1}.`);
    clock.lap('parse');
    await putAllStrict(db, { partners, contacts });
    clock.lap('write');
    return { ...clock.stop(), chars: text.length };
  } finally {
    db.close();
  }
}

/** The CSV import calls of the bench API. */
export const importBench = {
  prepareCrmCsv,
  createWorkbook,
  importCsvWithApp,
  captureImported,
  importCsvRaw,
};
