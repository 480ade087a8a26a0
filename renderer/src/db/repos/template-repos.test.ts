import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../../shared/domain/templates/library';
import {
  qbrFromTemplate,
  templateFromQbr,
} from '../../../../shared/domain/templates/qbr-from-template';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { readSnapshot } from './snapshot-read';

let workbook: Workbook;
let dbName: string;
let partnerId: string;

beforeEach(async () => {
  dbName = `templates-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  const created = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' });
  if (!created.ok) throw new Error('fixture');
  partnerId = created.value.id;
});

const extra: WorkbookDatabase[] = [];
async function openDatabase(): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  extra.push(db);
  return db;
}

afterEach(async () => {
  for (const db of extra.splice(0)) db.close();
  workbook.close();
  await Dexie.delete(dbName);
});

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const agenda = {
  kind: 'qbr-agenda',
  name: 'Short QBR',
  body: { items: [{ title: 'Pipeline', minutes: 20 }] },
};

describe('the template repository', () => {
  it('creates, lists by kind and name, renames and deletes templates, with a tombstone', async () => {
    const { templates } = workbook;
    const b = value(await templates.create({ ...agenda, name: 'b review' }));
    const a = value(await templates.create({ ...agenda, name: ' A review ', description: '' }));
    expect(a).toMatchObject({ name: 'A review', description: undefined });
    expect((await templates.ofKind('qbr-agenda')).map((t) => t.name)).toEqual([
      'A review',
      'b review',
    ]);
    expect(await templates.ofKind('scorecard')).toEqual([]);

    const renamed = value(await templates.rename(b.id, 'Board review', 'For exec sponsors'));
    expect(renamed).toMatchObject({
      name: 'Board review',
      description: 'For exec sponsors',
      body: b.body,
    });
    expect(await templates.update(b.id, { ...renamed, kind: 'scorecard' })).toMatchObject({
      ok: false,
    });

    const removed = await templates.remove(a.id);
    expect(removed?.id).toBe(a.id);
    const snapshot = await readSnapshot(await openDatabase());
    expect(snapshot.tables.tombstones).toContainEqual(
      expect.objectContaining({ id: a.id, table: 'templates' }),
    );
    expect(snapshot.tables.revisions.filter((entry) => entry.table === 'templates')).toHaveLength(
      2,
    );
  });

  it('refuses a scorecard whose weights do not add up to 100, saying so', async () => {
    const result = await workbook.templates.create({
      kind: 'scorecard',
      name: 'Lopsided',
      body: { rows: [{ metric: 'deals-won', target: 5, weight: 60 }] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors['body.rows']).toBe('The weights add up to 60; make them 100.');
    }
  });
});

describe('the QBR repository', () => {
  it('starts a QBR from the built-in agenda, lists a partner’s QBRs latest first, and saves its agenda as a template', async () => {
    const template = builtInTemplate('built-in:quarterly-business-review');
    if (template?.kind !== 'qbr-agenda') throw new Error('fixture');
    const { qbrs, templates } = workbook;
    const q1 = value(
      await qbrs.create(qbrFromTemplate(template, { partnerId, date: '2026-03-31', title: 'Q1' })),
    );
    const q2 = value(
      await qbrs.create(qbrFromTemplate(template, { partnerId, date: '2026-06-30', title: 'Q2' })),
    );
    expect(q1.agenda).toHaveLength(8);
    expect((await qbrs.qbrsOf(partnerId)).map((q) => q.title)).toEqual(['Q2', 'Q1']);

    const edited = value(
      await qbrs.update(q2.id, {
        ...q2,
        agenda: [{ title: 'Renewals', minutes: 25, owner: 'Liis', notes: 'Only this meeting' }],
      }),
    );
    const mine = value(await templates.create(templateFromQbr(edited, 'Renewals QBR')));
    expect(mine).toMatchObject({
      body: { items: [{ title: 'Renewals', minutes: 25, owner: 'Liis' }] },
    });
    expect(mine.kind === 'qbr-agenda' && mine.body.items[0]?.notes).toBeUndefined();
  });

  it('refuses a QBR for a missing partner and a move to another partner', async () => {
    const input = { partnerId: crypto.randomUUID(), date: '2026-03-31', title: 'Q1' };
    expect(await workbook.qbrs.create(input)).toMatchObject({ ok: false });
    const qbr = value(await workbook.qbrs.create({ ...input, partnerId }));
    const other = value(await workbook.partners.create({ name: 'Other', stage: 'active' }));
    expect(await workbook.qbrs.update(qbr.id, { ...qbr, partnerId: other.id })).toEqual({
      ok: false,
      errors: { _: 'A QBR cannot move to another partner.' },
    });
  });

  it('goes with its partner when the partner is deleted, and comes back on undo', async () => {
    const qbr = value(await workbook.qbrs.create({ partnerId, date: '2026-03-31', title: 'Q1' }));
    const deleted = await workbook.partners.remove(partnerId);
    expect(deleted?.qbrs.map((q) => q.id)).toEqual([qbr.id]);
    expect(await workbook.qbrs.get(qbr.id)).toBeUndefined();
    const db = await openDatabase();
    const graves = await db.tombstones.where('table').equals('qbrs').toArray();
    expect(graves.map((grave) => grave.id)).toEqual([qbr.id]);
    if (!deleted) throw new Error('fixture');
    await workbook.partners.restore(deleted);
    expect(await workbook.qbrs.get(qbr.id)).toEqual(qbr);
    expect(await db.tombstones.where('table').equals('qbrs').count()).toBe(0);
  });
});
