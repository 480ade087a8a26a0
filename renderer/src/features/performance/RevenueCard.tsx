import { useId } from 'react';
import type { Activation } from '../../../../shared/domain/strategy/activation';
import type { CloseRate } from '../../../../shared/domain/strategy/close-rate';
import type {
  RevenueBucket,
  RevenueSeries,
} from '../../../../shared/domain/strategy/revenue-by-period';
import { FIGURE_REASON_TEXT } from '../../../../shared/domain/strategy/strategy-labels';
import { formatDate } from '../../ui/format';
import { moneyText, percentText, signedPercentText } from './figure-text';

function trendText(bucket: RevenueBucket | undefined): string {
  if (bucket === undefined) return '';
  const { relative, absolute } = bucket.trend;
  if (relative.value !== undefined) return signedPercentText(relative.value);
  return absolute === 0 ? 'no change' : 'nothing before';
}

/** The close rate in words: "75% (3 won, 1 lost)". */
export function closeRateText(rate: CloseRate): string {
  if (rate.rate.value === undefined) return FIGURE_REASON_TEXT['no-closed-deals'];
  return `${percentText(rate.rate.value)} (${rate.won} won, ${rate.lost} lost)`;
}

/** The first deal's date, or why there is none. */
export function firstDealText(activation: Activation): string {
  const { firstDealOn } = activation;
  return firstDealOn.value === undefined
    ? FIGURE_REASON_TEXT[firstDealOn.reason]
    : formatDate(firstDealOn.value);
}

/**
 * Activation, the close rate, and sourced and influenced revenue by quarter, side by side and
 * never added together, each with its change against the quarter before.
 */
export function RevenueCard({
  activation,
  closeRate,
  sourced,
  influenced,
}: {
  activation: Activation;
  closeRate: CloseRate;
  sourced: RevenueSeries;
  influenced: RevenueSeries;
}) {
  const titleId = useId();
  const { daysToFirstDeal } = activation;
  const currency = sourced.currency;
  const leftOut = sourced.leftOut + influenced.leftOut;
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Results</h3>
      <dl className="perf-facts">
        <dt>First deal</dt>
        <dd>{firstDealText(activation)}</dd>
        <dt>Days from onboarding to first deal</dt>
        <dd>
          {daysToFirstDeal.value === undefined
            ? FIGURE_REASON_TEXT[daysToFirstDeal.reason]
            : daysToFirstDeal.value}
        </dd>
        <dt>Deal close rate, last 12 months</dt>
        <dd>{closeRateText(closeRate)}</dd>
      </dl>
      <table className="simple-table" aria-label="Revenue by quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Sourced revenue</th>
            <th scope="col">vs previous</th>
            <th scope="col">Influenced revenue</th>
            <th scope="col">vs previous</th>
          </tr>
        </thead>
        <tbody>
          {sourced.buckets
            .map((bucket, index) => ({ bucket, other: influenced.buckets[index] }))
            .reverse()
            .map(({ bucket, other }) => (
              <tr key={bucket.key}>
                <th scope="row">{bucket.key}</th>
                <td className="num">{moneyText(bucket.amountMinor, currency)}</td>
                <td className="num">{trendText(bucket)}</td>
                <td className="num">{moneyText(other?.amountMinor ?? 0, currency)}</td>
                <td className="num">{trendText(other)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {leftOut > 0 ? (
        <p className="muted">
          {leftOut} revenue {leftOut === 1 ? 'entry is' : 'entries are'} in another currency than{' '}
          {currency} and left out.
        </p>
      ) : null}
    </section>
  );
}
