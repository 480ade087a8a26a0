import { describe, expect, it } from 'vitest';
import { noFigure, figure } from '../../../../shared/domain/strategy/figure';
import { oneUnitText, parseMetricValue, signedPercentText } from './figure-text';
import { formWideError } from './metric-definitions';
import { perHourSentence, perMoneySentence } from './ReturnCard';
import { closeRateText } from './RevenueCard';
import { requirementText } from './TierCard';

describe('the sentences the performance view shows', () => {
  it('states the return plainly, per unit of money and per hour', () => {
    const revenue = {
      revenueMinor: 420_000,
      perMoneyInvested: figure(4.2),
      perHour: figure(35_000),
    };
    expect(perMoneySentence(revenue, 'sourced', 'EUR')).toBe(
      '€4.20 sourced revenue per €1 invested',
    );
    expect(perHourSentence(revenue, 'sourced', 'EUR')).toBe(
      '€350.00 sourced revenue per hour invested',
    );
    // ¥ has no minor unit: 4.2 yen per yen reads as ¥4.
    expect(perMoneySentence(revenue, 'influenced', 'JPY')).toBe(
      '¥4 influenced revenue per ¥1 invested',
    );
    const nothing = {
      revenueMinor: 0,
      perMoneyInvested: noFigure('no-money-invested' as const),
      perHour: noFigure('no-hours-invested' as const),
    };
    expect(perMoneySentence(nothing, 'sourced', 'EUR')).toBe(
      'No money was invested in this period.',
    );
    expect(perHourSentence(nothing, 'sourced', 'EUR')).toBe('No hours were logged in this period.');
    expect(oneUnitText('USD')).toBe('$1');
  });

  it('gives the close rate with the deals behind it', () => {
    expect(closeRateText({ won: 3, lost: 1, rate: figure(0.75) })).toBe('75% (3 won, 1 lost)');
    expect(closeRateText({ won: 0, lost: 0, rate: noFigure('no-closed-deals') })).toBe(
      'No deal was won or lost in this period.',
    );
  });

  it('says whether each tier requirement is met, with the partner’s own figure', () => {
    const health = { kind: 'health-score' as const, minScore: 80 };
    expect(requirementText({ requirement: health, met: false, actual: 61 }, 'EUR')).toBe(
      'Not met: health score at least 80 (now 61)',
    );
    const revenue = {
      kind: 'revenue' as const,
      basis: 'sourced-revenue' as const,
      minAnnual: { amountMinor: 300_000, currency: 'EUR' },
    };
    expect(requirementText({ requirement: revenue, met: true, actual: 420_000 }, 'EUR')).toBe(
      'Met: Sourced revenue over 12 months at least €3,000.00 (now €4,200.00)',
    );
    expect(requirementText({ requirement: revenue, met: false, actual: undefined }, 'USD')).toBe(
      'Not met: Sourced revenue over 12 months at least €3,000.00 (the requirement is in EUR, not USD)',
    );
  });

  it('reads numbers in their unit and shows trends with a sign', () => {
    expect(parseMetricValue('1,234', 'count', 'EUR')).toEqual({ ok: true, value: 1234 });
    expect(parseMetricValue('-3', 'count', 'EUR')).toMatchObject({ ok: false });
    expect(parseMetricValue('-2.5', 'number', 'EUR')).toEqual({ ok: true, value: -2.5 });
    expect(parseMetricValue('abc', 'percent', 'EUR')).toEqual({
      ok: false,
      error: 'Enter a percentage like 12.5.',
    });
    expect(signedPercentText(0.254)).toBe('+25%');
    expect(signedPercentText(-0.05)).toBe('−5%');
    expect(signedPercentText(0.001)).toBe('0%');
  });

  it('puts a message for a field the form has no place for at the top', () => {
    expect(formWideError({ 'amount.amountMinor': 'Too large.' }, ['amount'])).toBe('Too large.');
    expect(formWideError({ amount: 'Enter an amount.' }, ['amount'])).toBeUndefined();
    expect(formWideError({ _: 'Gone.', amount: 'x' }, ['amount'])).toBe('Gone.');
  });
});
