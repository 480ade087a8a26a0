import { useId } from 'react';
import type { Figure } from '../../../../shared/domain/strategy/figure';
import { minorDigits } from '../../../../shared/domain/strategy/money';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import type {
  PartnerReturn,
  RevenueReturn,
} from '../../../../shared/domain/strategy/return-on-investment';
import { FIGURE_REASON_TEXT } from '../../../../shared/domain/strategy/strategy-labels';
import { moneyText, numberText, oneUnitText } from './figure-text';

type Kind = 'sourced' | 'influenced';

/** Revenue per unit of money invested, as money: 4.2 EUR → "€4.20". */
export function perUnitText(ratio: number, currency: string): string {
  return moneyText(Math.round(ratio * 10 ** minorDigits(currency)), currency);
}

/** "€4.20 sourced revenue per €1 invested", or why there is no such figure. */
export function perMoneySentence(revenue: RevenueReturn, kind: Kind, currency: string): string {
  const figure = revenue.perMoneyInvested;
  if (figure.value === undefined) return FIGURE_REASON_TEXT[figure.reason];
  return `${perUnitText(figure.value, currency)} ${kind} revenue per ${oneUnitText(currency)} invested`;
}

/** "€350.00 sourced revenue per hour invested", or why there is no such figure. */
export function perHourSentence(revenue: RevenueReturn, kind: Kind, currency: string): string {
  const figure = revenue.perHour;
  if (figure.value === undefined) return FIGURE_REASON_TEXT[figure.reason];
  return `${moneyText(figure.value, currency)} ${kind} revenue per hour invested`;
}

function cell<T>(figure: Figure<T>, text: (value: T) => string): string {
  return figure.value === undefined ? '—' : text(figure.value);
}

/** The return on what was put in: this quarter in sentences, then each quarter in a table. */
export function ReturnCard({ returns }: { returns: readonly PartnerReturn[] }) {
  const titleId = useId();
  const [current] = returns;
  if (current === undefined) return null;
  const { currency } = current;
  const perMoney = (r: RevenueReturn) => cell(r.perMoneyInvested, (v) => perUnitText(v, currency));
  const perHour = (r: RevenueReturn) => cell(r.perHour, (v) => moneyText(v, currency));
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Return on investment</h3>
      <p className="muted">This quarter ({periodLabel(current.period)}):</p>
      <ul className="return-sentences">
        <li>{perMoneySentence(current.sourced, 'sourced', currency)}</li>
        <li>{perMoneySentence(current.influenced, 'influenced', currency)}</li>
        <li>{perHourSentence(current.sourced, 'sourced', currency)}</li>
        <li>{perHourSentence(current.influenced, 'influenced', currency)}</li>
      </ul>
      <table className="simple-table" aria-label="Return by quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Money invested</th>
            <th scope="col">Hours</th>
            <th scope="col">Average effort</th>
            <th scope="col">Sourced per {oneUnitText(currency)}</th>
            <th scope="col">Influenced per {oneUnitText(currency)}</th>
            <th scope="col">Sourced per hour</th>
            <th scope="col">Influenced per hour</th>
          </tr>
        </thead>
        <tbody>
          {returns.map((r) => (
            <tr key={r.period.start}>
              <th scope="row">{periodLabel(r.period)}</th>
              <td className="num">{moneyText(r.investedMinor, currency)}</td>
              <td className="num">{numberText(r.hours)}</td>
              <td className="num">{cell(r.averageEnergy, (v) => `${numberText(v)} of 5`)}</td>
              <td className="num">{perMoney(r.sourced)}</td>
              <td className="num">{perMoney(r.influenced)}</td>
              <td className="num">{perHour(r.sourced)}</td>
              <td className="num">{perHour(r.influenced)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
