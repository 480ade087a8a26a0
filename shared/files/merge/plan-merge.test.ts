import { describe, expect, it } from 'vitest';
import type { Partner } from '../../domain/partner';
import { revisionCounter } from '../../domain/revision';
import { FIXTURE_IDS, fixtureSnapshot } from '../partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import { applyResolutions, preferSide } from './apply-resolutions';
import type { MergePlan, Resolutions } from './merge-types';
import { mergedSnapshot } from './merge-writes';
import { planMerge } from './plan-merge';
import { withRevisions } from './snapshot-revisions';

const ids = FIXTURE_IDS;
const T1 = '2026-02-01T00:00:00.000Z';
const T2 = '2026-02-02T00:00:00.000Z';
const NEW_CONTACT = '20000000-0000-4000-8000-000000000002';
const ITERATION_2A = '40000000-0000-4000-8000-00000000002a';
const ITERATION_2B = '40000000-0000-4000-8000-00000000002b';

// The fixture as a copy of one workbook file: revisions derived from its records.
const base = (): WorkbookSnapshot => withRevisions(fixtureSnapshot());

// A copy changed by `edit`, with revisions logged for what changed (as the repositories do).
function changed(from: WorkbookSnapshot, edit: (s: WorkbookSnapshot) => void): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(from)) as WorkbookSnapshot;
  edit(copy);
  return withRevisions(copy);
}

const partner = (s: WorkbookSnapshot, id: string = ids.partner): Partner => {
  const found = s.tables.partners.find((item) => item.id === id);
  if (!found) throw new Error(`no partner ${id}`);
  return found;
};

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

const deletePartner = (s: WorkbookSnapshot): void => {
  s.tables.partners = s.tables.partners.filter((item) => item.id !== ids.partner);
  s.tables.contacts = [];
  s.tables.activities = [];
  s.tables.partnerPlans = [];
  s.tables.investments = [];
  s.tables.metricEntries = [];
  s.tables.tombstones.push(
    { id: ids.partner, table: 'partners', deletedAt: T1 },
    { id: ids.contact, table: 'contacts', deletedAt: T1 },
    { id: ids.activity, table: 'activities', deletedAt: T1 },
    { id: ids.plan, table: 'partnerPlans', deletedAt: T1 },
    { id: ids.investment, table: 'investments', deletedAt: T1 },
    { id: ids.metricEntry, table: 'metricEntries', deletedAt: T1 },
  );
};

describe('planMerge', () => {
  it('refuses a file of another workbook unless asked', () => {
    const other = { ...base(), workbook: { ...base().workbook, id: ids.partner, name: 'APAC' } };
    expect(planMerge(base(), other)).toEqual({
      ok: false,
      reason: 'different-workbook',
      message:
        '“APAC” is a different workbook from “EMEA resellers” (it was not copied from it), so none of its records can match. Open it as a workbook of its own, or import its partners, instead.',
    });
    expect(planMerge(base(), other, { allowDifferentWorkbook: true }).ok).toBe(true);
  });

  it('finds nothing to do between two copies of one file, with or without revisions', () => {
    const planned = plan(base(), fixtureSnapshot());
    expect([planned.changes, planned.conflicts]).toEqual([[], []]);
  });

  it('takes a record changed on their side only', () => {
    const theirs = changed(base(), (s) => {
      Object.assign(partner(s), { tier: 'platinum', updatedAt: T1 });
    });
    const planned = plan(base(), theirs);
    expect(planned.conflicts).toEqual([]);
    expect(
      planned.changes.map(({ table, id, action, from }) => ({ table, id, action, from })),
    ).toEqual([{ table: 'partners', id: ids.partner, action: 'update', from: 'theirs' }]);
    expect(planned.counts.partners).toEqual({ added: 0, updated: 1, deleted: 0 });
    expect(partner(merged(base(), theirs)).tier).toBe('platinum');
    // And keeps mine when only mine changed.
    expect(plan(theirs, base()).changes).toEqual([]);
  });

  it('asks about a record changed on both sides, field by field, as display text', () => {
    const mine = changed(base(), (s) => {
      Object.assign(partner(s), { stage: 'at-risk', notes: 'Mine', updatedAt: T1 });
    });
    const theirs = changed(base(), (s) => {
      Object.assign(partner(s), { stage: 'growing', tier: 'platinum', updatedAt: T2 });
    });
    const [conflict, ...rest] = plan(mine, theirs).conflicts;
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({
      key: `partners:${ids.partner}`,
      kind: 'both-changed',
      what: 'Partner',
      label: 'Baltic Data',
      fields: [
        { field: 'stage', label: 'Stage', mine: 'At risk', theirs: 'Growing' },
        { field: 'tier', label: 'Tier', mine: 'Gold', theirs: 'Platinum' },
        { field: 'notes', label: 'Notes', mine: 'Mine', theirs: '' },
      ],
    });
    const answers = {
      [`partners:${ids.partner}`]: { fields: { stage: 'theirs', tier: 'theirs' } },
    };
    const result = merged(mine, theirs, answers as Resolutions);
    expect(partner(result)).toMatchObject({
      stage: 'growing',
      tier: 'platinum',
      notes: 'Mine',
      updatedAt: T2,
    });
    // The answer is remembered: merging either file again asks nothing.
    expect(plan(result, theirs).conflicts).toEqual([]);
    expect(plan(result, theirs).changes).toEqual([]);
    expect(plan(result, mine).changes).toEqual([]);
  });

  it('does not ask when both sides made the same change at different times', () => {
    const mine = changed(base(), (s) =>
      Object.assign(partner(s), { tier: 'silver', updatedAt: T1 }),
    );
    const theirs = changed(base(), (s) =>
      Object.assign(partner(s), { tier: 'silver', updatedAt: T2 }),
    );
    const planned = plan(mine, theirs);
    expect(planned.conflicts).toEqual([]);
    expect(planned.changes).toMatchObject([{ action: 'update', from: 'both' }]);
    expect(partner(merged(mine, theirs)).updatedAt).toBe(T2);
  });

  it('deletes a partner and all that belongs to it when the other side left them alone', () => {
    const theirs = changed(base(), deletePartner);
    const planned = plan(base(), theirs);
    expect(planned.conflicts).toEqual([]);
    expect(planned.counts).toMatchObject({
      partners: { deleted: 1 },
      contacts: { deleted: 1 },
      activities: { deleted: 1 },
      partnerPlans: { deleted: 1 },
      investments: { deleted: 1 },
      metricEntries: { deleted: 1 },
    });
    const result = merged(base(), theirs);
    expect(result.tables.partners.map((p) => p.id)).toEqual([ids.otherPartner]);
    expect(result.tables.tombstones.map((t) => t.id).sort()).toEqual(
      [
        ids.contact,
        ids.partner,
        ids.activity,
        ids.plan,
        ids.investment,
        ids.metricEntry,
        ids.deleted,
      ].sort(),
    );
  });

  it('asks when one side deleted a partner and the other added a contact to it', () => {
    const mine = changed(base(), (s) => {
      s.tables.contacts.push({
        id: NEW_CONTACT,
        name: 'Mart Kask',
        createdAt: T2,
        updatedAt: T2,
        partnerId: ids.partner,
      });
      Object.assign(partner(s), { updatedAt: T2 });
    });
    const theirs = changed(base(), deletePartner);
    const [conflict] = plan(mine, theirs).conflicts;
    expect(conflict).toMatchObject({
      kind: 'deleted-theirs',
      label: 'Baltic Data',
      followers: {
        summary:
          '2 contacts, 1 activity, 1 partner plan, 1 investment, 1 metric entry, 1 QBR, 1 stage or tier change, 1 intelligence entry, 1 feedback entry, 1 decision and 1 ask',
      },
    });
    expect(conflict?.fields[0]).toEqual({
      field: 'name',
      label: 'Name',
      mine: 'Baltic Data',
      theirs: null,
    });
    const key = `partners:${ids.partner}`;
    const kept = merged(mine, theirs, { [key]: 'mine' });
    expect(kept.tables.contacts.map((c) => c.id).sort()).toEqual([ids.contact, NEW_CONTACT]);
    expect(kept.tables.activities).toHaveLength(1);
    expect(kept.tables.partnerPlans.map((p) => p.id)).toEqual([ids.plan]);
    expect(kept.tables.metricEntries).toHaveLength(1);
    expect(kept.tables.tombstones.map((t) => t.id)).toEqual([ids.deleted]);
    expect(plan(kept, theirs).changes).toEqual([]);
    const gone = merged(mine, theirs, { [key]: 'theirs' });
    expect(gone.tables.partners.map((p) => p.id)).toEqual([ids.otherPartner]);
    expect([gone.tables.contacts, gone.tables.activities]).toEqual([[], []]);
    expect([gone.tables.partnerPlans, gone.tables.investments]).toEqual([[], []]);
    expect(plan(gone, theirs).changes).toEqual([]);
    expect(plan(gone, mine).changes).toEqual([]);
  });

  it('keeps both sides’ iteration 2 of a draft, the later one as head', () => {
    const commit = (id: string, at: string) => (s: WorkbookSnapshot) => {
      const [first] = s.tables.positioningIterations;
      const [draft] = s.tables.positioningDrafts;
      if (!first || !draft) throw new Error('fixture');
      s.tables.positioningIterations.push({
        ...first,
        id,
        number: 2,
        parentId: first.id,
        committedAt: at,
      });
      Object.assign(draft, { headIterationId: id, iterationCount: 2, updatedAt: at });
    };
    const mine = changed(base(), commit(ITERATION_2A, T2));
    const theirs = changed(base(), commit(ITERATION_2B, T1));
    const planned = plan(mine, theirs);
    expect(planned.conflicts).toEqual([]);
    expect(planned.history.addIterations.map((i) => i.id)).toEqual([ITERATION_2B]);
    const result = merged(mine, theirs);
    expect(result.tables.positioningIterations.map((i) => [i.number, i.id])).toEqual([
      [1, ids.iteration],
      [2, ITERATION_2A],
      [2, ITERATION_2B],
    ]);
    expect(result.tables.positioningDrafts[0]).toMatchObject({
      headIterationId: ITERATION_2A,
      iterationCount: 2,
    });
    expect(merged(theirs, mine).tables).toEqual(result.tables);
  });

  it('carries a setting’s deletion, which has no tombstone', () => {
    const theirs = changed(base(), (s) => {
      s.tables.settings = [];
    });
    expect(merged(base(), theirs).tables.settings).toEqual([]);
    const history = theirs.tables.revisions.find((entry) => entry.table === 'settings');
    expect(history?.revs.map(revisionCounter)).toEqual([2, 1]);
  });
});

describe('applyResolutions', () => {
  it('writes nothing until every conflict has an answer', () => {
    const mine = changed(base(), (s) => Object.assign(partner(s), { tier: 'silver' }));
    const theirs = changed(base(), (s) => Object.assign(partner(s), { tier: 'platinum' }));
    const planned = plan(mine, theirs);
    const result = applyResolutions(planned, {});
    expect(result).toMatchObject({
      ok: false,
      message: '1 conflict needs an answer (mine or theirs) before the merge can be written.',
    });
    const preferred = applyResolutions(planned, preferSide(planned, 'theirs'));
    expect(preferred.ok && preferred.resolved.map((r) => r.outcome)).toEqual(['took theirs']);
  });
});
