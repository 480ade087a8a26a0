import { figure, noFigure, ratio, type Figure } from './figure';
import type { RevenueMetricKey } from './metric';
import { sumMetric, type MetricPoint } from './metric-sums';
import type { Currency } from './money';
import { periodContains, type Period } from './period';

/**
 * Return per partner and period: the revenue attributed to a partner set against the money and
 * the hours put into it. Sourced and influenced revenue each get their own return, never a
 * combined one. Everything is in the workbook's currency; entries in another currency are left
 * out and counted. With nothing invested there is no ratio, and the reason says so.
 */

/** The fields of an investment ledger entry the return reads. */
export type LedgerPoint =
  | { kind: 'time'; date: string; hours: number }
  | { kind: 'money'; date: string; amount: { amountMinor: number; currency: string } }
  | { kind: 'energy'; date: string; rating: number };

/** The return on one kind of revenue. */
export interface RevenueReturn {
  /** The revenue in the period, in minor units. */
  revenueMinor: number;
  /** Revenue for each unit of money invested: 3 means three times what was spent. */
  perMoneyInvested: Figure<number, 'no-money-invested'>;
  /** Revenue in minor units for each hour invested, rounded to the minor unit. */
  perHour: Figure<number, 'no-hours-invested'>;
}

/** A partner's investment and return over a period. */
export interface PartnerReturn {
  period: Period;
  currency: Currency;
  /** Money invested in the period, in minor units. */
  investedMinor: number;
  hours: number;
  /** The average effort rating (1–5) of the period's energy entries. */
  averageEnergy: Figure<number, 'no-energy-rated'>;
  sourced: RevenueReturn;
  influenced: RevenueReturn;
  /** Entries left out because they are in another currency. */
  leftOut: { revenueEntries: number; moneyEntries: number };
}

/** What the return is computed from: one partner's entries, the period and the currency. */
export interface ReturnInput {
  metrics: readonly MetricPoint[];
  investments: readonly LedgerPoint[];
  period: Period;
  currency: Currency;
}

function revenueReturn(
  input: ReturnInput,
  metric: RevenueMetricKey,
  investedMinor: number,
  hours: number,
): { result: RevenueReturn; otherCurrency: number } {
  const revenue = sumMetric(input.metrics, metric, input.period, input.currency);
  const perHour = ratio(revenue.total, hours, 'no-hours-invested');
  return {
    result: {
      revenueMinor: revenue.total,
      perMoneyInvested: ratio(revenue.total, investedMinor, 'no-money-invested'),
      perHour: perHour.value === undefined ? perHour : figure(Math.round(perHour.value)),
    },
    otherCurrency: revenue.otherCurrency,
  };
}

/** A partner's return over a period, for sourced and influenced revenue separately. */
export function partnerReturn(input: ReturnInput): PartnerReturn {
  let investedMinor = 0;
  let quarterHours = 0;
  let energyTotal = 0;
  let energyCount = 0;
  let otherCurrencyMoney = 0;
  for (const entry of input.investments) {
    if (!periodContains(input.period, entry.date)) continue;
    if (entry.kind === 'money') {
      if (entry.amount.currency === input.currency) investedMinor += entry.amount.amountMinor;
      else otherCurrencyMoney += 1;
    } else if (entry.kind === 'time') {
      // Hours are quarter-hour steps; counting quarters keeps the sum exact.
      quarterHours += Math.round(entry.hours * 4);
    } else {
      energyTotal += entry.rating;
      energyCount += 1;
    }
  }
  const hours = quarterHours / 4;
  const sourced = revenueReturn(input, 'sourced-revenue', investedMinor, hours);
  const influenced = revenueReturn(input, 'influenced-revenue', investedMinor, hours);
  return {
    period: input.period,
    currency: input.currency,
    investedMinor,
    hours,
    averageEnergy:
      energyCount === 0 ? noFigure('no-energy-rated') : figure(energyTotal / energyCount),
    sourced: sourced.result,
    influenced: influenced.result,
    leftOut: {
      revenueEntries: sourced.otherCurrency + influenced.otherCurrency,
      moneyEntries: otherCurrencyMoney,
    },
  };
}
