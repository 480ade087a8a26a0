import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeFeed } from '../db/change-feed';
import { WorkbookDatabase } from '../db/database';
import { PartnerRepo } from '../db/repos/partner-repo';
import { ImportEngine } from './import-engine';
import { openImportStore } from './import-store';
import type { ImportResponse } from './import-messages';
import { readTableFile } from './import-table';

let dbName: string;
let db: WorkbookDatabase;
let posted: ImportResponse[];
let readTable: ReturnType<typeof vi.fn<typeof readTableFile>>;
let engine: ImportEngine;

beforeEach(async () => {
  dbName = `import-engine-${crypto.randomUUID()}`;
  db = new WorkbookDatabase(dbName);
  await db.open();
  posted = [];
  readTable = vi.fn(readTableFile);
  engine = new ImportEngine({
    post: (response) => posted.push(structuredClone(response)),
    openStore: openImportStore,
    readTable,
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;

// A HubSpot-style export saved by Excel as "Unicode text": UTF-16LE with a mark, tab-separated.
function utf16(text: string): ArrayBuffer {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out.buffer;
}

const FILE = [
  'Company name\tCompany Domain Name\tLifecycle Stage\tScore',
  'Zürich Data AG\tzurich-data.ch\tCustomer\t80',
  'Acme\tacme.com\tLead\t55',
  'Broken\t\tWizard\t10',
].join('\r\n');

function last<T extends ImportResponse['type']>(type: T): Extract<ImportResponse, { type: T }> {
  const found = posted.filter((r): r is Extract<ImportResponse, { type: T }> => r.type === type);
  const response = found.at(-1);
  if (!response) throw new Error(`no ${type} message in ${JSON.stringify(posted)}`);
  return response;
}

describe('ImportEngine', () => {
  it('reads a file into a summary: encoding, delimiter, mapping, preview and problems', async () => {
    await engine.handle({
      type: 'read',
      requestId: 1,
      fileName: 'companies.txt',
      data: utf16(FILE),
    });
    const { table } = last('table');
    expect(table).toMatchObject({
      fileName: 'companies.txt',
      format: 'csv',
      encoding: 'utf-16le',
      delimiter: '\t',
      headers: ['Company name', 'Company Domain Name', 'Lifecycle Stage', 'Score'],
      mapping: ['name', 'website', 'stage', 'ignore'],
      rowCount: 3,
      validCount: 2,
      problemRowCount: 1,
      problemCount: 1,
      mappingErrors: [],
    });
    expect(table.preview[0]).toEqual({
      row: 2,
      cells: ['Zürich Data AG', 'zurich-data.ch', 'Customer', '80'],
      partner: { name: 'Zürich Data AG', website: 'https://zurich-data.ch', stage: 'active' },
      problems: [],
    });
    expect(table.problems).toEqual([
      {
        row: 4,
        column: 'Lifecycle Stage',
        message: expect.stringContaining('“Wizard”') as unknown,
      },
    ]);
    expect(posted.some((r) => r.type === 'progress' && r.phase === 'checking')).toBe(true);
  });

  it('re-reads the rows with a new mapping without parsing the file again', async () => {
    await engine.handle({ type: 'read', requestId: 1, fileName: 'c.csv', data: bytes(FILE) });
    await engine.handle({
      type: 'remap',
      requestId: 2,
      mapping: ['name', 'website', 'ignore', 'healthScore'],
    });
    expect(readTable).toHaveBeenCalledTimes(1);
    const { table } = last('table');
    expect(table).toMatchObject({ validCount: 3, problemCount: 0 });
    expect(table.preview[1]?.partner).toEqual({
      name: 'Acme',
      website: 'https://acme.com',
      healthScore: 55,
    });
  });

  it('plans against the workbook, then writes the import and says what changed', async () => {
    const existing = await new PartnerRepo(db, new ChangeFeed()).create({
      name: 'ACME Inc',
      stage: 'active',
    });
    if (!existing.ok) throw new Error('seed failed');
    await engine.handle({ type: 'read', requestId: 1, fileName: 'c.csv', data: bytes(FILE) });
    await engine.handle({
      type: 'plan',
      requestId: 2,
      dbName,
      onMatch: 'update',
      skipRowsWithProblems: true,
    });
    const { plan } = last('planned');
    expect(plan.counts).toMatchObject({ create: 1, update: 1, rejected: 1 });
    expect(plan.updates).toEqual([
      {
        rows: [3],
        id: existing.value.id,
        existingName: 'ACME Inc',
        importedName: 'Acme',
        matchedBy: 'name',
      },
    ]);
    await engine.handle({ type: 'apply', requestId: 3 });
    const applied = last('applied');
    expect(applied).toMatchObject({ requestId: 3, created: 1, updated: 1, unchanged: 0 });
    expect(applied.ids.split('\n')).toContain(existing.value.id);
    expect(await db.partners.count()).toBe(2);
    expect(await db.partners.get(existing.value.id)).toMatchObject({
      stage: 'prospect',
      website: 'https://acme.com',
    });
    expect(posted.some((r) => r.type === 'progress' && r.phase === 'writing')).toBe(true);
  });

  it('refuses to write a plan blocked by problems, writing nothing', async () => {
    await engine.handle({ type: 'read', requestId: 1, fileName: 'c.csv', data: bytes(FILE) });
    await engine.handle({
      type: 'plan',
      requestId: 2,
      dbName,
      onMatch: 'update',
      skipRowsWithProblems: false,
    });
    expect(last('planned').plan).toMatchObject({ ready: false });
    await engine.handle({ type: 'apply', requestId: 3 });
    expect(last('failed')).toEqual({
      type: 'failed',
      requestId: 3,
      message: '1 row has problems. Fix the file, or choose to skip the rows with problems.',
    });
    expect(await db.partners.count()).toBe(0);
  });

  it('answers bad files and out-of-order requests with a clear failure', async () => {
    await engine.handle({ type: 'remap', requestId: 1, mapping: ['name'] });
    expect(last('failed')).toMatchObject({
      requestId: 1,
      message: 'Choose a file to import first.',
    });
    await engine.handle({
      type: 'read',
      requestId: 2,
      fileName: 'e.csv',
      data: new ArrayBuffer(0),
    });
    expect(last('failed')).toMatchObject({ requestId: 2, message: 'The file is empty.' });
    await engine.handle({ type: 'read', requestId: 3, fileName: 'p.xlsx', data: bytes('x') });
    expect(last('failed').message).toMatch(/xlsx|Excel|spreadsheet/i);
    await engine.handle({ type: 'read', requestId: 6, fileName: 'old.xls', data: bytes('x') });
    expect(last('failed').message).toMatch(/save it as .xlsx or .csv/);
    await engine.handle({ type: 'read', requestId: 4, fileName: 'c.csv', data: bytes(FILE) });
    await engine.handle({ type: 'apply', requestId: 5 });
    expect(last('failed')).toMatchObject({ message: 'Review the import before it is written.' });
  });

  it('rejects requests it does not understand', async () => {
    await engine.handle({ type: 'read', requestId: 7, fileName: 'x.csv', data: 'not bytes' });
    expect(last('failed')).toMatchObject({ requestId: 7 });
    await engine.handle({ hello: 'there' });
    expect(last('rejected').message).toMatch(/does not understand/);
  });

  it('reads a Blob, refusing one over the size limit before reading it', async () => {
    await engine.handle({ type: 'read', requestId: 1, fileName: 'c.csv', data: new Blob([FILE]) });
    expect(last('table').table.rowCount).toBe(3);
    const small = new ImportEngine({
      post: (response) => posted.push(response),
      openStore: () => {
        throw new Error('not used');
      },
      limits: { maxBytes: 10 },
    });
    await small.handle({ type: 'read', requestId: 2, fileName: 'c.csv', data: new Blob([FILE]) });
    expect(last('failed').message).toMatch(/files up to 0 MB/);
  });
});

describe('readTableFile', () => {
  it('reads the first sheet of an Excel workbook into the same table as a CSV file', async () => {
    const { sheetsToXlsx } = await import('../../../shared/files/export/xlsx-write');
    const xlsx = await sheetsToXlsx([
      {
        name: 'Accounts',
        columns: [
          { header: 'Account Name', type: 'text', width: 20 },
          { header: 'Employees', type: 'number', width: 10 },
        ],
        rows: [
          ['Nordlicht Systems', 120],
          ['Pampas Cloud Partners', null],
        ],
      },
    ]);
    const read = await readTableFile(
      xlsx,
      'accounts.xlsx',
      { maxBytes: 1_000_000, maxRows: 100, maxColumns: 10 },
      () => undefined,
    );
    expect(read.format).toBe('xlsx');
    expect(read.sheet).toBe('Accounts');
    expect(read.table.headers).toEqual(['Account Name', 'Employees']);
    expect(read.table.rows).toEqual([
      ['Nordlicht Systems', '120'],
      ['Pampas Cloud Partners', ''],
    ]);
  });
});
