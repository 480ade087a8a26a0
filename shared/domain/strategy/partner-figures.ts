import type { LedgerPoint } from './return-on-investment';
import type { MetricPoint } from './metric-sums';

/**
 * A partner's figures, derived from its metric entries and investments and stored beside them so
 * that the portfolio dashboard never reads the entries themselves (a million entries take about
 * ten seconds to read from IndexedDB; ten thousand of these records, well under one).
 *
 * Only what the dashboard reads is kept: the metrics the health score, the tier rule and the
 * return read, and the money and hours invested. Entries are collapsed to one total per metric,
 * day and currency. That loses nothing: a period sum adds entries, and a level read on a day adds
 * that day's entries too (metric-sums.ts). Rows are packed into typed arrays, which IndexedDB
 * stores and reads back far faster than as many small objects.
 */

/** The metrics kept, by their code in the packed rows. */
export const FIGURE_METRICS = [
  'sourced-revenue',
  'influenced-revenue',
  'sourced-pipeline',
  'certifications',
] as const;

/** One partner's derived figures. */
export interface PartnerFigures {
  /** The partner's id, which keys the record. */
  id: string;
  /** The currency codes the rows refer to by index. */
  currencies: string[];
  /** Rows of four: metric code, date as yyyymmdd, currency index (−1 for none), total. */
  metrics: Float64Array;
  /** Rows of three: date as yyyymmdd, currency index, money invested in minor units. */
  money: Float64Array;
  /** Rows of two: date as yyyymmdd, quarter hours invested (quarters keep the sum exact). */
  time: Float64Array;
}

/** The fields of a stored metric entry the figures keep. */
export type FigureEntry = MetricPoint & { partnerId: string };

/** The fields of a stored investment the figures keep. */
export type FigureInvestment = LedgerPoint & { partnerId: string };

const dateNumber = (date: string): number =>
  Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));

// Dates repeat across partners; building each string once keeps unpacking cheap.
const dateTexts = new Map<number, string>();
function dateText(value: number): string {
  let text = dateTexts.get(value);
  if (text === undefined) {
    const year = String(Math.floor(value / 10_000)).padStart(4, '0');
    const month = String(Math.floor(value / 100) % 100).padStart(2, '0');
    text = `${year}-${month}-${String(value % 100).padStart(2, '0')}`;
    dateTexts.set(value, text);
  }
  return text;
}

// Adds totals under a composite key, remembering the key's parts in first-seen order.
class Totals {
  readonly rows = new Map<string, number[]>();
  add(parts: number[], amount: number): void {
    const key = parts.join('|');
    const row = this.rows.get(key);
    if (row === undefined) this.rows.set(key, [...parts, amount]);
    else row[row.length - 1] = (row[row.length - 1] ?? 0) + amount;
  }
  pack(): Float64Array {
    return Float64Array.from([...this.rows.values()].flat());
  }
}

/** A partner's figures from its entries and investments (others' records are ignored). */
export function summarisePartner(
  partnerId: string,
  entries: readonly FigureEntry[],
  investments: readonly FigureInvestment[],
): PartnerFigures {
  const currencies: string[] = [];
  const currencyIndex = (code: string | undefined): number => {
    if (code === undefined) return -1;
    let index = currencies.indexOf(code);
    if (index === -1) index = currencies.push(code) - 1;
    return index;
  };
  const metrics = new Totals();
  for (const entry of entries) {
    const code = (FIGURE_METRICS as readonly string[]).indexOf(entry.metric);
    if (entry.partnerId !== partnerId || code === -1) continue;
    metrics.add([code, dateNumber(entry.date), currencyIndex(entry.currency)], entry.value);
  }
  const money = new Totals();
  const time = new Totals();
  for (const entry of investments) {
    if (entry.partnerId !== partnerId) continue;
    if (entry.kind === 'money') {
      const { amountMinor, currency } = entry.amount;
      money.add([dateNumber(entry.date), currencyIndex(currency)], amountMinor);
    } else if (entry.kind === 'time') {
      time.add([dateNumber(entry.date)], Math.round(entry.hours * 4));
    }
  }
  return {
    id: partnerId,
    currencies,
    metrics: metrics.pack(),
    money: money.pack(),
    time: time.pack(),
  };
}

/** Every partner's figures from whole tables, one record per partner with any entry. */
export function summariseAll(
  entries: readonly FigureEntry[],
  investments: readonly FigureInvestment[],
): PartnerFigures[] {
  const byPartner = new Map<string, { entries: FigureEntry[]; investments: FigureInvestment[] }>();
  const of = (partnerId: string) => {
    let group = byPartner.get(partnerId);
    if (group === undefined) byPartner.set(partnerId, (group = { entries: [], investments: [] }));
    return group;
  };
  for (const entry of entries) of(entry.partnerId).entries.push(entry);
  for (const entry of investments) of(entry.partnerId).investments.push(entry);
  return [...byPartner].map(([id, group]) =>
    summarisePartner(id, group.entries, group.investments),
  );
}

/** Whether a partner's figures hold nothing (then no record is stored). */
export function figuresAreEmpty(figures: PartnerFigures): boolean {
  return figures.metrics.length + figures.money.length + figures.time.length === 0;
}

/** The metric totals dated on or after `since`, as points the shared figures read. */
export function metricPointsOf(figures: PartnerFigures, since: string): MetricPoint[] {
  const from = dateNumber(since);
  const points: MetricPoint[] = [];
  const rows = figures.metrics;
  for (let at = 0; at + 3 < rows.length; at += 4) {
    const date = rows[at + 1] ?? 0;
    if (date < from) continue;
    // One object shape for every point (currency possibly undefined): a spread per point made
    // unpacking ten thousand partners several times slower.
    points.push({
      metric: FIGURE_METRICS[rows[at] ?? 0] ?? 'sourced-revenue',
      date: dateText(date),
      value: rows[at + 3] ?? 0,
      currency: figures.currencies[rows[at + 2] ?? -1],
    });
  }
  return points;
}

/**
 * Some metrics' rows summed across partners, one point per metric, day and currency: what a chart
 * of the whole portfolio reads (revenueByPeriod), without a point per partner and day. Only rows
 * in `currency` are merged; a row in another currency (or none) stays a point of its own, as
 * metricPointsOf gives it, so that a series counts the same left-out entries either way.
 */
export class PortfolioMetricTotals {
  // Keyed by metric code × 10^8 + date as yyyymmdd.
  private readonly sums = new Map<number, number>();
  private readonly others: MetricPoint[] = [];
  private readonly codes: number[];
  private readonly from: number;

  constructor(
    private readonly currency: string,
    metrics: readonly (typeof FIGURE_METRICS)[number][],
    since: string,
  ) {
    this.codes = metrics.map((metric) => FIGURE_METRICS.indexOf(metric));
    this.from = dateNumber(since);
  }

  /** Adds one partner's rows of the metrics dated on or after `since`. */
  add(figures: PartnerFigures): void {
    const rows = figures.metrics;
    for (let at = 0; at + 3 < rows.length; at += 4) {
      const code = rows[at] ?? -1;
      const date = rows[at + 1] ?? 0;
      if (date < this.from || !this.codes.includes(code)) continue;
      const value = rows[at + 3] ?? 0;
      const currency = figures.currencies[rows[at + 2] ?? -1];
      if (currency === this.currency) {
        const key = code * 1e8 + date;
        this.sums.set(key, (this.sums.get(key) ?? 0) + value);
      } else {
        const metric = FIGURE_METRICS[code] ?? 'sourced-revenue';
        this.others.push({ metric, date: dateText(date), value, currency });
      }
    }
  }

  /** The totals so far as points. */
  points(): MetricPoint[] {
    const points = [...this.others];
    for (const [key, value] of this.sums) {
      const metric = FIGURE_METRICS[Math.floor(key / 1e8)] ?? 'sourced-revenue';
      points.push({ metric, date: dateText(key % 1e8), value, currency: this.currency });
    }
    return points;
  }
}

/** The money and time invested on or after `since`, as ledger points the return reads. */
export function ledgerPointsOf(figures: PartnerFigures, since: string): LedgerPoint[] {
  const from = dateNumber(since);
  const points: LedgerPoint[] = [];
  for (let at = 0; at + 2 < figures.money.length; at += 3) {
    const date = figures.money[at] ?? 0;
    if (date < from) continue;
    const currency = figures.currencies[figures.money[at + 1] ?? -1] ?? '';
    const amount = { amountMinor: figures.money[at + 2] ?? 0, currency };
    points.push({ kind: 'money', date: dateText(date), amount });
  }
  for (let at = 0; at + 1 < figures.time.length; at += 2) {
    const date = figures.time[at] ?? 0;
    if (date >= from) {
      points.push({ kind: 'time', date: dateText(date), hours: (figures.time[at + 1] ?? 0) / 4 });
    }
  }
  return points;
}
