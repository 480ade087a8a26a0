import 'fake-indexeddb/auto';
import { Dexie, type Transaction } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Partner } from '../../../../shared/domain/partner';
import { readCsv } from '../../../../shared/files/tabular/csv-read';
import { autoMap } from '../../../../shared/files/tabular/column-mapping';
import { planImport } from '../../../../shared/files/tabular/match';
import { convertRows } from '../../../../shared/files/tabular/partner-rows';
import { WorkbookDatabase } from '../database';
import { reconcileStageTierChanges } from '../partner-change-log';
import { openWorkbook, type Workbook } from '../workbook';
import { ImportRepo } from './import-repo';

let workbook: Workbook;
let db: WorkbookDatabase;

beforeEach(async () => {
  const name = `history-${crypto.randomUUID()}`;
  workbook = await openWorkbook(name);
  db = new WorkbookDatabase(name);
  await db.open();
});

afterEach(async () => {
  workbook.close();
  db.close();
  await Dexie.delete(db.name);
});

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const moves = async (partnerId: string) =>
  (await workbook.partnerChanges.changesOf(partnerId)).map((c) => `${c.field} ${c.from}>${c.to}`);

const fields = (partner: Partner, change: Partial<Partner>) => ({ ...partner, ...change });

describe('stage and tier changes written with partner writes', () => {
  it('records a new partner’s stage and tier, then each change, newest first', async () => {
    const partner = value(
      await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }),
    );
    expect((await moves(partner.id)).sort()).toEqual(['stage null>onboarding', 'tier null>none']);

    await workbook.partners.update(partner.id, fields(partner, { stage: 'active' }), []);
    await workbook.partners.update(
      partner.id,
      fields(partner, { stage: 'active', tier: 'silver' }),
      [],
    );
    // Saving without a change of stage or tier (a new note) records nothing.
    await workbook.partners.update(
      partner.id,
      fields(partner, { stage: 'active', tier: 'silver', notes: 'Met at the summit' }),
      [],
    );
    const changes = await workbook.partnerChanges.changesOf(partner.id);
    // The first two share their time (their order is the ids'); later ones come newest first.
    expect(changes.map((c) => `${c.field} ${c.from}>${c.to}`).slice(0, 2)).toEqual([
      'tier none>silver',
      'stage onboarding>active',
    ]);
    expect(changes).toHaveLength(4);
    const [latest] = changes;
    expect(latest?.effectiveOn).toBe(latest?.changedAt.slice(0, 10));
  });

  it('writes the change in the partner write’s own transaction', async () => {
    const partner = value(
      await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }),
    );
    // Hooks on the repository's own database object see which transaction each write ran in.
    const own = (workbook.partners as unknown as { db: WorkbookDatabase }).db;
    const seen: Record<string, Transaction> = {};
    own.partners.hook('updating', function (_mods, _key, _obj, tx) {
      seen.partner = tx;
    });
    own.partnerChanges.hook('creating', function (_key, _obj, tx) {
      seen.change = tx;
    });
    await workbook.partners.update(partner.id, fields(partner, { stage: 'active' }), []);
    expect(seen.change).toBeDefined();
    expect(seen.change).toBe(seen.partner);
  });

  it('writes nothing when the partner write is refused', async () => {
    const partner = value(
      await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }),
    );
    const refused = await workbook.partners.update(
      partner.id,
      { ...partner, stage: 'active', name: '' },
      [],
    );
    expect(refused.ok).toBe(false);
    expect(await moves(partner.id)).toHaveLength(2);
  });

  it('takes a partner’s changes along when it is deleted, and undo brings them back', async () => {
    const partner = value(
      await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }),
    );
    await workbook.partners.update(partner.id, fields(partner, { stage: 'active' }), []);
    const removed = await workbook.partners.remove(partner.id);
    expect(removed?.partnerChanges).toHaveLength(3);
    expect(await db.partnerChanges.count()).toBe(0);
    expect(await db.tombstones.where('table').equals('partnerChanges').count()).toBe(3);
    if (removed) await workbook.partners.restore(removed);
    expect(await moves(partner.id)).toHaveLength(3);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('records the changes an import makes, for new and matched partners', async () => {
    const acme = value(await workbook.partners.create({ name: 'Acme Inc.', stage: 'onboarding' }));
    const repo = new ImportRepo(db, workbook.changes);
    const table = readCsv(
      'Company name,Lifecycle Stage,Tier\nAcme Inc.,Active,Gold\nGlobex,Active,\n',
    );
    const plan = planImport(
      convertRows(table, autoMap(table.headers)),
      await repo.existingForMatching(),
      {
        onMatch: 'update',
        skipRowsWithProblems: false,
      },
    );
    const outcome = await repo.applyImport(plan);
    expect((await moves(acme.id)).sort()).toEqual(
      [
        'stage null>onboarding',
        'stage onboarding>active',
        'tier null>none',
        'tier none>gold',
      ].sort(),
    );
    const [globex] = outcome.created;
    expect(globex && (await moves(globex)).sort()).toEqual(['stage null>active', 'tier null>none']);
  });

  it('after a merge, records what the log does not yet end at', async () => {
    const partner = value(
      await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }),
    );
    const merged = { ...partner, stage: 'growing' as const };
    await db.transaction('rw', db.partnerChanges, db.revisions, () =>
      reconcileStageTierChanges(db, [merged], '2030-06-01T10:00:00.000Z'),
    );
    expect(await moves(partner.id)).toContain('stage onboarding>growing');
    // Run again, it finds the log in line and writes nothing.
    await db.transaction('rw', db.partnerChanges, db.revisions, () =>
      reconcileStageTierChanges(db, [merged], '2030-06-02T10:00:00.000Z'),
    );
    expect(await moves(partner.id)).toHaveLength(3);
  });
});

describe('editing a change', () => {
  it('back-dates a change and sets its note, validated; nothing else changes', async () => {
    const partner = value(
      await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }),
    );
    await workbook.partners.update(partner.id, fields(partner, { tier: 'silver' }), []);
    const [silver] = await workbook.partnerChanges.changesOf(partner.id);
    if (!silver) throw new Error('fixture');
    const edited = value(
      await workbook.partnerChanges.setEffective(silver, {
        effectiveOn: '2026-01-01',
        note: ' Programme review ',
        to: 'platinum',
      }),
    );
    expect(edited).toMatchObject({
      to: 'silver',
      effectiveOn: '2026-01-01',
      note: 'Programme review',
    });
    expect(await workbook.partnerChanges.get(silver.id)).toEqual(edited);
    expect((await db.revisions.get(['partnerChanges', silver.id]))?.revs).toHaveLength(2);

    const bad = await workbook.partnerChanges.setEffective(silver, {
      effectiveOn: '2026-02-30',
    });
    expect(bad).toEqual({ ok: false, errors: { effectiveOn: 'Enter a date like 2025-06-30.' } });
    const gone = await workbook.partnerChanges.setEffective(
      { id: crypto.randomUUID(), partnerId: partner.id },
      { effectiveOn: '2026-01-01' },
    );
    expect(gone.ok).toBe(false);
  });
});
