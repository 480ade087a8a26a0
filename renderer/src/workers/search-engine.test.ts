import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatePartnerBatch } from '../../../shared/sample/seeded-partners';
import { WorkbookDatabase } from '../db/database';
import { openWorkbook, type Workbook } from '../db/workbook';
import type { SearchResponse } from './search-messages';
import { splitIds } from './search-messages';
import { SearchEngine } from './search-engine';
import type { SearchEngineDeps } from './search-engine';
import { databaseSource } from './search-source';
import type { PartnerSource } from './search-source';

const NOW = new Date('2026-11-01T09:00:00.000Z');
const SEEDED = 600;

let dbName: string;
let workbook: Workbook;
let harborId: string;
let posted: SearchResponse[];
let engines: SearchEngine[] = [];
// The partner id of each ordinal, per engine, as its `ids` messages said (the client's view).
const idTables = new Map<SearchEngine, string[]>();

function engineFor(overrides: Partial<SearchEngineDeps> = {}): SearchEngine {
  let clock = 0;
  const engine: SearchEngine = new SearchEngine({
    post: (response) => {
      posted.push(response);
      if (response.type !== 'ids') return;
      const known = response.from === 0 ? [] : (idTables.get(engine) ?? []);
      expect(known.length).toBe(response.from);
      idTables.set(engine, [...known, ...splitIds(response.ids, response.count)]);
    },
    openSource: (name) => databaseSource(new WorkbookDatabase(name)),
    now: () => (clock += 5),
    pageSizes: { partners: 250, contacts: 400 },
    ...overrides,
  });
  engines.push(engine);
  return engine;
}

async function* noPages(): AsyncGenerator<never> {
  await Promise.resolve();
  yield* [];
}

async function query(engine: SearchEngine, text: string, requestId = 1): Promise<string[]> {
  posted = [];
  await engine.handle({ type: 'query', requestId, text });
  const response = posted.at(-1);
  if (response?.type !== 'result') throw new Error(`Expected a result, got ${response?.type}`);
  expect(response.requestId).toBe(requestId);
  const ids = idTables.get(engine) ?? [];
  return Array.from(response.ordinals, (ordinal) => ids[ordinal] ?? 'unknown ordinal');
}

beforeEach(async () => {
  posted = [];
  dbName = `search-test-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  const { partners, contacts } = generatePartnerBatch(11, 0, SEEDED, NOW);
  await workbook.partners.putMany(partners, contacts);
  const created = await workbook.partners.create(
    { name: 'Harbor Zebrafish Labs', stage: 'active', notes: 'Quokka pilot in Tallinn.' },
    [{ id: crypto.randomUUID(), name: 'Liis Tammsaare', email: 'liis@zebrafish.example' }],
  );
  if (!created.ok) throw new Error('fixture partner is invalid');
  harborId = created.value.id;
});

afterEach(async () => {
  for (const engine of engines) engine.close();
  engines = [];
  idTables.clear();
  workbook.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
});

describe('SearchEngine build', () => {
  it('reads the workbook page by page, reporting progress, then answers ready', async () => {
    const engine = engineFor();
    await engine.handle({ type: 'build', dbName });
    const total = SEEDED + 1;
    const progress = posted.filter((response) => response.type === 'progress');
    // From the count on (asked for after the first pages), every page's progress of the total.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.length).toBeLessThanOrEqual(2 + Math.floor(total / 250));
    const done = progress.map((response) => response.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.map((response) => response.total)).toEqual(progress.map(() => total));
    expect(progress.at(-1)).toEqual({ type: 'progress', done: total, total });
    expect(posted.at(-1)).toEqual({ type: 'ready', count: total, ms: 5 });
  });

  it('answers queries from the index: note words, contacts, names', async () => {
    const engine = engineFor();
    await engine.handle({ type: 'build', dbName });
    expect(await query(engine, 'quokka')).toEqual([harborId]);
    expect(await query(engine, 'tammsaare')).toEqual([harborId]);
    expect(await query(engine, 'zebrafish labs')).toEqual([harborId]);
    expect(await query(engine, 'no-such-word-anywhere')).toEqual([]);
    expect((await query(engine, 'a')).length).toBeGreaterThan(0);
  });

  it('answers a second build request without building twice', async () => {
    const engine = engineFor();
    const first = engine.handle({ type: 'build', dbName });
    const second = engine.handle({ type: 'build', dbName });
    await Promise.all([first, second]);
    const ready = posted.filter((response) => response.type === 'ready');
    expect(ready).toHaveLength(2);
    const partnerPages = Math.ceil((SEEDED + 1) / 250);
    expect(posted.filter((r) => r.type === 'progress').length).toBeLessThanOrEqual(
      partnerPages + 1,
    );
    await engine.handle({ type: 'build', dbName: 'another-workbook' });
    expect(posted.at(-1)).toMatchObject({ type: 'build-failed' });
  });

  it('reports a build that cannot read the workbook', async () => {
    const broken: PartnerSource = {
      count: () => Promise.reject(new Error('disk on fire')),
      partnerPages: () => noPages(),
      contactPages: () => noPages(),
      read: () => Promise.reject(new Error('unused')),
      close: () => undefined,
    };
    const engine = engineFor({ openSource: () => broken });
    await engine.handle({ type: 'build', dbName });
    expect(posted).toEqual([{ type: 'build-failed', message: 'disk on fire' }]);
    posted = [];
    await engine.handle({ type: 'query', requestId: 3, text: 'x' });
    expect(posted).toMatchObject([{ type: 'failed', requestId: 3 }]);
  });
});

describe('SearchEngine updates', () => {
  it('re-reads edited and deleted partners', async () => {
    const engine = engineFor();
    await engine.handle({ type: 'build', dbName });
    const created = await workbook.partners.create({ name: 'Walrus Works', stage: 'prospect' });
    if (!created.ok) throw new Error('fixture partner is invalid');
    const edited = await workbook.partners.update(
      harborId,
      { name: 'Harbor Narwhal Labs', stage: 'active' },
      [],
    );
    expect(edited.ok).toBe(true);
    posted = [];
    await engine.handle({
      type: 'update',
      requestId: 9,
      partnerIds: [harborId, created.value.id],
    });
    expect(posted).toEqual([{ type: 'updated', requestId: 9, count: SEEDED + 2 }]);
    expect(await query(engine, 'narwhal')).toEqual([harborId]);
    expect(await query(engine, 'zebrafish')).toEqual([]);
    expect(await query(engine, 'tammsaare')).toEqual([]);
    expect(await query(engine, 'walrus')).toEqual([created.value.id]);

    await workbook.partners.remove(created.value.id);
    await engine.handle({ type: 'update', requestId: 10, partnerIds: [created.value.id] });
    expect(posted.at(-1)).toEqual({ type: 'updated', requestId: 10, count: SEEDED + 1 });
    expect(await query(engine, 'walrus')).toEqual([]);
  });

  it('names ordinals once: all with the build, then only those an update added', async () => {
    const engine = engineFor();
    await engine.handle({ type: 'build', dbName });
    const types = posted.map((response) => response.type);
    expect(types.slice(-2)).toEqual(['ids', 'ready']);
    expect(posted.at(-2)).toMatchObject({ type: 'ids', from: 0, count: SEEDED + 1 });
    expect(idTables.get(engine)).toContain(harborId);
    await query(engine, 'harbor');
    expect(posted.map((response) => response.type)).toEqual(['result']);

    await workbook.partners.update(harborId, { name: 'Harbor Orca', stage: 'active' }, []);
    await engine.handle({ type: 'update', requestId: 2, partnerIds: [harborId] });
    expect(await query(engine, 'orca', 3)).toEqual([harborId]);
    // The edited partner got a new ordinal: its id alone travels, ahead of the result.
    expect(posted).toMatchObject([
      { type: 'ids', from: SEEDED + 1, count: 1, ids: harborId },
      { type: 'result', requestId: 3 },
    ]);
  });

  it('applies an update sent during the build once the build is done', async () => {
    const engine = engineFor();
    const building = engine.handle({ type: 'build', dbName });
    await workbook.partners.update(harborId, { name: 'Harbor Beluga', stage: 'active' }, []);
    const updating = engine.handle({ type: 'update', requestId: 4, partnerIds: [harborId] });
    await Promise.all([building, updating]);
    expect(posted.at(-1)).toEqual({ type: 'updated', requestId: 4, count: SEEDED + 1 });
    expect(await query(engine, 'beluga')).toEqual([harborId]);
  });

  it('refuses updates and queries before any build', async () => {
    const engine = engineFor();
    await engine.handle({ type: 'update', requestId: 1, partnerIds: [harborId] });
    await engine.handle({ type: 'query', requestId: 2, text: 'harbor' });
    expect(posted.map((response) => response.type)).toEqual(['failed', 'failed']);
  });
});

describe('SearchEngine message validation', () => {
  it('rejects messages it cannot read, failing the request when it has an id', async () => {
    const engine = engineFor();
    await engine.handle(null);
    await engine.handle({ type: 'drop-tables' });
    await engine.handle({ type: 'query', requestId: 5 });
    await engine.handle({ type: 'update', requestId: 6, partnerIds: 'all' });
    await engine.handle({ type: 'build', dbName: '' });
    expect(posted.map((response) => response.type)).toEqual([
      'rejected',
      'rejected',
      'failed',
      'failed',
      'rejected',
    ]);
    expect(posted[2]).toMatchObject({ requestId: 5 });
  });
});
