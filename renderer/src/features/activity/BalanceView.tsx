import { useMemo, useState } from 'react';
import { periodMixCounts } from '../../../../shared/domain/people/activity-counts';
import { balanceOf, type ActivityBalance } from '../../../../shared/domain/people/balance';
import {
  balancePeriodLabel,
  type BalancePeriod,
} from '../../../../shared/domain/people/balance-period';
import type { BalanceTarget } from '../../../../shared/domain/people/balance-target';
import {
  DIRECTION_DRIFT_LABELS,
  PURPOSE_DRIFT_LABELS,
} from '../../../../shared/domain/people/people-labels';
import {
  directionSentence,
  isDrifting,
  partnerBalances,
  percentText,
  purposeSentence,
} from './balance-text';
import { useActivityCounts, useBalanceTarget, usePartnerNames } from './use-balance';

const PAGE = 25;

/**
 * The inbound/outbound and development/sales balance of a period against the target mix, read
 * from the stored monthly counts: overall (or for one partner) and, workbook-wide, per partner,
 * the busiest first, a page at a time.
 */
export function BalanceView({
  period,
  partnerId,
}: {
  period: BalancePeriod;
  partnerId?: string | undefined;
}) {
  const counts = useActivityCounts(period.year, partnerId);
  const target = useBalanceTarget();
  const mix = useMemo(
    () => (counts ? periodMixCounts(counts, period) : undefined),
    [counts, period],
  );
  if (mix === undefined || target === undefined) {
    return <p className="muted">Counting activities…</p>;
  }
  const overall = balanceOf(mix.overall, target);
  return (
    <section className="balance" aria-label="Balance">
      <div className="balance-cards">
        <MixCard
          title="Inbound and outbound"
          rows={[
            ['Inbound', overall.direction.inbound, percentText(overall.direction.inboundShare)],
            ['Outbound', overall.direction.outbound, percentText(overall.direction.outboundShare)],
          ]}
          target={`${target.inboundPercent}% inbound ± ${target.tolerancePoints} points`}
          signal={directionSentence(overall, target)}
          drifting={overall.direction.drift.startsWith('drifting')}
        />
        <MixCard
          title="Development and sales"
          rows={[
            [
              'Development',
              overall.purpose.development,
              percentText(overall.purpose.developmentShare),
            ],
            ['Sales', overall.purpose.sales, percentText(overall.purpose.salesShare)],
          ]}
          target={`${target.developmentPercent}% development ± ${target.tolerancePoints} points`}
          signal={purposeSentence(overall, target)}
          drifting={overall.purpose.drift.startsWith('drifting')}
        />
      </div>
      {partnerId === undefined ? (
        <PartnerBalances
          key={`${period.kind} ${period.year} ${period.index}`}
          byPartner={mix.byPartner}
          target={target}
          label={balancePeriodLabel(period)}
        />
      ) : null}
    </section>
  );
}

function MixCard(props: {
  title: string;
  rows: [string, number, string][];
  target: string;
  signal: string;
  drifting: boolean;
}) {
  return (
    <article className="mix-card" aria-label={props.title}>
      <h3>{props.title}</h3>
      <table className="simple-table mix-table">
        <thead>
          <tr>
            <th scope="col">Side</th>
            <th scope="col">Activities</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(([label, count, share]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count.toLocaleString()}</td>
              <td>{share}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Target: {props.target}</p>
      <p className={props.drifting ? 'drift-signal drifting' : 'drift-signal'} role="status">
        {props.signal}
      </p>
    </article>
  );
}

const signalOf = (balance: ActivityBalance): string =>
  `${DIRECTION_DRIFT_LABELS[balance.direction.drift]}; ${PURPOSE_DRIFT_LABELS[balance.purpose.drift]}`;

function PartnerBalances({
  byPartner,
  target,
  label,
}: {
  byPartner: ReadonlyMap<string, Parameters<typeof balanceOf>[0]>;
  target: BalanceTarget;
  label: string;
}) {
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => partnerBalances(byPartner, target), [byPartner, target]);
  const page = rows.slice(0, shown);
  const names = usePartnerNames(page.map((row) => row.partnerId));
  if (rows.length === 0) return null;
  return (
    <div className="partner-balances">
      <table className="simple-table" aria-label={`Balance per partner, ${label}`}>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Activities</th>
            <th scope="col">Inbound</th>
            <th scope="col">Outbound</th>
            <th scope="col">Inbound share</th>
            <th scope="col">Development</th>
            <th scope="col">Sales</th>
            <th scope="col">Development share</th>
            <th scope="col">Signal</th>
          </tr>
        </thead>
        <tbody>
          {page.map(({ partnerId, balance }) => (
            <tr key={partnerId}>
              <th scope="row">{names?.get(partnerId) ?? '…'}</th>
              <td>{balance.total.toLocaleString()}</td>
              <td>{balance.direction.inbound.toLocaleString()}</td>
              <td>{balance.direction.outbound.toLocaleString()}</td>
              <td>{percentText(balance.direction.inboundShare)}</td>
              <td>{balance.purpose.development.toLocaleString()}</td>
              <td>{balance.purpose.sales.toLocaleString()}</td>
              <td>{percentText(balance.purpose.developmentShare)}</td>
              <td className={isDrifting(balance) ? 'drifting' : undefined}>{signalOf(balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show more partners ({(rows.length - shown).toLocaleString()} more)
        </button>
      ) : null}
    </div>
  );
}
