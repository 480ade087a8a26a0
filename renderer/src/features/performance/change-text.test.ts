import { describe, expect, it } from 'vitest';
import { tierLabels } from '../../../../shared/domain/strategy/tier-labels';
import { changeText } from './change-text';

describe('changeText', () => {
  it('says what changed, with labels, and only the value for a first record', () => {
    expect(changeText({ field: 'stage', from: 'onboarding', to: 'active' })).toBe(
      'Stage: Onboarding → Active',
    );
    expect(changeText({ field: 'tier', from: null, to: 'none' })).toBe('Tier: No tier');
    expect(changeText({ field: 'tier', from: 'none', to: 'silver' })).toBe(
      'Tier: No tier → Silver',
    );
  });

  it('reads tiers with the programme’s names, and slots it does not name with the standard ones', () => {
    const labels = tierLabels([
      { slot: 'gold', name: 'Premier', rank: 3, requirements: [], benefits: [] },
    ]);
    expect(changeText({ field: 'tier', from: 'silver', to: 'gold' }, labels)).toBe(
      'Tier: Silver → Premier',
    );
    expect(changeText({ field: 'stage', from: 'active', to: 'growing' }, labels)).toBe(
      'Stage: Active → Growing',
    );
  });
});
