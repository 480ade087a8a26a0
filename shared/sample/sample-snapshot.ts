/**
 * A whole generated workbook as a snapshot, ready to encode as a `.partnerbook` file: seeded
 * partners with their contacts (seeded-partners.ts) and positioning drafts with their iterations
 * and status changes (seeded-positioning.ts), and a handful of people records: intelligence,
 * feedback, decisions, stakeholders and asks (seeded-people.ts). The same seed and `now` give the
 * same workbook.
 */
import type { WorkbookSnapshot } from '../files/partnerbook/snapshot';
import { createRng, mix32, uuidFrom } from '../util/prng';
import { toIsoSeconds } from './iso-seconds';
import { generatePartners } from './seeded-partners';
import { generatePeople } from './seeded-people';
import { generatePositioning } from './seeded-positioning';

/** Options of {@link generateSampleSnapshot}. */
export interface SampleSnapshotOptions {
  /** How many partners. */
  partners: number;
  /** Any 32-bit integer. */
  seed: number;
  /** The moment of generation: every date lies before it. */
  now: Date;
  /** The workbook's name; by default "Sample workbook (N partners)". */
  name?: string;
}

const WORKBOOK_SALT = 0x0b00_c5a1;

/** A generated workbook of `partners` partners with contacts, drafts and iterations. */
export function generateSampleSnapshot(options: SampleSnapshotOptions): WorkbookSnapshot {
  const { seed, now } = options;
  const { partners, contacts } = generatePartners({ count: options.partners, seed, now });
  const positioning = generatePositioning(partners, { seed, now });
  const people = generatePeople({ partners, contacts, drafts: positioning.drafts, seed, now });
  const nowIso = toIsoSeconds(now.getTime());
  const createdAt = partners.reduce(
    (earliest, partner) => (partner.createdAt < earliest ? partner.createdAt : earliest),
    nowIso,
  );
  const count = options.partners.toLocaleString('en-US');
  return {
    workbook: {
      id: uuidFrom(createRng(mix32(seed ^ WORKBOOK_SALT))),
      name:
        options.name ?? `Sample workbook (${count} partner${options.partners === 1 ? '' : 's'})`,
      createdAt,
      updatedAt: nowIso,
    },
    tables: {
      partners,
      contacts,
      positioningDrafts: positioning.drafts,
      positioningIterations: positioning.iterations,
      positioningStatusChanges: positioning.statusChanges,
      activities: [],
      companyGoals: [],
      partnerPlans: [],
      investments: [],
      metricEntries: [],
      customMetrics: [],
      templates: [],
      qbrs: [],
      partnerChanges: [],
      ...people,
      settings: [],
      tombstones: [],
      // Derived from the records when the file is opened or merged (see domain/revision.ts).
      revisions: [],
    },
  };
}
