import { describe, expect, it } from 'vitest';
import { decodePartnerbook } from '../partnerbook/decode';
import { FIXTURE_IDS, fixtureSnapshot } from '../partnerbook/decode-fixture';
import { encodePartnerbook } from '../partnerbook/encode';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import { applyResolutions } from './apply-resolutions';
import type { MergePlan, Resolutions } from './merge-types';
import { mergedSnapshot } from './merge-writes';
import { planMerge } from './plan-merge';
import { withRevisions } from './snapshot-revisions';

const ids = FIXTURE_IDS;
const T1 = '2026-02-01T00:00:00.000Z';
const NEW_STAKEHOLDER = '93000000-0000-4000-8000-000000000002';
const NEW_FEEDBACK = '91000000-0000-4000-8000-000000000002';

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

function only<T>(records: readonly T[]): T {
  const [record] = records;
  if (record === undefined) throw new Error('no record');
  return record;
}

// Deletes the fixture's partner as the app does: what belongs to it or names it goes, and the
// stakeholder who mattered for it keeps existing without it.
function deletePartner(s: WorkbookSnapshot): void {
  const t = s.tables;
  const gone = [
    ['partners', ids.partner],
    ['contacts', ids.contact],
    ['activities', ids.activity],
    ['partnerPlans', ids.plan],
    ['investments', ids.investment],
    ['metricEntries', ids.metricEntry],
    ['qbrs', ids.qbr],
    ['partnerChanges', ids.partnerChange],
    ['intelligenceEntries', ids.intelligenceEntry],
    ['feedback', ids.feedback],
    ['decisions', ids.decision],
    ['asks', ids.ask],
  ] as const;
  for (const [table, id] of gone) {
    const list = t[table] as { id: string }[];
    t[table] = list.filter((record) => record.id !== id) as never;
    t.tombstones.push({ id, table, deletedAt: T1 });
  }
  only(t.stakeholders).partnerIds = [];
  only(t.stakeholders).updatedAt = T1;
}

describe('merging the people tables', () => {
  it('takes a stakeholder added on their side and an ask changed only there', () => {
    const theirs = changed(base(), (s) => {
      s.tables.stakeholders.push({
        id: NEW_STAKEHOLDER,
        createdAt: T1,
        updatedAt: T1,
        name: 'Ada Berg',
        team: 'finance',
        influence: 'medium',
        stance: 'supporter',
        partnerIds: [],
      });
      Object.assign(only(s.tables.asks), { status: 'agreed', updatedAt: T1 });
    });
    const planned = plan(base(), theirs);
    expect(planned.conflicts).toEqual([]);
    expect(planned.counts).toMatchObject({ stakeholders: { added: 1 }, asks: { updated: 1 } });
    const result = merged(base(), theirs);
    expect(result.tables.stakeholders.map((person) => person.name).sort()).toEqual([
      'Ada Berg',
      'Jaan Tamm',
    ]);
    expect(only(result.tables.asks).status).toBe('agreed');
  });

  it('shows a stakeholder and an ask changed on both sides in words, and keeps the answers', () => {
    const mine = changed(base(), (s) => {
      Object.assign(only(s.tables.stakeholders), { stance: 'supporter', updatedAt: T1 });
      Object.assign(only(s.tables.asks), { status: 'agreed', updatedAt: T1 });
    });
    const theirs = changed(base(), (s) => {
      Object.assign(only(s.tables.stakeholders), { stance: 'blocker', influence: 'medium' });
      Object.assign(only(s.tables.asks), { status: 'declined', outcome: 'No budget' });
    });
    const conflicts = plan(mine, theirs).conflicts;
    expect(conflicts.map((c) => [c.what, c.label])).toEqual([
      ['Stakeholder', 'Jaan Tamm (Engineering)'],
      ['Ask', 'Two weeks of integration work (Jaan Tamm)'],
    ]);
    expect(conflicts[0]?.fields).toEqual([
      {
        field: 'influence',
        label: 'Influence',
        mine: 'High influence',
        theirs: 'Medium influence',
      },
      { field: 'stance', label: 'Stance', mine: 'Supporter', theirs: 'Blocker' },
    ]);
    expect(conflicts[1]?.fields).toContainEqual({
      field: 'status',
      label: 'Status',
      mine: 'Agreed',
      theirs: 'Declined',
    });
    const result = merged(mine, theirs, {
      [`stakeholders:${ids.stakeholder}`]: { fields: { stance: 'theirs' } },
      [`asks:${ids.ask}`]: 'theirs',
    });
    expect(only(result.tables.stakeholders)).toMatchObject({
      influence: 'high',
      stance: 'blocker',
    });
    expect(only(result.tables.asks)).toMatchObject({ status: 'declined', outcome: 'No budget' });
  });

  it('deletes a partner’s intelligence, feedback, decisions and asks with it, keeping its stakeholders', () => {
    const theirs = changed(base(), deletePartner);
    const planned = plan(base(), theirs);
    expect(planned.conflicts).toEqual([]);
    const result = merged(base(), theirs);
    for (const table of ['intelligenceEntries', 'feedback', 'decisions', 'asks'] as const) {
      expect(result.tables[table], table).toEqual([]);
    }
    expect(only(result.tables.stakeholders).partnerIds).toEqual([]);
    const decoded = decodePartnerbook(
      encodePartnerbook(result, { exportedAt: T1 }),
      'm.partnerbook',
    );
    expect(decoded.ok ? [] : decoded.problems).toEqual([]);
  });

  it('asks about a deleted partner when feedback about it was added on the other side', () => {
    const mine = changed(base(), (s) => {
      s.tables.feedback.push({
        ...only(s.tables.feedback),
        id: NEW_FEEDBACK,
        createdAt: T1,
        updatedAt: T1,
        words: 'The new portal saves us an hour a week.',
      });
    });
    const theirs = changed(base(), deletePartner);
    const [conflict] = plan(mine, theirs).conflicts;
    expect(conflict).toMatchObject({ kind: 'deleted-theirs', label: 'Baltic Data' });
    expect(conflict?.followers?.summary).toContain('1 intelligence entry, 2 feedback entries');
    const kept = merged(mine, theirs, { [`partners:${ids.partner}`]: 'mine' });
    expect(kept.tables.feedback.map((item) => item.id).sort()).toEqual([
      ids.feedback,
      NEW_FEEDBACK,
    ]);
    const deleted = merged(mine, theirs, { [`partners:${ids.partner}`]: 'theirs' });
    expect(deleted.tables.feedback).toEqual([]);
  });
});
