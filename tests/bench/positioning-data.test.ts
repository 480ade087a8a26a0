import { describe, expect, it } from 'vitest';
import {
  positioningDraftSchema,
  positioningIterationSchema,
} from '../../shared/domain/positioning';
import { countWords, diffFields, diffSummary } from '../../shared/positioning/diff';
import { fieldToText } from '../../shared/positioning/field-text';
import type { PositioningSeedPlan } from '../../renderer/src/bench/bench-api';
import {
  generateSeededDraft,
  iterationCountOf,
  seededDraftCount,
  seededDraftId,
} from '../../renderer/src/bench/positioning-data';
import { generateDiffPair } from '../../renderer/src/bench/positioning-text';

const PLAN: PositioningSeedPlan = {
  seed: 42,
  iterations: 2_000,
  drafts: 20,
  timelineIterations: 200,
  partners: 4,
};
const PARTNERS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const partnerIds = [...PARTNERS, ...PARTNERS];

describe('the seeded positioning history', () => {
  it('holds exactly the planned iterations, the timeline draft first', () => {
    let total = 0;
    for (let index = 0; index < seededDraftCount(PLAN); index += 1) {
      const count = iterationCountOf(PLAN, index);
      expect(count).toBeGreaterThanOrEqual(1);
      total += count;
    }
    expect(total).toBe(PLAN.iterations);
    expect(iterationCountOf(PLAN, 0)).toBe(PLAN.timelineIterations);
  });

  it('gives the same draft for the same plan and index', () => {
    expect(generateSeededDraft(PLAN, 3, partnerIds)).toEqual(
      generateSeededDraft(PLAN, 3, partnerIds),
    );
    expect(generateSeededDraft(PLAN, 3, partnerIds).draft.id).toBe(seededDraftId(PLAN, 3));
  });

  it('stores records the app accepts, consistent with each other', () => {
    for (const index of [0, 1, 7, 20]) {
      const { draft, iterations, summaries, statusChanges } = generateSeededDraft(
        PLAN,
        index,
        partnerIds,
      );
      expect(positioningDraftSchema.safeParse(draft).success).toBe(true);
      expect(iterations).toHaveLength(iterationCountOf(PLAN, index));
      expect(draft.iterationCount).toBe(iterations.length);
      const head = iterations.at(-1);
      expect(draft.headIterationId).toBe(head?.id);
      expect(draft.fields).toEqual(head?.fields);
      iterations.forEach((iteration, at) => {
        expect(positioningIterationSchema.safeParse(iteration).success).toBe(true);
        expect(iteration.number).toBe(at + 1);
        expect(iteration.parentId).toBe(iterations[at - 1]?.id);
        const { fields, ...summary } = iteration;
        expect(summaries[at]).toEqual(summary);
      });
      // Each status change starts from the status the draft had, and the last is the draft's.
      let status = 'draft';
      for (const change of statusChanges) {
        expect(change.from).toBe(status);
        status = change.to;
      }
      expect(draft.status).toBe(status);
    }
  });

  it('gives the timeline draft three status changes among its iterations', () => {
    const { statusChanges } = generateSeededDraft(PLAN, 0, partnerIds);
    expect(statusChanges.map((change) => change.to)).toEqual(['in-review', 'draft', 'in-review']);
  });
});

describe('the diff pair', () => {
  it('has about the asked words on each side, with all fields but one changed', () => {
    const { before, after } = generateDiffPair(42, 5_000);
    const words = (fields: typeof before) =>
      fields.reduce((sum, field) => sum + countWords(fieldToText(field)), 0);
    expect(words(before)).toBeGreaterThanOrEqual(5_000);
    expect(words(before)).toBeLessThan(5_500);
    expect(words(after)).toBe(words(before));
    expect(diffSummary(diffFields(before, after)).changedFields).toBe(before.length - 1);
  });
});
