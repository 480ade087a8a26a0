import { describe, expect, it } from 'vitest';
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
});
