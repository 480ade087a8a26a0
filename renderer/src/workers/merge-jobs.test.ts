import 'fake-indexeddb/auto';
import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { discardNewDatabase } from '../db/repos/snapshot-repo';
import { openWorkbook, type Workbook } from '../db/workbook';
import { runPartnerbookJob } from './partnerbook-jobs';
import type { PartnerbookResponse } from './partnerbook-messages';

// The merge jobs run in this process, as the partnerbook worker runs them.

const workbooks: Workbook[] = [];
afterEach(async () => {
  for (const workbook of workbooks.splice(0)) {
    workbook.close();
    await discardNewDatabase(workbook.dbName);
  }
});

async function workbookWith(partnerName: string): Promise<Workbook> {
  const workbook = await openWorkbook(`merge-jobs-${crypto.randomUUID()}`);
  workbooks.push(workbook);
  const created = await workbook.partners.create({ name: partnerName, stage: 'active' });
  if (!created.ok) throw new Error('create');
  return workbook;
}

/** Runs one job; resolves with its last response (progress left out). */
async function run(request: unknown): Promise<PartnerbookResponse> {
  let last: PartnerbookResponse | undefined;
  await runPartnerbookJob(request, (response) => {
    if (response.type !== 'progress') last = response;
  });
  if (!last) throw new Error('The job answered nothing.');
  return last;
}

describe('a merge written by the worker', () => {
  it('is told to the live queries once, for every table as a whole, not key by key', async () => {
    const mine = await workbookWith('Baltic Data');
    const theirs = await workbookWith('Nordic Cloud');
    const exported = await run({
      type: 'export',
      dbName: theirs.dbName,
      exportedAt: '2026-11-30T00:00:00.000Z',
      app: { name: 'Partner Workbook', version: 'test' },
    });
    if (exported.type !== 'exported') throw new Error(exported.type);
    const source = new Blob(exported.chunks);
    const planned = await run({
      type: 'merge-plan',
      source,
      fileName: 'theirs.partnerbook',
      dbName: mine.dbName,
      allowDifferentWorkbook: true,
    });
    if (planned.type !== 'merge-planned') throw new Error(planned.type);

    const heard: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => heard.push(parts);
    Dexie.on('storagemutated', listen);
    const merged = await run({
      type: 'merge-apply',
      dbName: mine.dbName,
      plan: planned.plan,
      resolutions: {},
    });
    Dexie.on('storagemutated').unsubscribe(listen);

    expect(merged.type).toBe('merged');
    expect(await mine.partners.count()).toBe(2);
    const prefix = `idb://${mine.dbName}/`;
    const notices = heard.filter((parts) => Object.keys(parts).some((p) => p.startsWith(prefix)));
    expect(notices).toHaveLength(1);
    for (const table of ['partners', 'contacts', 'positioningDrafts']) {
      expect(notices[0]?.[`${prefix}${table}/`]).toMatchObject({ from: -Infinity });
    }
  });
});
