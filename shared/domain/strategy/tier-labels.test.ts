import { describe, expect, it } from 'vitest';
import { tierLabels, tierLabelsKey } from './tier-labels';
import type { TierDefinition } from './tier';

const tier = (slot: TierDefinition['slot'], name: string, rank: number): TierDefinition => ({
  slot,
  name,
  rank,
  requirements: [],
  benefits: [],
});

describe('tierLabels', () => {
  it('reads the standard labels when the programme is empty', () => {
    expect(tierLabels([])).toEqual({
      none: 'No tier',
      registered: 'Registered',
      silver: 'Silver',
      gold: 'Gold',
      platinum: 'Platinum',
    });
  });

  it('uses the programme name for the slots it names and the standard label elsewhere', () => {
    const labels = tierLabels([tier('gold', 'Premier', 3), tier('registered', 'Member', 1)]);
    expect(labels).toEqual({
      none: 'No tier',
      registered: 'Member',
      silver: 'Silver',
      gold: 'Premier',
      platinum: 'Platinum',
    });
  });

  it('keeps the standard label for a name that is only spaces', () => {
    expect(tierLabels([tier('silver', '   ', 2)]).silver).toBe('Silver');
  });

  it('gives equal keys for equal labels and different keys when a name changes', () => {
    const a = tierLabels([tier('gold', 'Premier', 3)]);
    const b = tierLabels([tier('gold', 'Premier', 3)]);
    const c = tierLabels([tier('gold', 'Elite', 3)]);
    expect(tierLabelsKey(a)).toBe(tierLabelsKey(b));
    expect(tierLabelsKey(a)).not.toBe(tierLabelsKey(c));
  });
});
