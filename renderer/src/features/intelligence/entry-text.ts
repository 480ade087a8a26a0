import type { IntelligenceEntry } from '../../../../shared/domain/people/intelligence';
import {
  ACCOUNT_STATUS_LABELS,
  COMPETITION_KIND_LABELS,
  TECHNOLOGY_STATUS_LABELS,
  TREND_IMPACT_LABELS,
} from '../../../../shared/domain/people/people-labels';
import { daysBetween, type IsoDate } from '../../../../shared/domain/strategy/iso-date';

/** The entry's other fields as short phrases, in the order the form asks for them. */
export function entryFacts(entry: IntelligenceEntry): string[] {
  const present = (...values: (string | undefined)[]) =>
    values.filter((value): value is string => value !== undefined && value !== '');
  switch (entry.section) {
    case 'customers':
      return present(ACCOUNT_STATUS_LABELS[entry.accountStatus], entry.segment);
    case 'technology':
      return present(
        TECHNOLOGY_STATUS_LABELS[entry.technologyStatus],
        entry.certification === undefined ? undefined : `Certification: ${entry.certification}`,
      );
    case 'competition':
      return [COMPETITION_KIND_LABELS[entry.competitionKind]];
    case 'channels':
      return present(
        entry.marketplace === undefined ? undefined : `Marketplace: ${entry.marketplace}`,
        entry.region === undefined ? undefined : `Region: ${entry.region}`,
      );
    case 'trends':
      return [TREND_IMPACT_LABELS[entry.impact]];
  }
}

/** How old an observation is, in words ("400 days old", "1 day old"). */
export function ageText(observedAt: IsoDate, today: IsoDate): string {
  const days = daysBetween(observedAt, today);
  return `${days.toLocaleString()} ${days === 1 ? 'day' : 'days'} old`;
}
