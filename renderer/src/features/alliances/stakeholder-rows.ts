import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import { INFLUENCE_LEVELS, STANCES } from '../../../../shared/domain/people/stakeholder';
import { TEAM_LABELS } from '../../../../shared/domain/people/people-labels';
import { compareTexts } from '../../../../shared/domain/sort-key';
import { daysBetween, type IsoDate } from '../../../../shared/domain/strategy/iso-date';
import { countOf } from '../../ui/format';

/**
 * The stakeholder table's rows: each colleague with the names of their partners and how long ago
 * the manager last met them, and the orders the table sorts by. Influence sorts high first and
 * stance champion first, as the grid reads; a colleague never met sorts after every date.
 */

/** A stakeholder as the table shows them. */
export interface StakeholderRow {
  stakeholder: Stakeholder;
  /** Their partners' names, by name; partners deleted since are left out. */
  partnerNames: string[];
  /** Days since the last meeting; undefined when never met. */
  daysSinceMet: number | undefined;
}

/** The columns the table sorts by. */
export type StakeholderSortKey =
  'name' | 'team' | 'role' | 'influence' | 'stance' | 'partners' | 'lastMet';

/** A sort: the column and its direction. */
export interface StakeholderSort {
  key: StakeholderSortKey;
  desc: boolean;
}

/** The rows of the given stakeholders, partner names read from `partnerName`. */
export function stakeholderRows(
  stakeholders: readonly Stakeholder[],
  partnerName: (id: string) => string | undefined,
  today: IsoDate,
): StakeholderRow[] {
  return stakeholders.map((stakeholder) => ({
    stakeholder,
    partnerNames: stakeholder.partnerIds
      .map(partnerName)
      .filter((name): name is string => name !== undefined)
      .sort(compareTexts),
    daysSinceMet:
      stakeholder.lastMetAt === undefined ? undefined : daysBetween(stakeholder.lastMetAt, today),
  }));
}

const text = (value: string | undefined) => value ?? '';

const COMPARE: Record<StakeholderSortKey, (a: StakeholderRow, b: StakeholderRow) => number> = {
  name: (a, b) => compareTexts(a.stakeholder.name, b.stakeholder.name),
  team: (a, b) => compareTexts(TEAM_LABELS[a.stakeholder.team], TEAM_LABELS[b.stakeholder.team]),
  role: (a, b) => compareTexts(text(a.stakeholder.role), text(b.stakeholder.role)),
  influence: (a, b) =>
    INFLUENCE_LEVELS.indexOf(a.stakeholder.influence) -
    INFLUENCE_LEVELS.indexOf(b.stakeholder.influence),
  stance: (a, b) => STANCES.indexOf(a.stakeholder.stance) - STANCES.indexOf(b.stakeholder.stance),
  partners: (a, b) => compareTexts(a.partnerNames.join(', '), b.partnerNames.join(', ')),
  // Most recently met first; never met last.
  lastMet: (a, b) =>
    (a.daysSinceMet ?? Number.POSITIVE_INFINITY) - (b.daysSinceMet ?? Number.POSITIVE_INFINITY),
};

/** The rows in the sort's order, ties broken by name so that the order is stable. */
export function sortStakeholderRows(
  rows: readonly StakeholderRow[],
  sort: StakeholderSort,
): StakeholderRow[] {
  const direction = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => direction * COMPARE[sort.key](a, b) || COMPARE.name(a, b));
}

/** "12 days ago", "today", "yesterday", or "in 3 days" for a meeting dated ahead. */
export function ageText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 0) return -days === 1 ? 'tomorrow' : `in ${-days} days`;
  return `${days} days ago`;
}

/** "2 high-influence skeptics or blockers: Dana Reyes, Sam Lee." or that there are none. */
export function opponentsSummary(opponents: readonly Pick<Stakeholder, 'name'>[]): string {
  if (opponents.length === 0) return 'No high-influence skeptics or blockers.';
  const noun = countOf(
    opponents.length,
    'high-influence skeptic or blocker',
    'high-influence skeptics or blockers',
  );
  return `${noun}: ${opponents.map((o) => o.name).join(', ')}.`;
}
