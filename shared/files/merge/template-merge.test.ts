import { describe, expect, it } from 'vitest';
import type { Qbr } from '../../domain/templates/qbr';
import { FIXTURE_IDS, fixtureSnapshot } from '../partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import { applyResolutions } from './apply-resolutions';
import type { MergePlan, Resolutions } from './merge-types';
import { mergedSnapshot } from './merge-writes';
import { planMerge } from './plan-merge';
import { withRevisions } from './snapshot-revisions';

const ids = FIXTURE_IDS;
const T1 = '2026-02-01T00:00:00.000Z';
const NEW_TEMPLATE = '86000000-0000-4000-8000-000000000002';

const base = (): WorkbookSnapshot => withRevisions(fixtureSnapshot());

function changed(from: WorkbookSnapshot, edit: (s: WorkbookSnapshot) => void): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(from)) as WorkbookSnapshot;
  edit(copy);
  return withRevisions(copy);
}

function plan(mine: WorkbookSnapshot, theirs: WorkbookSnapshot): MergePlan {
  const planned = planMerge(mine, theirs);
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}

function merged(mine: WorkbookSnapshot, theirs: WorkbookSnapshot, answers: Resolutions = {}) {
  const result = applyResolutions(plan(mine, theirs), answers);
  if (!result.ok) throw new Error(result.message);
  return mergedSnapshot(mine, result.writes);
}

const qbr = (s: WorkbookSnapshot): Qbr => {
  const found = s.tables.qbrs[0];
  if (!found) throw new Error('no QBR');
  return found;
};

describe('merging templates and QBRs', () => {
  it('takes a template added on their side and a QBR changed only there', () => {
    const theirs = changed(base(), (s) => {
      s.tables.templates.push({
        id: NEW_TEMPLATE,
        createdAt: T1,
        updatedAt: T1,
        kind: 'qbr-agenda',
        name: 'Board review',
        body: { items: [{ title: 'Renewals', minutes: 30 }] },
      });
      qbr(s).status = 'held';
      qbr(s).updatedAt = T1;
    });
    const planned = plan(base(), theirs);
    expect(planned.conflicts).toEqual([]);
    expect(planned.counts).toMatchObject({ templates: { added: 1 }, qbrs: { updated: 1 } });
    const result = merged(base(), theirs);
    expect(result.tables.templates.map((t) => t.name).sort()).toEqual([
      'Board review',
      'Short QBR',
    ]);
    expect(qbr(result).status).toBe('held');
  });

  it('shows a QBR changed on both sides field by field, in words, and keeps the answer', () => {
    const mine = changed(base(), (s) => {
      qbr(s).agenda = [{ title: 'Pipeline', minutes: 30 }];
      qbr(s).updatedAt = T1;
    });
    const theirs = changed(base(), (s) => {
      qbr(s).agenda = [{ title: 'Enablement', minutes: 15 }];
      qbr(s).status = 'held';
      qbr(s).updatedAt = T1;
    });
    const [conflict] = plan(mine, theirs).conflicts;
    expect(conflict).toMatchObject({ what: 'QBR', label: 'Q1 review on 2026-03-31 (Baltic Data)' });
    expect(conflict?.fields).toContainEqual({
      field: 'agenda',
      label: 'Agenda',
      mine: 'Pipeline (30 min)',
      theirs: 'Enablement (15 min)',
    });
    const key = `qbrs:${ids.qbr}`;
    const result = merged(mine, theirs, {
      [key]: { fields: { agenda: 'mine', status: 'theirs' } },
    });
    expect(qbr(result)).toMatchObject({
      agenda: [{ title: 'Pipeline', minutes: 30 }],
      status: 'held',
    });
  });

  it('deletes a template deleted on their side and left alone on mine', () => {
    const theirs = changed(base(), (s) => {
      s.tables.templates = [];
      s.tables.tombstones.push({ id: ids.template, table: 'templates', deletedAt: T1 });
    });
    const result = merged(base(), theirs);
    expect(result.tables.templates).toEqual([]);
    expect(result.tables.tombstones.map((t) => t.id)).toContain(ids.template);
  });
});
