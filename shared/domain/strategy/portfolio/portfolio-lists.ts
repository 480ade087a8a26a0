import type { PartnerPlan } from '../partner-plan';
import { addDays, dateOfTimestamp, type IsoDate } from '../iso-date';
import { planProgress } from '../objective-progress';
import { periodContains, type Period } from '../period';

/**
 * The dashboard's to-do lists: partners gone quiet, plans falling behind, and the QBRs coming up.
 * Each item names its partner so that the dashboard can open it.
 */

/** Days without activity after which a partner is listed as quiet. */
export const QUIET_DAYS = 30;

/** Days ahead that upcoming QBRs are listed for. */
export const QBR_DAYS_AHEAD = 90;

/** A partner with no activity in the last 30 days. */
export interface QuietPartner {
  partnerId: string;
  name: string;
  /** The latest activity known, if any. */
  lastActivity: IsoDate | undefined;
}

/**
 * Partners with no activity in the 30 days ending today, longest quiet first (never active
 * before everyone), then by name. `latest` holds each partner's latest activity day.
 */
export function quietPartners(
  partners: readonly { id: string; name: string }[],
  latest: ReadonlyMap<string, IsoDate>,
  today: IsoDate,
): QuietPartner[] {
  const since = addDays(today, -(QUIET_DAYS - 1));
  return partners
    .map((partner) => ({
      partnerId: partner.id,
      name: partner.name,
      lastActivity: latest.get(partner.id),
    }))
    .filter((partner) => partner.lastActivity === undefined || partner.lastActivity < since)
    .sort(
      (a, b) =>
        (a.lastActivity ?? '').localeCompare(b.lastActivity ?? '') || a.name.localeCompare(b.name),
    );
}

/** Each partner's latest activity day, from the partner's own field and logged activities. */
export function latestActivities(
  partners: readonly { id: string; lastActivityAt?: string | undefined }[],
  activities: readonly { partnerId: string; occurredAt: string }[],
): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>();
  const note = (partnerId: string, timestamp: string | undefined) => {
    if (timestamp === undefined) return;
    const day = dateOfTimestamp(timestamp);
    const known = latest.get(partnerId);
    if (known === undefined || day > known) latest.set(partnerId, day);
  };
  for (const partner of partners) note(partner.id, partner.lastActivityAt);
  for (const activity of activities) note(activity.partnerId, activity.occurredAt);
  return latest;
}

/** A running plan with objectives behind. */
export interface PlanBehind {
  planId: string;
  partnerId: string;
  name: string;
  period: Period;
  behind: number;
  objectives: number;
}

/**
 * Plans not completed whose period holds today and that have a live objective behind, most
 * objectives behind first. Plans of partners not in `names` (deleted or exited) are left out.
 */
export function plansBehind(
  plans: readonly PartnerPlan[],
  names: ReadonlyMap<string, string>,
  today: IsoDate,
): PlanBehind[] {
  const result: PlanBehind[] = [];
  for (const plan of plans) {
    const name = names.get(plan.partnerId);
    if (name === undefined || plan.status === 'completed') continue;
    if (!periodContains(plan.period, today)) continue;
    const progress = planProgress(plan, today);
    if (!progress.some((entry) => entry.state === 'behind')) continue;
    result.push({
      planId: plan.id,
      partnerId: plan.partnerId,
      name,
      period: plan.period,
      behind: progress.filter((entry) => entry.state === 'behind').length,
      objectives: progress.length,
    });
  }
  return result.sort((a, b) => b.behind - a.behind || a.name.localeCompare(b.name));
}

/** A QBR on a plan's calendar. */
export interface UpcomingQbr {
  planId: string;
  partnerId: string;
  name: string;
  date: IsoDate;
}

/** QBRs from today to 90 days ahead on any plan not completed, soonest first. */
export function upcomingQbrs(
  plans: readonly PartnerPlan[],
  names: ReadonlyMap<string, string>,
  today: IsoDate,
): UpcomingQbr[] {
  const window = { start: today, end: addDays(today, QBR_DAYS_AHEAD) };
  const result: UpcomingQbr[] = [];
  for (const plan of plans) {
    const name = names.get(plan.partnerId);
    if (name === undefined || plan.status === 'completed') continue;
    for (const date of plan.qbrDates) {
      if (periodContains(window, date)) {
        result.push({ planId: plan.id, partnerId: plan.partnerId, name, date });
      }
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
