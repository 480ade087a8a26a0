import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../db/workbook';
import { runExportJob } from './export-jobs';
import type { ExportResponse } from './export-messages';

let workbook: Workbook;

beforeEach(async () => {
  workbook = await openWorkbook(`export-${crypto.randomUUID()}`, 'Export test');
  await workbook.partners.create({
    name: '=HYPERLINK("http://evil")',
    types: ['reseller'],
    stage: 'active',
    tier: 'gold',
    tags: ['emea'],
    healthScore: 81,
  });
  await workbook.partners.create({
    name: 'Fjord Analytics',
    types: [],
    stage: 'prospect',
    tier: 'none',
    tags: [],
  });
});
afterEach(async () => {
  workbook.close();
  await Dexie.delete(workbook.dbName);
});

async function run(request: unknown): Promise<ExportResponse[]> {
  const responses: ExportResponse[] = [];
  await runExportJob(request, (response) => responses.push(response));
  return responses;
}

describe('runExportJob', () => {
  it('writes a zip of CSV files with neutralised formulas and the byte-order mark when asked', async () => {
    const responses = await run({
      type: 'export-sheets',
      dbName: workbook.dbName,
      format: 'csv-zip',
      bom: true,
    });
    const last = responses.at(-1);
    expect(last?.type).toBe('exported');
    if (last?.type !== 'exported') return;
    const files = unzipSync(last.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'activities.csv',
      'asks.csv',
      'company-goals.csv',
      'contacts.csv',
      'decisions.csv',
      'feedback.csv',
      'intelligence.csv',
      'investments.csv',
      'iterations.csv',
      'metrics.csv',
      'partner-plans.csv',
      'partners.csv',
      'positioning-drafts.csv',
      'qbrs.csv',
      'stage-and-tier-changes.csv',
      'stakeholders.csv',
      'templates.csv',
    ]);
    const partners = files['partners.csv'];
    expect(partners?.[0]).toBe(0xef);
    const text = strFromU8(partners ?? new Uint8Array()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toMatch(/^Name,Types,Stage,Tier,Region/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain('Fjord Analytics');
    expect(responses.some((r) => r.type === 'progress')).toBe(true);
  });

  it('writes an Excel workbook (a zip starting with PK)', async () => {
    const responses = await run({
      type: 'export-sheets',
      dbName: workbook.dbName,
      format: 'xlsx',
      bom: false,
    });
    const last = responses.at(-1);
    expect(last?.type).toBe('exported');
    if (last?.type !== 'exported') return;
    expect(strFromU8(last.bytes.subarray(0, 2))).toBe('PK');
  });

  it('refuses a request it does not understand, and a workbook that does not exist', async () => {
    expect(await run({ type: 'export-sheets', dbName: workbook.dbName, format: 'ods' })).toEqual([
      { type: 'failed', message: 'The export request was not understood.' },
    ]);
    expect(
      await run({ type: 'export-sheets', dbName: 'no-such-db', format: 'xlsx', bom: false }),
    ).toEqual([{ type: 'failed', message: 'This workbook no longer exists on this computer.' }]);
  });
});
