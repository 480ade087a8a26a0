import {
  ACCOUNT_STATUS_LABELS,
  ASK_STATUS_LABELS,
  COMPETITION_KIND_LABELS,
  DECISION_SCOPE_LABELS,
  INFLUENCE_LABELS,
  INTELLIGENCE_SECTION_LABELS,
  SENTIMENT_LABELS,
  SPEAKER_KIND_LABELS,
  STANCE_LABELS,
  TEAM_LABELS,
  TECHNOLOGY_STATUS_LABELS,
  TREND_IMPACT_LABELS,
} from '../../domain/people/people-labels';
import type { Ask } from '../../domain/people/ask';
import { entryTitle, type IntelligenceEntry } from '../../domain/people/intelligence';
import type { Stakeholder } from '../../domain/people/stakeholder';
import type { Decision, Feedback } from '../../domain/people/voice';
import { canonicalJson } from '../../util/content-hash';

/**
 * How the people tables' fields read in a merge conflict (see field-display.ts): every enum as
 * its label from people-labels.ts, partners and stakeholders by name, a source as its link or
 * note, lists one item after another. A record absent from a lookup shows its id.
 */

/** The people tables. */
export type PeopleTable =
  'intelligenceEntries' | 'feedback' | 'decisions' | 'stakeholders' | 'asks';

/** A record of a people table. */
export type PeopleRecord = IntelligenceEntry | Feedback | Decision | Stakeholder | Ask;

/** Names the people fields refer to: partners and stakeholders, by id. */
export interface PeopleNames {
  partner(id: string): string;
  stakeholder(id: string): string;
}

/** Field names of the people tables, for people, beyond the ones other tables share. */
export const PEOPLE_FIELD_LABELS: Readonly<Record<string, string>> = {
  observedAt: 'Observed on',
  source: 'Source',
  section: 'Section',
  accountName: 'Account',
  segment: 'Segment',
  accountStatus: 'Account status',
  integrationName: 'Integration or API',
  certification: 'Certification',
  technologyStatus: 'Integration status',
  competitor: 'Competitor',
  competitionKind: 'Kind of competition',
  routeToMarket: 'Route to market',
  marketplace: 'Marketplace',
  trend: 'Trend',
  impact: 'Impact',
  speakerKind: 'Speaker',
  speakerName: 'Said by',
  speakerOrganisation: 'Organisation',
  words: 'Words',
  theme: 'Theme',
  sentiment: 'Sentiment',
  positioningIterationId: 'Positioning iteration',
  scope: 'Scope',
  context: 'Context',
  optionsConsidered: 'Options considered',
  decision: 'Decision',
  decidedBy: 'Decided by',
  feedbackIds: 'Linked feedback',
  team: 'Team',
  influence: 'Influence',
  stance: 'Stance',
  partnerIds: 'Partners',
  lastMetAt: 'Last conversation',
  what: 'What is asked',
  why: 'Why',
  stakeholderId: 'Stakeholder',
  askedAt: 'Asked on',
  outcome: 'Outcome',
};

// The labels of each table's enum fields.
const ENUM_LABELS: Readonly<
  Record<PeopleTable, Readonly<Record<string, Readonly<Record<string, string>>>>>
> = {
  intelligenceEntries: {
    section: INTELLIGENCE_SECTION_LABELS,
    accountStatus: ACCOUNT_STATUS_LABELS,
    technologyStatus: TECHNOLOGY_STATUS_LABELS,
    competitionKind: COMPETITION_KIND_LABELS,
    impact: TREND_IMPACT_LABELS,
  },
  feedback: { speakerKind: SPEAKER_KIND_LABELS, sentiment: SENTIMENT_LABELS },
  decisions: { scope: DECISION_SCOPE_LABELS },
  stakeholders: { team: TEAM_LABELS, influence: INFLUENCE_LABELS, stance: STANCE_LABELS },
  asks: { status: ASK_STATUS_LABELS },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : canonicalJson(value);

const sourceText = (value: unknown): string => {
  if (!isRecord(value)) return text(value);
  if (value.kind === 'link') {
    return value.note === undefined ? text(value.url) : `${text(value.url)} (${text(value.note)})`;
  }
  return text(value.note);
};

const list = (value: unknown, each: (item: unknown) => string, separator: string): string =>
  Array.isArray(value) ? value.map(each).join(separator) : text(value);

/** A people record's field as display text; an absent value is empty text. */
export function peopleValue(
  table: PeopleTable,
  field: string,
  value: unknown,
  names: PeopleNames,
): string {
  if (value === undefined) return '';
  const labels = ENUM_LABELS[table][field];
  if (labels !== undefined && typeof value === 'string') return labels[value] ?? value;
  switch (field) {
    case 'partnerId':
      return typeof value === 'string' ? names.partner(value) : text(value);
    case 'partnerIds':
      return list(value, (id) => (typeof id === 'string' ? names.partner(id) : text(id)), ', ');
    case 'stakeholderId':
      return typeof value === 'string' ? names.stakeholder(value) : text(value);
    case 'source':
      return sourceText(value);
    case 'optionsConsidered':
      return list(value, text, '; ');
    case 'feedbackIds':
      return list(value, text, ', ');
    default:
      return text(value);
  }
}

const clipped = (value: string, max = 60): string =>
  value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;

/** Which people record a conflict is about: "Competition: Globex (Baltic Data)". */
export function peopleRecordLabel(people: PeopleRecord, names: PeopleNames): string {
  if ('section' in people) {
    const section = INTELLIGENCE_SECTION_LABELS[people.section];
    return `${section}: ${clipped(entryTitle(people))} (${names.partner(people.partnerId)})`;
  }
  if ('speakerName' in people) {
    return `${people.speakerName} on ${people.date}: ${clipped(people.theme)}`;
  }
  if ('decidedBy' in people) return `${clipped(people.decision)} (${people.date})`;
  if ('stance' in people) return `${people.name} (${TEAM_LABELS[people.team]})`;
  return `${clipped(people.what)} (${names.stakeholder(people.stakeholderId)})`;
}
