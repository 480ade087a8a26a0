import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Partner } from '../../../../shared/domain/partner';
import { initialChanges, type PartnerChange } from '../../../../shared/domain/partner-change';
import { autoMap } from '../../../../shared/files/tabular/column-mapping';
import { readCsv } from '../../../../shared/files/tabular/csv-read';
import { planImport } from '../../../../shared/files/tabular/match';
import { convertRows } from '../../../../shared/files/tabular/partner-rows';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { ImportRepo } from './import-repo';

/**
 * Partners written in bulk (putMany, a CSV import's new partners) store no first stage and tier
 * records: the history derives them, and stores one just before its field's first change.
 */

let workbook: Workbook;
let db: WorkbookDatabase;

beforeEach(async () => {
  const name = `first-changes-${crypto.randomUUID()}`;
  workbook = await openWorkbook(name);
  db = new WorkbookDatabase(name);
  await db.open();
});

afterEach(async () => {
  workbook.close();
  db.close();
  await Dexie.delete(db.name);
});

const CREATED = '2024-03-05T14:20:00.000Z';
const baltic: Partner = {
  id: '10000000-0000-4000-8000-000000000001',
  name: 'Baltic Data',
  types: ['reseller'],
  stage: 'growing',
  tier: 'gold',
  tags: [],
  createdAt: CREATED,
  updatedAt: CREATED,
};
// The ids every copy derives for Baltic Data's first records.
const [STAGE_FIRST, TIER_FIRST] = initialChanges(baltic).map((change) => change.id);

const moves = (changes: readonly PartnerChange[]) =>
  changes.map((c) => `${c.field} ${c.from}>${c.to} ${c.effectiveOn}`);
const history = async () => moves(await workbook.partnerChanges.changesOf(baltic.id));
const stored = async () =>
  (await db.partnerChanges.where('partnerId').equals(baltic.id).toArray()).sort((a, b) =>
    a.changedAt.localeCompare(b.changedAt),
  );
const today = () => new Date().toISOString().slice(0, 10);

async function moveTo(stage: Partner['stage']) {
  const current = await workbook.partners.get(baltic.id);
  if (!current) throw new Error('fixture');
  const result = await workbook.partners.update(baltic.id, { ...current, stage }, []);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
}

describe('the first stage and tier records of partners written in bulk', () => {
  it('are not stored by putMany, yet the history holds them', async () => {
    await workbook.partners.putMany([baltic]);
    expect(await db.partnerChanges.count()).toBe(0);
    const changes = await workbook.partnerChanges.changesOf(baltic.id);
    // Same effective date and time: newest first falls back to the ids' order, reversed.
    expect(changes.map((c) => [c.id, c.field, c.from, c.to, c.effectiveOn, c.changedAt])).toEqual(
      [
        [STAGE_FIRST, 'stage', null, 'growing', '2024-03-05', CREATED],
        [TIER_FIRST, 'tier', null, 'gold', '2024-03-05', CREATED],
      ].sort((a, b) => String(b[0]).localeCompare(String(a[0]))),
    );
  });

  it('store the stage’s first record just before its first change, then the change', async () => {
    await workbook.partners.putMany([baltic]);
    await moveTo('at-risk');
    const records = await stored();
    expect(records.map((c) => [c.field, c.from, c.to, c.effectiveOn])).toEqual([
      ['stage', null, 'growing', '2024-03-05'],
      ['stage', 'growing', 'at-risk', today()],
    ]);
    // The first record as every copy derives it; the change under a new id.
    expect(records[0]).toEqual(initialChanges(baltic)[0]);
    expect(records[1]?.id).not.toBe(STAGE_FIRST);
    // The tier did not change: its first record is still derived, not stored.
    expect(records.some((c) => c.id === TIER_FIRST)).toBe(false);
    expect((await history()).sort()).toEqual([
      `stage growing>at-risk ${today()}`,
      'stage null>growing 2024-03-05',
      'tier null>gold 2024-03-05',
    ]);
    // The change logs its first revision; the first record has none, as a bulk write left it.
    const revisions = await db.revisions.bulkGet(
      records.map((c): ['partnerChanges', string] => ['partnerChanges', c.id]),
    );
    expect(revisions.map((entry) => entry?.revs.length)).toEqual([undefined, 1]);
  });

  it('stay in the history when the first change is undone and redone', async () => {
    await workbook.partners.putMany([baltic]);
    await moveTo('at-risk');
    const undone = await workbook.undo.undo();
    expect(undone.ok).toBe(true);
    expect((await workbook.partners.get(baltic.id))?.stage).toBe('growing');
    // Recorded changes stay; undo records the way back as a change of its own.
    expect((await history()).sort()).toEqual([
      `stage at-risk>growing ${today()}`,
      `stage growing>at-risk ${today()}`,
      'stage null>growing 2024-03-05',
      'tier null>gold 2024-03-05',
    ]);
    expect((await workbook.undo.redo()).ok).toBe(true);
    expect((await stored()).map((c) => `${c.from}>${c.to}`).sort()).toEqual([
      'at-risk>growing',
      'growing>at-risk',
      'growing>at-risk',
      'null>growing',
    ]);
  });

  it('go with their partner when it is deleted, tombstoned, and come back with undo', async () => {
    await workbook.partners.putMany([baltic]);
    const before = await history();
    const removed = await workbook.partners.remove(baltic.id);
    expect(removed?.partnerChanges.map((c) => c.id).sort()).toEqual(
      [STAGE_FIRST, TIER_FIRST].sort(),
    );
    expect(await db.partnerChanges.count()).toBe(0);
    const graves = await db.tombstones.where('table').equals('partnerChanges').primaryKeys();
    expect(graves.sort()).toEqual([STAGE_FIRST, TIER_FIRST].sort());
    const deleted = await db.revisions.get(['partnerChanges', TIER_FIRST]);
    expect(deleted?.revs).toHaveLength(2);

    expect((await workbook.undo.undo()).ok).toBe(true);
    expect(await history()).toEqual(before);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('take an edited effective date, stored with it, and undo puts the record back', async () => {
    await workbook.partners.putMany([baltic]);
    const tier = (await workbook.partnerChanges.changesOf(baltic.id)).find(
      (c) => c.id === TIER_FIRST,
    );
    if (!tier) throw new Error('fixture');
    const edited = await workbook.partnerChanges.setEffective(tier, {
      effectiveOn: '2024-01-01',
      note: 'Programme review',
    });
    expect(edited.ok && edited.value).toMatchObject({
      id: TIER_FIRST,
      from: null,
      to: 'gold',
      effectiveOn: '2024-01-01',
      note: 'Programme review',
    });
    expect((await history()).sort()).toEqual([
      'stage null>growing 2024-03-05',
      'tier null>gold 2024-01-01',
    ]);
    expect((await workbook.undo.undo()).ok).toBe(true);
    // Put back as it was (dated now, as undo dates every record it replaces).
    const back = await db.partnerChanges.get(tier.id);
    expect(back && { ...back, updatedAt: tier.updatedAt }).toEqual(tier);
  });

  it('are not stored by a CSV import of new partners either', async () => {
    const repo = new ImportRepo(db, workbook.changes);
    const table = readCsv('Company name,Lifecycle Stage,Tier\nGlobex,Active,Silver\n');
    const plan = planImport(convertRows(table, autoMap(table.headers)), [], {
      onMatch: 'update',
      skipRowsWithProblems: false,
    });
    const outcome = await repo.applyImport(plan);
    const [globex] = outcome.created;
    if (!globex) throw new Error('fixture');
    expect(await db.partnerChanges.count()).toBe(0);
    const revisions = await db.revisions.toArray();
    expect(revisions.filter((entry) => entry.table === 'partnerChanges')).toEqual([]);
    const partner = await workbook.partners.get(globex);
    if (!partner) throw new Error('fixture');
    const changes = await workbook.partnerChanges.changesOf(globex);
    expect(changes.map((c) => `${c.field} ${c.from}>${c.to}`).sort()).toEqual([
      'stage null>active',
      'tier null>silver',
    ]);
    expect([...changes].sort((a, b) => a.field.localeCompare(b.field))).toEqual(
      initialChanges(partner),
    );
    expect(changes.every((c) => c.changedAt === partner.createdAt)).toBe(true);
  });
});
