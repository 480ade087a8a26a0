import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePartnerbook } from '../partnerbook/decode';
import { encodePartnerbook } from '../partnerbook/encode';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import { applyResolutions, preferGreaterRevision } from './apply-resolutions';
import type { MergePlan, Resolution, Resolutions } from './merge-types';
import { edited, workbookHistories } from './merge-test-kit';
import { mergedSnapshot } from './merge-writes';
import { planMerge } from './plan-merge';
import {
  indexSide,
  PARTNER_NAMING_PEOPLE_TABLES,
  PARTNER_OWNED_STRATEGY_TABLES,
} from './record-index';
import { differingFields } from './record-fields';
import { withRevisions } from './snapshot-revisions';

// The tables whose records follow their partner's deletion (and its conflict).
const PARTNER_FOLLOWERS: ReadonlySet<string> = new Set([
  'contacts',
  'activities',
  ...PARTNER_OWNED_STRATEGY_TABLES,
  ...PARTNER_NAMING_PEOPLE_TABLES,
]);

// Quick: small workbooks, few runs; the gate may run on a busy machine.
const RUNS = { numRuns: 60 };
const TIMEOUT = 60_000;

function plan(mine: WorkbookSnapshot, theirs: WorkbookSnapshot): MergePlan {
  const planned = planMerge(mine, theirs);
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}

function merge(
  mine: WorkbookSnapshot,
  theirs: WorkbookSnapshot,
  answer: (plan: MergePlan) => Resolutions = preferGreaterRevision,
): { plan: MergePlan; merged: WorkbookSnapshot } {
  const planned = plan(mine, theirs);
  const result = applyResolutions(planned, answer(planned));
  if (!result.ok) throw new Error(result.message);
  return { plan: planned, merged: mergedSnapshot(mine, result.writes) };
}

function expectNothingToDo(planned: MergePlan): void {
  expect(planned.changes).toEqual([]);
  expect(planned.conflicts).toEqual([]);
  expect(planned.history).toEqual({
    addIterations: [],
    removeIterations: [],
    addStatusChanges: [],
    removeStatusChanges: [],
  });
}

const latest = (snapshot: WorkbookSnapshot) => {
  const { states } = indexSide(snapshot);
  return (key: string) => states.get(key);
};

describe('merging two copies of a workbook', () => {
  it(
    'is idempotent: merging the same file again changes nothing',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, mine, theirs }) => {
          const a = edited(base, mine, 1);
          const b = edited(base, theirs, 2);
          const { merged } = merge(b, a);
          expectNothingToDo(plan(merged, a));
          expectNothingToDo(plan(merged, b));
          expectNothingToDo(plan(merged, merged));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'stays merged whatever the answers, whole or field by field',
    () => {
      // Answers picked from a seed: a side for the record, or a side per differing field.
      const answers =
        (seed: number) =>
        (planned: MergePlan): Resolutions =>
          Object.fromEntries(
            planned.conflicts.map((conflict, index): [string, Resolution] => {
              const bits = (seed >>> (index % 16)) & 3;
              if (conflict.kind !== 'both-changed' || bits < 2) {
                return [conflict.key, bits % 2 === 0 ? 'mine' : 'theirs'];
              }
              const fields = conflict.fields.map((field, n): [string, 'mine' | 'theirs'] => [
                field.field,
                (seed >>> n) % 2 === 0 ? 'mine' : 'theirs',
              ]);
              return [conflict.key, { fields: Object.fromEntries(fields) }];
            }),
          );
      fc.assert(
        fc.property(workbookHistories, fc.nat(), ({ base, mine, theirs }, seed) => {
          const a = edited(base, mine, 1);
          const b = edited(base, theirs, 2);
          const { merged } = merge(a, b, answers(seed));
          expectNothingToDo(plan(merged, b));
          expectNothingToDo(plan(merged, a));
          // Their side, merging my result back, takes it without a question.
          expect(plan(b, merged).conflicts).toEqual([]);
          expect(merge(b, merged).merged.tables).toEqual(merged.tables);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'is commutative: A into B and B into A give the same workbook',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, mine, theirs }) => {
          const a = edited(base, mine, 1);
          const b = edited(base, theirs, 2);
          expect(merge(b, a).merged.tables).toEqual(merge(a, b).merged.tables);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'takes changes made on one side only, without a conflict',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, theirs }) => {
          const b = edited(base, theirs, 2);
          const { plan: planned, merged } = merge(base, b, () => ({}));
          expect(planned.conflicts).toEqual([]);
          expect(merged.tables).toEqual(withRevisions(b).tables);
          expectNothingToDo(plan(b, base));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'asks about every record changed on both sides, and about deleted-and-changed ones',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, mine, theirs }) => {
          const a = edited(base, mine, 1);
          const b = edited(base, theirs, 2);
          const planned = plan(a, b);
          const asked = new Set(planned.conflicts.map((conflict) => conflict.key));
          const [before, inA, inB] = [latest(base), latest(a), latest(b)];
          for (const [key, stateA] of indexSide(a).states) {
            const stateB = inB(key);
            const was = before(key)?.revs[0];
            if (!stateB || stateA.revs[0] === was || stateB.revs[0] === was) continue;
            if (stateA.state === 'deleted' && stateB.state === 'deleted') continue;
            if (stateA.state === 'live' && stateB.state === 'live') {
              const differ = differingFields(stateA.table, stateA.record, stateB.record).length > 0;
              if (differ) expect(asked, key).toContain(`${stateA.table}:${stateA.id}`);
              continue;
            }
            // Deleted on one side, changed on the other: asked about it or about its partner.
            const live = stateA.state === 'live' ? stateA : stateB;
            const owner =
              live.state === 'live' &&
              'partnerId' in live.record &&
              live.table !== 'positioningDrafts'
                ? `partners:${live.record.partnerId}`
                : undefined;
            const keys = [`${stateA.table}:${stateA.id}`, owner];
            expect(
              keys.some((item) => item !== undefined && asked.has(item)),
              key,
            ).toBe(true);
            expect(inA(key)).toBeDefined();
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps every iteration and status change of both sides',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, mine, theirs }) => {
          const a = edited(base, mine, 1);
          const b = edited(base, theirs, 2);
          const { merged } = merge(a, b);
          const ids = (s: WorkbookSnapshot) => s.tables.positioningIterations.map((i) => i.id);
          const changes = (s: WorkbookSnapshot) =>
            s.tables.positioningStatusChanges.map((c) => c.id);
          expect(new Set(ids(merged))).toEqual(new Set([...ids(a), ...ids(b)]));
          expect(new Set(changes(merged))).toEqual(new Set([...changes(a), ...changes(b)]));
          for (const draft of merged.tables.positioningDrafts) {
            const numbers = merged.tables.positioningIterations
              .filter((iteration) => iteration.draftId === draft.id)
              .map((iteration) => iteration.number);
            expect(draft.iterationCount).toBe(Math.max(0, ...numbers));
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'deletes what one side deleted and the other left alone',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, mine, theirs }) => {
          const a = edited(base, mine, 1);
          const b = edited(base, theirs, 2);
          const { plan: planned, merged } = merge(a, b);
          const [before, inA, inMerged] = [latest(base), latest(a), latest(merged)];
          const asked = new Set(planned.conflicts.map((conflict) => conflict.key));
          for (const [key, stateB] of indexSide(b).states) {
            const was = before(key);
            if (stateB.state !== 'deleted' || was?.state !== 'live') continue;
            if (inA(key)?.revs[0] !== was.revs[0]) continue;
            if (asked.has(`${stateB.table}:${stateB.id}`)) continue;
            if (PARTNER_FOLLOWERS.has(stateB.table)) {
              const record = was.record as { partnerId: string };
              if (asked.has(`partners:${record.partnerId}`)) continue;
            }
            expect(inMerged(key)?.state, key).toBe('deleted');
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'gives a valid workbook file',
    () => {
      fc.assert(
        fc.property(workbookHistories, ({ base, mine, theirs }) => {
          const { merged } = merge(edited(base, mine, 1), edited(base, theirs, 2));
          const decoded = decodePartnerbook(
            encodePartnerbook(merged, { exportedAt: '2040-06-01T00:00:00.000Z' }),
            'merged.partnerbook',
          );
          expect(decoded.ok ? [] : decoded.problems).toEqual([]);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
