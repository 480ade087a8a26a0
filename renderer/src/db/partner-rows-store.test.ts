import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from './database';
import type { PartnerRowsSnapshot } from './partner-rows-store';
import { openWorkbook, type Workbook } from './workbook';

let workbook: Workbook;
let dbName: string;

beforeEach(async () => {
  dbName = `rows-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
});
afterEach(async () => {
  workbook.close();
  await Dexie.delete(dbName);
});

function partner(name: string) {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    id: crypto.randomUUID(),
    name,
    stage: 'active' as const,
    tier: 'none' as const,
    types: [],
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Waits until the store publishes a snapshot that passes the check. */
function until(check: (snapshot: PartnerRowsSnapshot) => boolean): Promise<PartnerRowsSnapshot> {
  const store = workbook.partnerRows;
  return new Promise((resolve) => {
    const test = () => {
      const snapshot = store.getSnapshot();
      if (check(snapshot)) {
        unsubscribe();
        resolve(snapshot);
      }
    };
    const unsubscribe = store.subscribe(test);
    test();
  });
}

describe('PartnerRowsStore', () => {
  it('publishes the first rows by name, then every row', async () => {
    const many = Array.from({ length: 250 }, (_, i) => partner(`Partner ${250 - i}`));
    await workbook.partners.putMany(many);
    const seen: PartnerRowsSnapshot[] = [];
    const unsubscribe = workbook.partnerRows.subscribe(() =>
      seen.push(workbook.partnerRows.getSnapshot()),
    );
    await workbook.partnerRows.load();
    unsubscribe();
    const first = seen.find((s) => s.ready && !s.complete);
    expect(first?.total).toBe(250);
    expect(first?.rows.map((r) => r.name).slice(0, 3)).toEqual([
      'Partner 1',
      'Partner 2',
      'Partner 3',
    ]);
    expect(first?.rows).toHaveLength(100);
    const last = workbook.partnerRows.getSnapshot();
    expect(last).toMatchObject({ complete: true, total: 250 });
    expect(new Set(last.rows.map((r) => r.name)).size).toBe(250);
  });

  it('refreshes only the rows a write touched, keeping the others as they were', async () => {
    const [a, b] = [partner('Alpha'), partner('Beta')];
    await workbook.partners.putMany([a, b]);
    await workbook.partnerRows.load();
    const before = workbook.partnerRows.getSnapshot();
    const untouched = before.rows.find((r) => r.id === b.id);

    await workbook.partners.update(a.id, { name: 'Alpha Prime', stage: 'growing' }, []);
    const updated = await until((s) => s.rows.some((r) => r.name === 'Alpha Prime'));
    expect(updated.rows.find((r) => r.id === b.id)).toBe(untouched);
    expect(updated.rows.find((r) => r.id === a.id)).toMatchObject({ stage: 'growing' });

    await workbook.partners.remove(b.id);
    const removed = await until((s) => s.total === 1);
    expect(removed.rows.map((r) => r.name)).toEqual(['Alpha Prime']);

    const created = await workbook.partners.create({ name: 'Gamma', stage: 'prospect' });
    expect(created.ok).toBe(true);
    const added = await until((s) => s.total === 2);
    expect(added.rows.map((r) => r.name).sort()).toEqual(['Alpha Prime', 'Gamma']);
  });

  it('re-reads a change of many partners in pieces, and shows it whole, at once', async () => {
    const many = Array.from({ length: 250 }, (_, i) => partner(`Partner ${i}`));
    await workbook.partners.putMany(many);
    await workbook.partnerRows.load();
    // Written through another connection (a worker's), reported by the feed afterwards.
    const other = new WorkbookDatabase(dbName);
    const gone: string[] = many.slice(0, 130).map((p) => p.id);
    const last = await other.partners.get(many[249]?.id ?? '');
    if (!last) throw new Error('fixture');
    await other.partners.bulkDelete(gone);
    await other.partners.put({ ...last, name: 'Renamed' });
    other.close();
    const published: PartnerRowsSnapshot[] = [];
    const unsubscribe = workbook.partnerRows.subscribe(() => {
      published.push(workbook.partnerRows.getSnapshot());
    });
    workbook.changes.emit({ table: 'partners', ids: many.map((p) => p.id) });
    const after = await until((s) => s.total === 120);
    unsubscribe();
    expect(published).toHaveLength(1);
    expect(after.rows.filter((r) => r.name === 'Renamed').map((r) => r.id)).toEqual([last.id]);
    expect(after.rows.some((r) => gone.includes(r.id))).toBe(false);
  });

  it('applies writes made while it was still loading', async () => {
    await workbook.partners.putMany([partner('Early')]);
    const loading = workbook.partnerRows.load();
    const created = await workbook.partners.create({ name: 'During load', stage: 'active' });
    await loading;
    expect(created.ok).toBe(true);
    const snapshot = await until((s) => s.total === 2);
    expect(snapshot.rows.map((r) => r.name).sort()).toEqual(['During load', 'Early']);
  });

  it('shows each partner’s positioning status and refreshes it after a status change', async () => {
    const [a, b] = [partner('Alpha'), partner('Beta')];
    await workbook.partners.putMany([a, b]);
    const created = await workbook.positioning.createDraft(
      { partnerId: a.id, title: 'Alpha pitch', audience: 'partner-sales' },
      { kind: 'template', template: 'positioning-statement' },
    );
    if (!created.ok) throw new Error('create failed');
    await workbook.partnerRows.load();
    const loaded = workbook.partnerRows.getSnapshot();
    expect(loaded.rows.find((r) => r.id === a.id)?.positioningStatus).toBe('draft');
    const untouched = loaded.rows.find((r) => r.id === b.id);
    expect(untouched).not.toHaveProperty('positioningStatus');

    await workbook.positioning.setStatus(created.value.id, 'approved', {});
    const refreshed = await until((s) =>
      s.rows.some((r) => r.id === a.id && r.positioningStatus === 'approved'),
    );
    expect(refreshed.rows.find((r) => r.id === b.id)).toBe(untouched);
  });

  it('ignores changes to drafts that do not change a partner row', async () => {
    const alpha = partner('Alpha');
    await workbook.partners.putMany([alpha]);
    await workbook.partnerRows.load();
    let published = 0;
    const unsubscribe = workbook.partnerRows.subscribe(() => (published += 1));
    const created = await workbook.positioning.createDraft(
      { title: 'Company pitch', audience: 'internal' },
      { kind: 'template', template: 'blank' },
    );
    if (!created.ok) throw new Error('create failed');
    await workbook.positioning.saveWorkingCopy(created.value.id, { title: 'Renamed' });
    // Refreshes run in order, so once this one shows, any refresh for the drafts would have too.
    await workbook.partners.update(alpha.id, { name: 'Alpha Prime', stage: 'active' }, []);
    await until((s) => s.rows.some((r) => r.name === 'Alpha Prime'));
    unsubscribe();
    expect(published).toBe(1);
  });

  it('shows an empty workbook as ready and complete', async () => {
    await workbook.partnerRows.load();
    expect(workbook.partnerRows.getSnapshot()).toMatchObject({
      ready: true,
      complete: true,
      total: 0,
    });
  });
});
