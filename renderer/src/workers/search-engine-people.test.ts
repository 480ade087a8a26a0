import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../shared/files/partnerbook/decode-fixture';
import { WorkbookDatabase } from '../db/database';
import { writeSnapshotToNewDatabase } from '../db/repos/snapshot-repo';
import { SearchEngine } from './search-engine';
import type { SearchResponse } from './search-messages';
import { databaseSource } from './search-source';

const ids = FIXTURE_IDS;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

// An engine over the fixture workbook, built; `last` is the latest response it posted.
async function built() {
  const name = `search-people-${crypto.randomUUID()}`;
  names.push(name);
  await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
  const posted: SearchResponse[] = [];
  let clock = 0;
  const engine = new SearchEngine({
    post: (response) => posted.push(response),
    openSource: (dbName) => databaseSource(new WorkbookDatabase(dbName)),
    now: () => (clock += 5),
  });
  await engine.handle({ type: 'build', dbName: name });
  const db = new WorkbookDatabase(name);
  const last = () => posted.at(-1);
  const all = async (text: string) => {
    await engine.handle({ type: 'query-all', requestId: 7, text, limit: 5 });
    const response = last();
    if (response?.type !== 'all-result') throw new Error(`got ${response?.type}`);
    return response;
  };
  return { engine, db, last, all };
}

describe('the workbook-wide search', () => {
  it('finds partners by name or contact, with their names', async () => {
    const { engine, all } = await built();
    expect((await all('baltic')).partners).toEqual([{ id: ids.partner, name: 'Baltic Data' }]);
    expect(await all('harbor')).toEqual({
      type: 'all-result',
      requestId: 7,
      partners: [{ id: ids.otherPartner, name: 'Harbor Cloud' }],
      people: [],
    });
    engine.close();
  });

  it('finds stakeholders, feedback and decisions, each with its table', async () => {
    const { engine, all } = await built();
    expect((await all('jaan')).people).toEqual([
      {
        table: 'stakeholders',
        id: ids.stakeholder,
        label: 'Jaan Tamm',
        detail: 'Head of integrations · Engineering',
      },
    ]);
    const setup = (await all('setup')).people.map((hit) => [hit.table, hit.id]);
    expect(setup.sort()).toEqual([
      ['decisions', ids.decision],
      ['feedback', ids.feedback],
    ]);
    engine.close();
  });

  it('re-reads changed people records, and drops deleted ones', async () => {
    const { engine, db, last, all } = await built();
    await db.stakeholders.update(ids.stakeholder, { name: 'Jaan Kivi' });
    await db.feedback.delete(ids.feedback);
    await engine.handle({
      type: 'update-people',
      requestId: 8,
      table: 'stakeholders',
      ids: [ids.stakeholder],
    });
    await engine.handle({
      type: 'update-people',
      requestId: 9,
      table: 'feedback',
      ids: [ids.feedback],
    });
    expect(last()).toEqual({ type: 'updated', requestId: 9, count: 2 });
    expect((await all('kivi')).people.map((hit) => hit.label)).toEqual(['Jaan Kivi']);
    expect((await all('tallinn')).people).toEqual([]);
    db.close();
    engine.close();
  });
});
