import type { Investment } from '../../../../shared/domain/strategy/investment';

/** A ledger's totals over all its entries. */
export interface LedgerTotals {
  hours: number;
  /** Money in the workbook's currency, in minor units. */
  moneyMinor: number;
  /** Money entries in another currency, left out of the total rather than converted. */
  otherCurrency: number;
  /** The mean effort rating, or undefined when none was rated. */
  averageEffort: number | undefined;
}

/** The ledger's totals: hours, money in `currency`, and the average effort. */
export function ledgerTotals(entries: readonly Investment[], currency: string): LedgerTotals {
  // Hours are in quarter-hour steps; counting quarters keeps the sum exact.
  let quarterHours = 0;
  let moneyMinor = 0;
  let otherCurrency = 0;
  let effort = 0;
  let rated = 0;
  for (const entry of entries) {
    if (entry.kind === 'time') quarterHours += Math.round(entry.hours * 4);
    else if (entry.kind === 'energy') {
      effort += entry.rating;
      rated += 1;
    } else if (entry.amount.currency === currency) moneyMinor += entry.amount.amountMinor;
    else otherCurrency += 1;
  }
  return {
    hours: quarterHours / 4,
    moneyMinor,
    otherCurrency,
    averageEffort: rated === 0 ? undefined : effort / rated,
  };
}
