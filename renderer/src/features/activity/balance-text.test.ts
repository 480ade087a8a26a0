import { describe, expect, it } from 'vitest';
import { balanceOf, emptyCounts } from '../../../../shared/domain/people/balance';
import { DEFAULT_BALANCE_TARGET } from '../../../../shared/domain/people/balance-target';
import {
  directionSentence,
  isDrifting,
  partnerBalances,
  percentText,
  purposeSentence,
} from './balance-text';

const target = DEFAULT_BALANCE_TARGET; // 40% inbound, 50% development, ± 10 points

describe('the balance view’s figures', () => {
  it('say the shares and the signal in words', () => {
    // 1 inbound of 5 = 20%, under 40 − 10: drifting outbound. 3 development of 5 = 60%, the top
    // of 50 + 10: within.
    const balance = balanceOf({ inbound: 1, outbound: 4, development: 3, sales: 2 }, target);
    expect(percentText(balance.direction.inboundShare)).toBe('20%');
    expect(percentText(balance.direction.outboundShare)).toBe('80%');
    expect(directionSentence(balance, target)).toBe(
      'Drifting outbound: 20% inbound against a target of 40% ± 10 points.',
    );
    expect(purposeSentence(balance, target)).toBe(
      'Within target: 60% development against a target of 50% ± 10 points.',
    );
    expect(isDrifting(balance)).toBe(true);
  });

  it('round shares to whole percents and say when there was no activity', () => {
    // 2 of 6 inbound = 33⅓%: shown as 33%, within 40 ± 10; 3 of 6 development = 50%, within.
    const third = balanceOf({ inbound: 2, outbound: 4, development: 3, sales: 3 }, target);
    expect(percentText(third.direction.inboundShare)).toBe('33%');
    expect(isDrifting(third)).toBe(false);
    const none = balanceOf(emptyCounts(), target);
    expect(percentText(none.direction.inboundShare)).toBe('—');
    expect(directionSentence(none, target)).toBe('No activity in this period.');
    expect(purposeSentence(none, target)).toBe('No activity in this period.');
    expect(isDrifting(none)).toBe(false);
  });

  it('list partners busiest first', () => {
    const rows = partnerBalances(
      new Map([
        ['b', { inbound: 1, outbound: 0, development: 1, sales: 0 }],
        ['a', { inbound: 1, outbound: 0, development: 0, sales: 1 }],
        ['c', { inbound: 2, outbound: 3, development: 4, sales: 1 }],
      ]),
      target,
    );
    expect(rows.map((row) => [row.partnerId, row.balance.total])).toEqual([
      ['c', 5],
      ['a', 1],
      ['b', 1],
    ]);
    expect(rows[1]?.balance.direction.drift).toBe('drifting-inbound');
  });
});
