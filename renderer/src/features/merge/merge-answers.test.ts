import { describe, expect, it } from 'vitest';
import type { Conflict, MergeCounts } from '../../../../shared/files/merge/merge-types';
import { describeCounts, fieldSide, isAnswered, withField } from './merge-answers';

const conflict = {
  key: 'partners:1',
  fields: [
    { field: 'stage', label: 'Stage', mine: 'Active', theirs: 'Growing' },
    { field: 'owner', label: 'Owner', mine: 'Maya', theirs: 'Luis' },
  ],
} as unknown as Conflict;

const none = { added: 0, updated: 0, deleted: 0 };

describe('merge answers', () => {
  it('is answered by a whole side, or by a side for every field', () => {
    expect(isAnswered(conflict, undefined)).toBe(false);
    expect(isAnswered(conflict, 'theirs')).toBe(true);
    expect(isAnswered(conflict, { fields: { stage: 'theirs' } })).toBe(false);
    expect(isAnswered(conflict, { fields: { stage: 'theirs', owner: 'mine' } })).toBe(true);
  });

  it('turns a whole answer into per-field answers when one field changes', () => {
    expect(withField(conflict, 'mine', 'owner', 'theirs')).toEqual({
      fields: { stage: 'mine', owner: 'theirs' },
    });
    expect(fieldSide({ fields: { stage: 'theirs' } }, 'owner')).toBeUndefined();
  });

  it('says what the merge does besides its conflicts', () => {
    const counts: MergeCounts = {
      partners: { added: 2, updated: 1, deleted: 0 },
      contacts: { added: 0, updated: 0, deleted: 1 },
      activities: none,
      positioningDrafts: none,
      settings: none,
      companyGoals: none,
      partnerPlans: { added: 0, updated: 1, deleted: 0 },
      investments: none,
      metricEntries: none,
      customMetrics: none,
      templates: none,
      qbrs: none,
      partnerChanges: none,
      intelligenceEntries: none,
      feedback: none,
      decisions: none,
      stakeholders: none,
      asks: none,
      positioningIterations: { added: 1, updated: 0, deleted: 0 },
      positioningStatusChanges: none,
    };
    expect(describeCounts(counts)).toEqual([
      'adds 2, updates 1 partners',
      'deletes 1 contact',
      'updates 1 partner plan',
      'adds 1 iteration',
    ]);
  });
});
