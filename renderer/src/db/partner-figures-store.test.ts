import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../shared/files/partnerbook/decode-fixture';
import {
  ledgerPointsOf,
  metricPointsOf,
  type PartnerFigures,
} from '../../../shared/domain/strategy/partner-figures';
import { WorkbookDatabase } from './database';
import { MergeRepo } from './repos/merge-repo';
import { readSnapshot } from './repos/snapshot-read';
import { writeSnapshotToNewDatabase } from './repos/snapshot-repo';
import { openWorkbook, type Workbook } from './workbook';

let workbook: Workbook;
let db: WorkbookDatabase;
let dbName: string;

beforeEach(async () => {
  dbName = `figures-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  db = new WorkbookDatabase(dbName);
  await db.open();
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

async function partner(name: string): Promise<string> {
  return value(await workbook.partners.create({ name, stage: 'active' })).id;
}

const points = (figures: PartnerFigures | undefined) =>
  figures === undefined ? undefined : metricPointsOf(figures, '2000-01-01');

const revenue = (partnerId: string, value: number, date = '2026-05-01') => ({
  partnerId,
  metric: 'sourced-revenue',
  date,
  value,
  currency: 'EUR',
});

describe('the partner figures', () => {
  it('follow metric entries through add, update, remove and restore', async () => {
    const a = await partner('Alpha');
    const b = await partner('Beta');
    const first = value(await workbook.metrics.addEntry(revenue(a, 100)));
    value(await workbook.metrics.addEntry(revenue(a, 50)));
    // A metric the figures do not keep changes nothing.
    value(
      await workbook.metrics.addEntry({
        partnerId: b,
        metric: 'leads',
        date: '2026-05-01',
        value: 3,
      }),
    );
    expect(points(await db.partnerFigures.get(a))).toEqual([
      { metric: 'sourced-revenue', date: '2026-05-01', value: 150, currency: 'EUR' },
    ]);
    expect(await db.partnerFigures.get(b)).toBeUndefined();

    // Moving an entry to another partner refreshes both.
    value(await workbook.metrics.updateEntry(first.id, revenue(b, 100)));
    expect(points(await db.partnerFigures.get(a))).toEqual([
      { metric: 'sourced-revenue', date: '2026-05-01', value: 50, currency: 'EUR' },
    ]);
    expect(points(await db.partnerFigures.get(b))).toEqual([
      { metric: 'sourced-revenue', date: '2026-05-01', value: 100, currency: 'EUR' },
    ]);

    const removed = await workbook.metrics.removeEntry(first.id);
    expect(await db.partnerFigures.get(b)).toBeUndefined();
    if (removed) await workbook.metrics.restoreEntry(removed);
    expect(points(await db.partnerFigures.get(b))).toHaveLength(1);
  });

  it('follow the investment ledger, and leave and return with a deleted partner', async () => {
    const a = await partner('Alpha');
    value(
      await workbook.investments.create({
        partnerId: a,
        kind: 'time',
        date: '2026-04-02',
        tag: 'enablement',
        hours: 2.25,
        person: 'Liis',
      }),
    );
    const stored = await db.partnerFigures.get(a);
    expect(stored && ledgerPointsOf(stored, '2000-01-01')).toEqual([
      { kind: 'time', date: '2026-04-02', hours: 2.25 },
    ]);
    const deleted = await workbook.partners.remove(a);
    expect(await db.partnerFigures.get(a)).toBeUndefined();
    if (deleted) await workbook.partners.restore(deleted);
    expect(await db.partnerFigures.get(a)).toEqual(stored);
  });

  it('are built when a file is opened and refreshed by a merge, yet never written to a file', async () => {
    const name = `figures-file-${crypto.randomUUID()}`;
    await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
    const opened = new WorkbookDatabase(name);
    await opened.open();
    try {
      const figures = await opened.partnerFigures.get(FIXTURE_IDS.partner);
      expect(figures && ledgerPointsOf(figures, '2000-01-01')).toEqual([
        { kind: 'money', date: '2026-02-10', amount: { amountMinor: 5_000_00, currency: 'EUR' } },
      ]);
      const snapshot = await readSnapshot(opened);
      expect(Object.keys(snapshot.tables)).not.toContain('partnerFigures');

      // Their copy adds sourced revenue for the partner; the merge refreshes its figures.
      const theirs = withRevisions(fixtureSnapshot());
      theirs.tables.metricEntries.push({
        ...revenue(FIXTURE_IDS.partner, 900_00),
        id: '84000000-0000-4000-8000-0000000000aa',
        createdAt: '2026-06-01T00:00:00.000Z',
        updatedAt: '2026-06-01T00:00:00.000Z',
      });
      const repo = new MergeRepo(opened, workbook.changes);
      const planned = await repo.planMergeWith(withRevisions(theirs));
      if (!planned.ok) throw new Error(planned.message);
      await repo.applyMerge(planned.plan, {});
      expect(points(await opened.partnerFigures.get(FIXTURE_IDS.partner))).toEqual([
        { metric: 'sourced-revenue', date: '2026-05-01', value: 900_00, currency: 'EUR' },
      ]);
    } finally {
      opened.close();
      await Dexie.delete(name);
    }
  });
});
