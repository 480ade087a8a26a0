import { TIER_LABELS } from '../../../../shared/domain/labels';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import type { Portfolio } from '../../../../shared/domain/strategy/portfolio/portfolio';
import { QUIET_DAYS } from '../../../../shared/domain/strategy/portfolio/portfolio-lists';
import { formatDate } from '../../ui/format';
import { PartnerList } from './PartnerList';

const day = (date: string) => formatDate(`${date}T00:00:00.000Z`);

/** The dashboard's lists of partners needing attention; each item opens its partner. */
export function DashboardLists({ portfolio }: { portfolio: Portfolio }) {
  return (
    <div className="dash-lists">
      <PartnerList
        title="Tier differs from the suggestion"
        empty="Every partner sits in the tier its figures suggest."
        items={portfolio.tierMismatches.map((entry) => ({
          key: entry.partnerId,
          partnerId: entry.partnerId,
          name: entry.name,
          detail: `${entry.current?.name ?? TIER_LABELS.none} → suggested ${
            entry.suggested?.name ?? 'no tier'
          }`,
        }))}
      />
      <PartnerList
        title="Plans with objectives behind"
        empty="No running plan has an objective behind."
        items={portfolio.plansBehind.map((entry) => ({
          key: entry.planId,
          partnerId: entry.partnerId,
          name: entry.name,
          detail: `${entry.behind} of ${entry.objectives} objectives behind · ${periodLabel(entry.period)}`,
        }))}
      />
      <PartnerList
        title={`No activity in ${QUIET_DAYS} days`}
        empty={`Every partner has had activity in the last ${QUIET_DAYS} days.`}
        items={portfolio.quiet.map((entry) => ({
          key: entry.partnerId,
          partnerId: entry.partnerId,
          name: entry.name,
          detail:
            entry.lastActivity === undefined
              ? 'No activity recorded'
              : `Last activity ${day(entry.lastActivity)}`,
        }))}
      />
      <PartnerList
        title="Upcoming QBRs"
        empty="No QBR in the next 90 days."
        items={portfolio.upcomingQbrs.map((entry) => ({
          key: `${entry.planId}:${entry.date}`,
          partnerId: entry.partnerId,
          name: entry.name,
          detail: day(entry.date),
        }))}
      />
    </div>
  );
}
