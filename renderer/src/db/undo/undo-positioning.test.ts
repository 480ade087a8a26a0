import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../database';
import type { UndoOutcome } from '../repos/undo-repo';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let db: WorkbookDatabase;
let dbName: string;
let partnerId: string;

beforeEach(async () => {
  dbName = `undo-positioning-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  db = new WorkbookDatabase(dbName);
  await db.open();
  partnerId = value(await workbook.partners.create({ name: 'Baltic Data', stage: 'active' })).id;
  workbook.undo.clear();
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

const said = (outcome: UndoOutcome) => (outcome.ok ? outcome : outcome.message);

describe('undo of history-keeping changes', () => {
  it('keeps a saved iteration and its status changes, putting the working copy back', async () => {
    const draft = value(
      await workbook.positioning.createDraft(
        { partnerId, title: 'Sales pitch', audience: 'partner-sales' },
        { kind: 'template', template: 'message-house' },
      ),
    );
    value(await workbook.positioning.saveWorkingCopy(draft.id, { title: 'Pitch v1' }));
    value(await workbook.positioning.commit(draft.id, { rationale: 'First cut' }));
    expect((await workbook.positioning.setStatus(draft.id, 'in-review', {})).ok).toBe(true);

    expect(said(await workbook.undo.undo())).toEqual({
      ok: true,
      label: 'Mark draft in-review',
      note: 'Saved iterations and status changes stay in the draft’s history.',
    });
    expect((await workbook.positioning.getDraft(draft.id))?.status).toBe('draft');
    const statuses = await db.positioningStatusChanges.where('draftId').equals(draft.id).toArray();
    expect(statuses.map(({ from, to, note }) => [from, to, note])).toEqual(
      expect.arrayContaining([
        ['draft', 'in-review', undefined],
        ['in-review', 'draft', 'Undone.'],
      ]),
    );

    expect(said(await workbook.undo.undo())).toEqual({
      ok: true,
      label: 'Save iteration',
      note: 'Saved iterations and status changes stay in the draft’s history.',
    });
    expect(await db.positioningIterations.where('draftId').equals(draft.id).count()).toBe(1);
    expect((await workbook.positioning.getDraft(draft.id))?.iterationCount).toBe(1);

    expect(said(await workbook.undo.undo())).toEqual({
      ok: true,
      label: 'Edit draft “Sales pitch”',
    });
    const back = await workbook.positioning.getDraft(draft.id);
    expect([back?.title, back?.iterationCount]).toEqual(['Sales pitch', 1]);
    // A draft with saved iterations is never deleted by an undo.
    expect(said(await workbook.undo.undo())).toBe(
      '“Add draft” can’t be undone: the draft has saved iterations, which are kept for ever. Nothing was changed. It was taken off the undo history.',
    );
    expect(await workbook.positioning.getDraft(draft.id)).toBeDefined();
  });

  it('records a stage change back, leaving the change it undoes in the partner’s history', async () => {
    const partner = await workbook.partners.get(partnerId);
    if (!partner) throw new Error('fixture');
    value(await workbook.partners.update(partnerId, { ...partner, stage: 'at-risk' }, []));
    expect(said(await workbook.undo.undo())).toEqual({
      ok: true,
      label: 'Edit partner “Baltic Data”',
    });
    expect((await workbook.partners.get(partnerId))?.stage).toBe('active');
    const stages = (await workbook.partnerChanges.changesOf(partnerId))
      .filter((change) => change.field === 'stage')
      .map(({ from, to }) => `${from ?? '–'}→${to}`);
    expect(stages.sort()).toEqual(['at-risk→active', 'active→at-risk', '–→active'].sort());
    expect(said(await workbook.undo.redo())).toEqual({
      ok: true,
      label: 'Edit partner “Baltic Data”',
    });
    expect((await workbook.partners.get(partnerId))?.stage).toBe('at-risk');
  });

  it('undoes and redoes more than 100 changes, one at a time in reverse order', async () => {
    const count = 110;
    const period = { start: '2026-01-01', end: '2026-12-31' };
    const unit = { kind: 'count' };
    for (let n = 0; n < count; n += 1) {
      value(
        await workbook.companyGoals.create({
          title: `Goal ${n}`,
          measure: 'x',
          target: 1,
          unit,
          period,
        }),
      );
    }
    expect(workbook.undo.state().depth).toBe(count);
    for (let n = count - 1; n >= 0; n -= 1) {
      expect(said(await workbook.undo.undo())).toEqual({ ok: true, label: `Add goal “Goal ${n}”` });
    }
    expect(await db.companyGoals.count()).toBe(0);
    for (let n = 0; n < count; n += 1) await workbook.undo.redo();
    expect(await db.companyGoals.count()).toBe(count);
  }, 30_000);
});
