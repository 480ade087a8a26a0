import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDeletion } from '../../../../shared/domain/revision';
import { countTables, rebuildActivityCounts } from '../activity-counts-store';
import type { WorkbookChange } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let db: WorkbookDatabase;
let dbName: string;
let partnerId: string;
let otherId: string;
const changes: WorkbookChange[] = [];

beforeEach(async () => {
  dbName = `activity-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  db = new WorkbookDatabase(dbName);
  await db.open();
  const created = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' });
  const other = await workbook.partners.create({ name: 'Nordic Cloud', stage: 'active' });
  if (!created.ok || !other.ok) throw new Error('fixture');
  partnerId = created.value.id;
  otherId = other.value.id;
  changes.length = 0;
  workbook.changes.subscribe((change) => changes.push(change));
});

afterEach(async () => {
  db.close();
  workbook.close();
  await Dexie.delete(dbName);
});

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const entry = (
  occurredAt: string,
  direction: 'inbound' | 'outbound',
  purpose: 'development' | 'sales',
  partner = partnerId,
) => ({ partnerId: partner, occurredAt, direction, purpose, kind: 'call', title: 'Check-in' });

const lastActivity = async (id: string) => (await workbook.partners.get(id))?.lastActivityAt;

// One partner's counts for a year as [inbound dev, inbound sales, outbound dev, outbound sales]
// per month, only the months given.
async function monthCounts(id: string, year: number, months: number[]): Promise<number[][]> {
  const record = await db.activityCounts.get(`${id}:${year}`);
  return months.map((month) => [...(record?.counts.slice((month - 1) * 4, month * 4) ?? [])]);
}

describe('the activity repository', () => {
  it('keeps the partner’s last activity equal to its latest activity on add, edit and delete', async () => {
    const repo = workbook.activities;
    const march = value(await repo.create(entry('2026-03-10T12:00:00.000Z', 'inbound', 'sales')));
    expect(await lastActivity(partnerId)).toBe('2026-03-10T12:00:00.000Z');
    // An older activity leaves it; a newer one moves it.
    const january = value(
      await repo.create(entry('2026-01-05T12:00:00.000Z', 'outbound', 'development')),
    );
    expect(await lastActivity(partnerId)).toBe('2026-03-10T12:00:00.000Z');
    // Editing the latest back in time moves it to the one now latest.
    value(await repo.update(march.id, entry('2025-12-01T12:00:00.000Z', 'inbound', 'sales')));
    expect(await lastActivity(partnerId)).toBe('2026-01-05T12:00:00.000Z');
    // Moving an activity to another partner moves both partners' dates.
    value(
      await repo.update(
        january.id,
        entry('2026-01-05T12:00:00.000Z', 'outbound', 'development', otherId),
      ),
    );
    expect(await lastActivity(partnerId)).toBe('2025-12-01T12:00:00.000Z');
    expect(await lastActivity(otherId)).toBe('2026-01-05T12:00:00.000Z');
    // Deleting the only one left clears it; undoing the delete puts it back.
    const removed = await repo.remove(march.id);
    expect(await lastActivity(partnerId)).toBeUndefined();
    if (!removed) throw new Error('not removed');
    await repo.restore(removed);
    expect(await lastActivity(partnerId)).toBe('2025-12-01T12:00:00.000Z');
  });

  it('logs revisions of the activity and the partner, and a tombstone on delete', async () => {
    const repo = workbook.activities;
    const created = value(await repo.create(entry('2026-03-10T12:00:00.000Z', 'inbound', 'sales')));
    const partnerRevs = await db.revisions.get(['partners', partnerId]);
    expect(partnerRevs?.revs).toHaveLength(2);
    await repo.remove(created.id);
    expect(await db.tombstones.get(created.id)).toMatchObject({ table: 'activities' });
    const activityRevs = await db.revisions.get(['activities', created.id]);
    expect(activityRevs && isDeletion(activityRevs.revs[0] ?? '')).toBe(true);
    // The partners table was told which row to re-read after each write.
    expect(changes.filter((c) => c.table === 'partners').map((c) => c.ids)).toEqual([
      [partnerId],
      [partnerId],
    ]);
  });

  it('keeps the counts per partner, year and month in step with every write', async () => {
    const repo = workbook.activities;
    const a = value(await repo.create(entry('2026-02-03T12:00:00.000Z', 'inbound', 'sales')));
    value(await repo.create(entry('2026-02-20T12:00:00.000Z', 'outbound', 'development')));
    value(await repo.create(entry('2025-11-01T12:00:00.000Z', 'outbound', 'sales')));
    expect(await monthCounts(partnerId, 2026, [2])).toEqual([[0, 1, 1, 0]]);
    expect(await monthCounts(partnerId, 2025, [11])).toEqual([[0, 0, 0, 1]]);
    // Editing moves the count from February to April and from sales to development.
    value(await repo.update(a.id, entry('2026-04-01T12:00:00.000Z', 'inbound', 'development')));
    expect(await monthCounts(partnerId, 2026, [2, 4])).toEqual([
      [0, 0, 1, 0],
      [1, 0, 0, 0],
    ]);
    // Deleting the only one of a year drops that year's record.
    const [old] = await repo.page(
      { partnerId, period: { start: '2025-01-01', end: '2025-12-31' } },
      0,
      10,
    );
    if (!old) throw new Error('no 2025 activity');
    await repo.remove(old.activity.id);
    expect(await db.activityCounts.get(`${partnerId}:2025`)).toBeUndefined();
    // What the repository kept matches a recount of the whole log.
    const kept = await db.activityCounts.toArray();
    await db.transaction('rw', db.activities, db.activityCounts, () =>
      rebuildActivityCounts(countTables(db)),
    );
    expect(await db.activityCounts.toArray()).toEqual(kept);
  });

  it('refuses bad input and unknown partners with a message, writing nothing', async () => {
    const repo = workbook.activities;
    const bad = await repo.create({
      ...entry('2026-02-03T12:00:00.000Z', 'inbound', 'sales'),
      title: ' ',
    });
    expect(bad).toEqual({ ok: false, errors: { title: 'An activity needs a title.' } });
    const orphan = await repo.create(
      entry('2026-02-03T12:00:00.000Z', 'inbound', 'sales', crypto.randomUUID()),
    );
    expect(orphan).toEqual({
      ok: false,
      errors: { _: 'This partner no longer exists; it may have been deleted.' },
    });
    expect(await db.activities.count()).toBe(0);
    expect(await db.activityCounts.count()).toBe(0);
    expect(await lastActivity(partnerId)).toBeUndefined();
  });

  it('pages the log newest first by period and partner, with partner names', async () => {
    const repo = workbook.activities;
    const days = ['2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01'];
    for (const day of days)
      value(await repo.create(entry(`${day}T12:00:00.000Z`, 'inbound', 'sales')));
    value(await repo.create(entry('2026-02-15T12:00:00.000Z', 'outbound', 'sales', otherId)));
    const february = { start: '2026-02-01', end: '2026-02-28' };
    expect(await repo.count({ period: february })).toBe(3);
    const rows = await repo.page({ period: february }, 0, 10);
    expect(rows.map((row) => [row.activity.occurredAt.slice(0, 10), row.partnerName])).toEqual([
      ['2026-02-28', 'Baltic Data'],
      ['2026-02-15', 'Nordic Cloud'],
      ['2026-02-01', 'Baltic Data'],
    ]);
    const second = await repo.page({ partnerId, period: february }, 1, 1);
    expect(second.map((row) => row.activity.occurredAt.slice(0, 10))).toEqual(['2026-02-01']);
    expect(await repo.count({ partnerId })).toBe(4);
  });

  it('goes and comes back with its partner, counts included', async () => {
    const repo = workbook.activities;
    value(await repo.create(entry('2026-02-03T12:00:00.000Z', 'inbound', 'sales')));
    const deleted = await workbook.partners.remove(partnerId);
    expect(await db.activityCounts.count()).toBe(0);
    if (!deleted) throw new Error('not deleted');
    await workbook.partners.restore(deleted);
    expect(await monthCounts(partnerId, 2026, [2])).toEqual([[0, 1, 0, 0]]);
  });

  it('offers partners by the start of their name for the type-ahead', async () => {
    const made = await workbook.partners.create({ name: 'Baltic Systems 10', stage: 'active' });
    if (!made.ok) throw new Error('fixture');
    const names = async (text: string) =>
      (await workbook.activities.partnerChoices(text)).map((choice) => choice.name);
    expect(await names('balt')).toEqual(['Baltic Data', 'Baltic Systems 10']);
    expect(await names('Baltic Systems 1')).toEqual(['Baltic Systems 10']);
    expect(await names('nord')).toEqual(['Nordic Cloud']);
    expect(await names('zzz')).toEqual([]);
  });
});
