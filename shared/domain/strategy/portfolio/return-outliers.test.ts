import { describe, expect, it } from 'vitest';
import { returnOutliers } from './return-outliers';

const sample = (partnerId: string, investedMinor: number, revenueMinor: number) => ({
  partnerId,
  investedMinor,
  revenueMinor,
});

describe('return outliers', () => {
  it('flag returns beyond 1.5 interquartile ranges of the log return', () => {
    // Returns of about 1×, 2×, 3×, 4× and 5×, one of 500× and one of nothing.
    const outliers = returnOutliers([
      sample('a', 100_00, 100_00),
      sample('b', 100_00, 200_00),
      sample('c', 100_00, 300_00),
      sample('d', 100_00, 400_00),
      sample('e', 100_00, 500_00),
      sample('star', 100_00, 50_000_00),
      sample('sink', 100_00, 0),
    ]);
    expect(Object.fromEntries(outliers)).toEqual({ star: 'high', sink: 'low' });
  });

  it('leave out partners with nothing invested, and flag none among fewer than four', () => {
    const few = [sample('a', 100, 100), sample('b', 100, 200), sample('c', 100, 1_000_000)];
    expect(returnOutliers(few).size).toBe(0);
    expect(returnOutliers([...few, sample('free', 0, 1_000_000_000)]).size).toBe(0);
  });
});
