import { describe, expect, it } from 'vitest';
import { asksToFollowUp, isStalled } from './ask';

describe('isStalled', () => {
  it('stalls an ask still at "asked" more than 21 days after it was made', () => {
    const ask = { status: 'asked' as const, askedAt: '2025-03-01' };
    expect(isStalled(ask, '2025-03-22')).toBe(false); // 21 days
    expect(isStalled(ask, '2025-03-23')).toBe(true); // 22 days
  });

  it('counts across the end of February', () => {
    // 20 Feb 2025 + 8 days = 28 Feb, + 13 = 13 March: 21 days.
    const ask = { status: 'asked' as const, askedAt: '2025-02-20' };
    expect(isStalled(ask, '2025-03-13')).toBe(false);
    expect(isStalled(ask, '2025-03-14')).toBe(true);
  });

  it('never stalls an ask in another status, and takes another threshold', () => {
    for (const status of ['planned', 'agreed', 'declined', 'done'] as const) {
      expect(isStalled({ status, askedAt: '2024-01-01' }, '2025-03-23')).toBe(false);
    }
    expect(isStalled({ status: 'asked', askedAt: '2025-03-01' }, '2025-03-09', 7)).toBe(true);
    expect(isStalled({ status: 'asked', askedAt: '2025-03-01' }, '2025-03-08', 7)).toBe(false);
  });
});

describe('asksToFollowUp', () => {
  it('finds the stalled asks, longest waiting first, then the declined', () => {
    const asks = [
      { id: 'a1', status: 'asked' as const, askedAt: '2025-03-01' }, // 30 days: stalled
      { id: 'a2', status: 'declined' as const, askedAt: '2025-03-25' },
      { id: 'a3', status: 'asked' as const, askedAt: '2025-03-10' }, // 21 days: not yet
      { id: 'a4', status: 'asked' as const, askedAt: '2025-02-01' }, // 58 days: stalled
      { id: 'a5', status: 'agreed' as const, askedAt: '2025-01-01' },
      { id: 'a6', status: 'declined' as const },
      { id: 'a7', status: 'planned' as const },
    ];
    // Today 31 March 2025: from 1 Feb, 27 days to 28 Feb + 31 = 58; from 1 March, 30.
    expect(
      asksToFollowUp(asks, '2025-03-31').map((f) => [f.ask.id, f.flag, f.daysWaiting]),
    ).toEqual([
      ['a4', 'stalled', 58],
      ['a1', 'stalled', 30],
      ['a2', 'declined', undefined],
      ['a6', 'declined', undefined],
    ]);
  });
});
