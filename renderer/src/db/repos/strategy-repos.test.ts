import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDeletion } from '../../../../shared/domain/revision';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let dbName: string;
let partnerId: string;
const extra: WorkbookDatabase[] = [];

async function openDatabase(): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  extra.push(db);
  return db;
}

beforeEach(async () => {
  dbName = `strategy-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  const created = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' });
  if (!created.ok) throw new Error('fixture');
  partnerId = created.value.id;
});

afterEach(async () => {
  for (const db of extra.splice(0)) db.close();
  workbook.close();
  await Dexie.delete(dbName);
});

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const plan = (y: number, status: string) => ({ partnerId, period: year(y), status });

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('the company goal repository', () => {
  it('creates, lists by period, updates and deletes goals with revisions and a tombstone', async () => {
    const goals = workbook.companyGoals;
    const unit = { kind: 'money', currency: 'eur' };
    const later = value(
      await goals.create({ title: 'B', measure: 'ARR', target: 5, unit, period: year(2027) }),
    );
    const first = value(
      await goals.create({ title: ' A ', measure: 'ARR', target: 4, unit, period: year(2026) }),
    );
    expect(first).toMatchObject({ title: 'A', unit: { kind: 'money', currency: 'EUR' } });
    expect((await goals.list()).map((goal) => goal.id)).toEqual([first.id, later.id]);
    const bad = await goals.create({
      title: 'C',
      measure: 'ARR',
      target: 1.5,
      unit,
      period: year(2026),
    });
    expect(bad).toEqual({
      ok: false,
      errors: { target: 'An amount is a whole number of minor units.' },
    });
    expect(value(await goals.update(first.id, { ...first, target: 6 })).target).toBe(6);
    expect(await goals.remove(first.id)).toMatchObject({ id: first.id, target: 6 });
    const db = await openDatabase();
    expect(await db.tombstones.get(first.id)).toMatchObject({ table: 'companyGoals' });
    const history = await db.revisions.get(['companyGoals', first.id]);
    expect(history?.revs).toHaveLength(3);
    expect(isDeletion(history?.revs[0] ?? '')).toBe(true);
  });
});

describe('the partner plan repository', () => {
  it('refuses a second plan in progress and overlapping periods, naming the clash', async () => {
    const plans = workbook.plans;
    value(await plans.create(plan(2026, 'in-progress')));
    expect(await plans.create(plan(2027, 'in-progress'))).toEqual({
      ok: false,
      errors: {
        _: 'Another plan for this partner (2026) is in progress; complete it before starting this one.',
      },
    });
    expect(
      await plans.create({ partnerId, period: { start: '2026-07-01', end: '2027-06-30' } }),
    ).toEqual({
      ok: false,
      errors: {
        _: 'This plan’s period overlaps another plan for this partner (2026); each period has one plan.',
      },
    });
    value(await plans.create(plan(2027, 'draft')));
    expect((await plans.plansOf(partnerId)).map((p) => p.period.start)).toEqual([
      '2027-01-01',
      '2026-01-01',
    ]);
  });

  it('keeps completed and superseded plans read-only, with a clear message', async () => {
    const plans = workbook.plans;
    const done = value(await plans.create(plan(2025, 'completed')));
    expect(await plans.update(done.id, { ...done, vision: 'More' })).toEqual({
      ok: false,
      errors: { _: 'This plan is completed, so it is kept as it was and can no longer be edited.' },
    });
    const old = value(await plans.create(plan(2026, 'draft')));
    value(await plans.create(plan(2027, 'in-progress')));
    const refused = await plans.update(old.id, { ...old, vision: 'Late edit' });
    expect(!refused.ok && refused.errors._).toMatch(/later plan for this partner is under way/);
    expect(await plans.editability(old)).toMatchObject({ readOnly: true, reason: 'superseded' });
  });

  it('refuses a plan for a partner that does not exist', async () => {
    const other = { ...plan(2026, 'draft'), partnerId: crypto.randomUUID() };
    expect(await workbook.plans.create(other)).toEqual({
      ok: false,
      errors: { _: 'This partner no longer exists; it may have been deleted.' },
    });
  });
});

describe('the investment and metric repositories', () => {
  it('read a partner’s ledger and a metric’s entries by date range, ends included', async () => {
    for (const date of ['2026-01-01', '2026-03-31', '2026-04-01']) {
      value(
        await workbook.investments.create({
          partnerId,
          date,
          tag: 'enablement',
          kind: 'time',
          hours: 1.25,
          person: 'Liis',
        }),
      );
      value(await workbook.metrics.addEntry({ partnerId, metric: 'leads', date, value: 2 }));
    }
    value(
      await workbook.metrics.addEntry({
        partnerId,
        metric: 'deals-won',
        date: '2026-02-01',
        value: 1,
      }),
    );
    const q1 = await workbook.investments.ledgerOf(partnerId, '2026-01-01', '2026-03-31');
    expect(q1.map((entry) => entry.date)).toEqual(['2026-01-01', '2026-03-31']);
    expect(await workbook.investments.ledgerOf(partnerId)).toHaveLength(3);
    const leads = await workbook.metrics.entriesOf(partnerId, 'leads', '2026-01-01', '2026-03-31');
    expect(leads.map((entry) => entry.value)).toEqual([2, 2]);
    const all = await workbook.metrics.entriesOfPartner(partnerId, '2026-02-01', '2026-12-31');
    expect(all.map((entry) => `${entry.metric} ${entry.date}`)).toEqual([
      'deals-won 2026-02-01',
      'leads 2026-03-31',
      'leads 2026-04-01',
    ]);
  });

  it('check an entry against its metric: built-in units, and custom metrics that exist', async () => {
    const money = await workbook.metrics.addEntry({
      partnerId,
      metric: 'sourced-revenue',
      date: '2026-01-01',
      value: 100,
    });
    expect(money).toEqual({ ok: false, errors: { value: 'Choose the currency of the amount.' } });
    const webinars = value(
      await workbook.metrics.defineMetric({
        name: 'Webinars',
        unit: 'count',
        indicator: 'leading',
      }),
    );
    expect(webinars.aggregation).toBe('sum');
    const half = await workbook.metrics.addEntry({
      partnerId,
      metric: webinars.id,
      date: '2026-01-01',
      value: 0.5,
    });
    expect(half).toEqual({ ok: false, errors: { _: 'A count is a whole number, zero or more.' } });
    value(
      await workbook.metrics.addEntry({
        partnerId,
        metric: webinars.id,
        date: '2026-01-01',
        value: 3,
      }),
    );
    expect((await workbook.metrics.customMetrics()).map((m) => m.name)).toEqual(['Webinars']);
  });
});

describe('deleting a partner', () => {
  it('deletes its plans, investments and metric entries with tombstones, and undo restores them', async () => {
    const p = value(await workbook.plans.create(plan(2026, 'draft')));
    const i = value(
      await workbook.investments.create({
        partnerId,
        date: '2026-01-05',
        tag: 'other',
        kind: 'energy',
        rating: 4,
      }),
    );
    const m = value(
      await workbook.metrics.addEntry({ partnerId, metric: 'leads', date: '2026-01-05', value: 7 }),
    );
    const removed = await workbook.partners.remove(partnerId);
    if (!removed) throw new Error('removed');
    expect(removed).toMatchObject({ partnerPlans: [p], investments: [i], metricEntries: [m] });
    const db = await openDatabase();
    expect(await db.partnerPlans.count()).toBe(0);
    expect(await db.investments.count()).toBe(0);
    expect(await db.metricEntries.count()).toBe(0);
    const graves = await db.tombstones.toArray();
    expect(graves.map(({ id, table }) => `${table} ${id}`).sort()).toEqual(
      [
        `investments ${i.id}`,
        `metricEntries ${m.id}`,
        `partnerPlans ${p.id}`,
        `partners ${partnerId}`,
        ...removed.partnerChanges.map((change) => `partnerChanges ${change.id}`),
      ].sort(),
    );
    expect(isDeletion((await db.revisions.get(['partnerPlans', p.id]))?.revs[0] ?? '')).toBe(true);
    await workbook.partners.restore(removed);
    expect(await db.partnerPlans.get(p.id)).toEqual(p);
    expect(await db.investments.get(i.id)).toEqual(i);
    expect(await db.metricEntries.get(m.id)).toEqual(m);
    expect(await db.tombstones.count()).toBe(0);
  });
});
