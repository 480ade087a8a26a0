import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { daysBetween, isoDateSchema, type IsoDate } from '../strategy/iso-date';
import { requiredText } from './fields';
import { sourceSchema } from './source';

/**
 * Partner intelligence: what the manager knows about a partnership, as dated entries in five
 * sections. One record type with a `section` discriminator keeps one table, one export sheet and
 * one staleness rule, while each section still validates its own fields.
 */

/** The sections of partner intelligence, in the order they are shown. */
export const INTELLIGENCE_SECTIONS = [
  'customers',
  'technology',
  'competition',
  'channels',
  'trends',
] as const;

/** A section of partner intelligence. */
export type IntelligenceSection = (typeof INTELLIGENCE_SECTIONS)[number];

/** Whether an account is already shared with the partner or one we target together. */
export const ACCOUNT_STATUSES = ['shared', 'target'] as const;

/** An account's status. */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Where an integration or API stands. */
export const TECHNOLOGY_STATUSES = ['planned', 'in-development', 'live', 'retired'] as const;

/** An integration's status. */
export type TechnologyStatus = (typeof TECHNOLOGY_STATUSES)[number];

/** A competitor of the joint offer, or an alliance of the partner's that competes with ours. */
export const COMPETITION_KINDS = ['joint-offer-competitor', 'competing-alliance'] as const;

/** A kind of competition. */
export type CompetitionKind = (typeof COMPETITION_KINDS)[number];

/** How much a trend matters to the partnership. */
export const TREND_IMPACTS = ['high', 'medium', 'low'] as const;

/** A trend's impact. */
export type TrendImpact = (typeof TREND_IMPACTS)[number];

const common = {
  partnerId: idSchema,
  observedAt: isoDateSchema,
  source: sourceSchema.optional(),
  notes: optionalText(5000, 'Notes'),
};

const customers = {
  section: z.literal('customers'),
  accountName: requiredText(200, 'Name the account.', 'An account name'),
  segment: optionalText(100, 'Segment'),
  accountStatus: z.enum(ACCOUNT_STATUSES, { error: 'Choose shared or target.' }),
};

const technology = {
  section: z.literal('technology'),
  integrationName: requiredText(200, 'Name the integration or API.', 'A name'),
  certification: optionalText(200, 'Certification'),
  technologyStatus: z.enum(TECHNOLOGY_STATUSES, { error: 'Choose where the integration stands.' }),
};

const competition = {
  section: z.literal('competition'),
  competitor: requiredText(200, 'Name the competitor.', 'A competitor'),
  competitionKind: z.enum(COMPETITION_KINDS, { error: 'Choose the kind of competition.' }),
};

const channels = {
  section: z.literal('channels'),
  routeToMarket: requiredText(200, 'Say how the partner sells.', 'A route to market'),
  marketplace: optionalText(200, 'Marketplace'),
  region: optionalText(100, 'Region'),
};

const trends = {
  section: z.literal('trends'),
  trend: requiredText(300, 'Describe the trend.', 'A trend'),
  impact: z.enum(TREND_IMPACTS, { error: 'Choose how much the trend matters.' }),
};

const sectionError = { error: 'Choose a section.' };

/** An intelligence entry as a form supplies it. */
export const intelligenceEntryInputSchema = z.discriminatedUnion(
  'section',
  [
    z.object({ ...common, ...customers }),
    z.object({ ...common, ...technology }),
    z.object({ ...common, ...competition }),
    z.object({ ...common, ...channels }),
    z.object({ ...common, ...trends }),
  ],
  sectionError,
);

/** An intelligence entry before validation. */
export type IntelligenceEntryInput = z.input<typeof intelligenceEntryInputSchema>;

/** A stored intelligence entry. */
export const intelligenceEntrySchema = z.discriminatedUnion(
  'section',
  [
    recordBaseSchema.extend({ ...common, ...customers }),
    recordBaseSchema.extend({ ...common, ...technology }),
    recordBaseSchema.extend({ ...common, ...competition }),
    recordBaseSchema.extend({ ...common, ...channels }),
    recordBaseSchema.extend({ ...common, ...trends }),
  ],
  sectionError,
);

/** A stored intelligence entry. */
export type IntelligenceEntry = z.infer<typeof intelligenceEntrySchema>;

/** A stored entry of one section. */
export type IntelligenceEntryOf<S extends IntelligenceSection> = Extract<
  IntelligenceEntry,
  { section: S }
>;

/** Entries older than this many days are flagged as stale. */
export const STALE_AFTER_DAYS = 180;

/** What an entry is about, in a few words: the account, integration, competitor, route or trend. */
export function entryTitle(entry: IntelligenceEntry): string {
  switch (entry.section) {
    case 'customers':
      return entry.accountName;
    case 'technology':
      return entry.integrationName;
    case 'competition':
      return entry.competitor;
    case 'channels':
      return entry.routeToMarket;
    case 'trends':
      return entry.trend;
  }
}

/** Whether an entry was observed more than 180 days before today (180 days old is still fresh). */
export function isStale(entry: Pick<IntelligenceEntry, 'observedAt'>, today: IsoDate): boolean {
  return daysBetween(entry.observedAt, today) > STALE_AFTER_DAYS;
}

/** An entry in a workbook-wide list, with its staleness worked out. */
export interface WatchRow<E> {
  entry: E;
  stale: boolean;
}

/** The workbook-wide view: competition and trends across all partners. */
export interface MarketWatch {
  competition: WatchRow<IntelligenceEntryOf<'competition'>>[];
  trends: WatchRow<IntelligenceEntryOf<'trends'>>[];
  /** Competitors by name (case and spacing ignored), with the partners each is seen at. */
  competitors: CompetitorSummary[];
}

/** One competitor across the workbook. */
export interface CompetitorSummary {
  /** The name as most recently written. */
  name: string;
  partnerIds: string[];
  kinds: CompetitionKind[];
  lastObservedAt: IsoDate;
}

const newestFirst = (a: IntelligenceEntry, b: IntelligenceEntry): number =>
  a.observedAt === b.observedAt ? a.id.localeCompare(b.id) : a.observedAt > b.observedAt ? -1 : 1;

const competitorKey = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Lists competition and trends across all partners, newest first, and groups competitors. */
export function marketWatch(entries: readonly IntelligenceEntry[], today: IsoDate): MarketWatch {
  const competition: IntelligenceEntryOf<'competition'>[] = [];
  const trends: IntelligenceEntryOf<'trends'>[] = [];
  for (const entry of entries) {
    if (entry.section === 'competition') competition.push(entry);
    else if (entry.section === 'trends') trends.push(entry);
  }
  competition.sort(newestFirst);
  trends.sort(newestFirst);

  const byName = new Map<string, CompetitorSummary>();
  for (const entry of competition) {
    const key = competitorKey(entry.competitor);
    const summary = byName.get(key);
    if (summary === undefined) {
      byName.set(key, {
        name: entry.competitor,
        partnerIds: [entry.partnerId],
        kinds: [entry.competitionKind],
        lastObservedAt: entry.observedAt,
      });
      continue;
    }
    if (!summary.partnerIds.includes(entry.partnerId)) summary.partnerIds.push(entry.partnerId);
    if (!summary.kinds.includes(entry.competitionKind)) summary.kinds.push(entry.competitionKind);
  }
  for (const summary of byName.values()) {
    summary.kinds.sort((a, b) => COMPETITION_KINDS.indexOf(a) - COMPETITION_KINDS.indexOf(b));
  }
  const competitors = [...byName.values()].sort(
    (a, b) => b.partnerIds.length - a.partnerIds.length || a.name.localeCompare(b.name),
  );
  const row = <E extends IntelligenceEntry>(entry: E): WatchRow<E> => ({
    entry,
    stale: isStale(entry, today),
  });
  return { competition: competition.map(row), trends: trends.map(row), competitors };
}
