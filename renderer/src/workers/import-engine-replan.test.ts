import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as match from '../../../shared/files/tabular/match';
import { ChangeFeed } from '../db/change-feed';
import { WorkbookDatabase } from '../db/database';
import { PartnerRepo } from '../db/repos/partner-repo';
import { ImportEngine } from './import-engine';
import { openImportStore } from './import-store';
import type { ImportResponse } from './import-messages';

/**
 * Whether an import matches its rows again at apply: only when the workbook's partners changed
 * since the plan the user reviewed (a 100,000-row import otherwise matches every row twice).
 */

vi.mock('../../../shared/files/tabular/match', async (importOriginal) => {
  const actual = await importOriginal<typeof match>();
  return { ...actual, planImport: vi.fn(actual.planImport) };
});

let dbName: string;
let db: WorkbookDatabase;
let posted: ImportResponse[];
let engine: ImportEngine;

beforeEach(async () => {
  vi.mocked(match.planImport).mockClear();
  dbName = `import-replan-${crypto.randomUUID()}`;
  db = new WorkbookDatabase(dbName);
  await db.open();
  posted = [];
  engine = new ImportEngine({
    post: (response) => posted.push(structuredClone(response)),
    openStore: openImportStore,
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const FILE = [
  'Account Name,Website,Stage',
  'Zürich Data AG,zurich-data.ch,Active',
  'Acme,acme.com,',
];
const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;

function applied(): Extract<ImportResponse, { type: 'applied' }> {
  const found = posted.find(
    (r): r is Extract<ImportResponse, { type: 'applied' }> => r.type === 'applied',
  );
  if (!found) throw new Error(`not applied: ${JSON.stringify(posted)}`);
  return found;
}

async function readAndPlan(): Promise<void> {
  await engine.handle({
    type: 'read',
    requestId: 1,
    fileName: 'c.csv',
    data: bytes(FILE.join('\n')),
  });
  await engine.handle({
    type: 'plan',
    requestId: 2,
    dbName,
    onMatch: 'update',
    skipRowsWithProblems: true,
  });
}

const partners = () => new PartnerRepo(db, new ChangeFeed());

describe('ImportEngine apply after review', () => {
  it('writes the reviewed plan without matching the rows again when nothing changed', async () => {
    const acme = await partners().create({ name: 'Acme Ltd', stage: 'growing' });
    if (!acme.ok) throw new Error('seed failed');
    await readAndPlan();
    await engine.handle({ type: 'apply', requestId: 3 });
    expect(applied()).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    expect(match.planImport).toHaveBeenCalledTimes(1);
    expect(await db.partners.count()).toBe(2);
    expect(await db.partners.get(acme.value.id)).toMatchObject({
      name: 'Acme Ltd',
      stage: 'growing',
      website: 'https://acme.com',
    });
  });

  it('matches the rows again when a partner was added after review', async () => {
    await readAndPlan();
    const zurich = await partners().create({ name: 'Zurich Data', stage: 'prospect' });
    if (!zurich.ok) throw new Error('seed failed');
    await engine.handle({ type: 'apply', requestId: 3 });
    // Reviewed as two new partners; written as one new partner and one update.
    expect(applied()).toMatchObject({ created: 1, updated: 1 });
    expect(match.planImport).toHaveBeenCalledTimes(2);
    expect(await db.partners.count()).toBe(2);
    expect(await db.partners.get(zurich.value.id)).toMatchObject({
      name: 'Zurich Data',
      stage: 'active',
      website: 'https://zurich-data.ch',
    });
  });

  it('matches the rows again when a partner was renamed after review', async () => {
    const acme = await partners().create({ name: 'Acme Ltd', stage: 'growing' });
    if (!acme.ok) throw new Error('seed failed');
    await readAndPlan();
    await db.partners.update(acme.value.id, { name: 'Roadrunner Supplies' });
    await engine.handle({ type: 'apply', requestId: 3 });
    // Reviewed as an update of Acme; the renamed partner no longer matches by name or website.
    expect(applied()).toMatchObject({ created: 2, updated: 0 });
    expect(match.planImport).toHaveBeenCalledTimes(2);
    expect(await db.partners.count()).toBe(3);
  });
});
