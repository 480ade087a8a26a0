import type { IntelligenceEntry } from '../domain/people/intelligence';

/**
 * What the sample knows about its first four partners (seeded-people.ts), section by section,
 * with how many days ago each was observed: some over 180 days, so that staleness shows.
 */

// The fields that make an entry of one section, without the ones every entry has.
type SectionFields = IntelligenceEntry extends infer E
  ? E extends IntelligenceEntry
    ? Omit<E, 'id' | 'createdAt' | 'updatedAt' | 'partnerId' | 'observedAt' | 'source' | 'notes'>
    : never
  : never;

/** One piece of sample intelligence: its section's fields, its age and, if any, a source note. */
export interface SampleIntelligence {
  fields: SectionFields;
  daysAgo: number;
  /** A note as the source; without one the partner's website is the source. */
  note?: string;
}

/** The intelligence of each of the first partners, in order. */
export const SAMPLE_INTELLIGENCE: readonly (readonly SampleIntelligence[])[] = [
  [
    {
      fields: {
        section: 'customers',
        accountName: 'Harbor Freight Lines',
        segment: 'Logistics',
        accountStatus: 'shared',
      },
      daysAgo: 12,
      note: 'QBR notes',
    },
    {
      fields: {
        section: 'customers',
        accountName: 'Meridian Health',
        segment: 'Healthcare',
        accountStatus: 'target',
      },
      daysAgo: 40,
    },
    {
      fields: {
        section: 'technology',
        integrationName: 'Single sign-on connector',
        certification: 'Certified integration',
        technologyStatus: 'live',
      },
      daysAgo: 95,
    },
    {
      fields: {
        section: 'technology',
        integrationName: 'Usage data API',
        technologyStatus: 'in-development',
      },
      daysAgo: 20,
      note: 'Call with their CTO',
    },
    {
      fields: {
        section: 'competition',
        competitor: 'Globex',
        competitionKind: 'joint-offer-competitor',
      },
      daysAgo: 30,
    },
    {
      fields: {
        section: 'channels',
        routeToMarket: 'Cloud marketplace private offers',
        marketplace: 'AWS Marketplace',
        region: 'North America',
      },
      daysAgo: 60,
    },
    {
      fields: {
        section: 'trends',
        trend: 'Buyers consolidating vendors to cut tool spend',
        impact: 'high',
      },
      daysAgo: 250,
      note: 'Analyst briefing',
    },
  ],
  [
    {
      fields: {
        section: 'customers',
        accountName: 'Nordic Rail',
        segment: 'Transport',
        accountStatus: 'shared',
      },
      daysAgo: 200,
    },
    {
      fields: {
        section: 'technology',
        integrationName: 'Data warehouse export',
        technologyStatus: 'planned',
      },
      daysAgo: 15,
    },
    {
      fields: {
        section: 'competition',
        competitor: 'Initech Alliance',
        competitionKind: 'competing-alliance',
      },
      daysAgo: 320,
      note: 'Trade show conversation',
    },
    {
      fields: {
        section: 'competition',
        competitor: 'Globex',
        competitionKind: 'joint-offer-competitor',
      },
      daysAgo: 45,
    },
    {
      fields: { section: 'trends', trend: 'AI assistants in the sales workflow', impact: 'medium' },
      daysAgo: 25,
    },
  ],
  [
    {
      fields: { section: 'channels', routeToMarket: 'Regional resellers', region: 'DACH' },
      daysAgo: 75,
    },
    {
      fields: { section: 'channels', routeToMarket: 'Managed service bundles', region: 'Benelux' },
      daysAgo: 210,
    },
    {
      fields: {
        section: 'customers',
        accountName: 'Stadtwerke Süd',
        segment: 'Utilities',
        accountStatus: 'target',
      },
      daysAgo: 33,
    },
    {
      fields: {
        section: 'trends',
        trend: 'Data residency rules for public sector buyers',
        impact: 'high',
      },
      daysAgo: 50,
    },
  ],
  [
    {
      fields: {
        section: 'technology',
        integrationName: 'Ticketing app',
        certification: 'Marketplace listing',
        technologyStatus: 'retired',
      },
      daysAgo: 400,
    },
    {
      fields: {
        section: 'competition',
        competitor: 'Umbrella Systems',
        competitionKind: 'joint-offer-competitor',
      },
      daysAgo: 14,
    },
  ],
];
