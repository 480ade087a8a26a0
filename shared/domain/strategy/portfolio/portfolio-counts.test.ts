import { describe, expect, it } from 'vitest';
import { countByStage, countByTier, healthDistribution } from './portfolio-counts';

describe('portfolio counts', () => {
  it('count partners by stage, every stage listed in lifecycle order', () => {
    const counts = countByStage([{ stage: 'active' }, { stage: 'prospect' }, { stage: 'active' }]);
    expect(counts).toEqual([
      { key: 'prospect', count: 1 },
      { key: 'applicant', count: 0 },
      { key: 'onboarding', count: 0 },
      { key: 'active', count: 2 },
      { key: 'growing', count: 0 },
      { key: 'at-risk', count: 0 },
      { key: 'exited', count: 0 },
    ]);
  });

  it('count partners by tier from no tier up', () => {
    expect(countByTier([{ tier: 'gold' }, { tier: 'none' }, { tier: 'gold' }])).toEqual([
      { key: 'none', count: 1 },
      { key: 'registered', count: 0 },
      { key: 'silver', count: 0 },
      { key: 'gold', count: 2 },
      { key: 'platinum', count: 0 },
    ]);
  });

  it('put scores in bands at 80 and 50, and count the unscored', () => {
    expect(healthDistribution([80, 79, 50, 49, 0, 100, undefined])).toEqual([
      { key: 'green', count: 2 },
      { key: 'yellow', count: 2 },
      { key: 'red', count: 2 },
      { key: 'unscored', count: 1 },
    ]);
  });
});
