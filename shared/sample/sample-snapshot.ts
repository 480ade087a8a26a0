/**
 * A whole generated workbook as a snapshot, ready to encode as a `.partnerbook` file: seeded
 * partners with their contacts (seeded-partners.ts) and positioning drafts with their iterations
 * and status changes (seeded-positioning.ts), and a handful of people records: intelligence,
 * feedback, decisions, stakeholders and asks (seeded-people.ts). The same seed and `now` give the
 * same workbook. A workbook too large to hold is written as a file in parts (sample-file.ts),
 * from the same plan and the same records.
 */
import type { Contact, Partner } from '../domain/partner';
import type { WorkbookSnapshot } from '../files/partnerbook/snapshot';
import { createRng, mix32, uuidFrom } from '../util/prng';
import { toIsoSeconds } from './iso-seconds';
import { spreadIterations } from './iteration-counts';
import { generatePartners } from './seeded-partners';
import { generatePeople } from './seeded-people';
import { countDrafts, generatePositioning, type GeneratedPositioning } from './seeded-positioning';

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
  /**
   * How many positioning iterations the workbook holds in all, spread over its drafts
   * (iteration-counts.ts); by default each draft has 1–12 (about 2.6 per partner).
   */
  iterations?: number;
}

/** What a sample is made from before its positioning: its partners and their drafts' sizes. */
export interface SamplePlan {
  partners: Partner[];
  contacts: Contact[];
  /** How many drafts the sample has. */
  drafts: number;
  /** Iterations per draft, in the order drafts are made; undefined when drawn per draft. */
  iterationCounts: Uint16Array | undefined;
}

const WORKBOOK_SALT = 0x0b00_c5a1;

/**
 * The partners of a sample and how its iterations are spread. Throws a RangeError when the
 * options cannot make a sample (more iterations than its drafts can hold, for one).
 */
export function planSample(options: SampleSnapshotOptions): SamplePlan {
  const { seed, now } = options;
  const { partners, contacts } = generatePartners({ count: options.partners, seed, now });
  const drafts = countDrafts(partners, seed);
  const iterationCounts =
    options.iterations === undefined
      ? undefined
      : spreadIterations(options.iterations, drafts, seed);
  return { partners, contacts, drafts, iterationCounts };
}

/**
 * The sample's snapshot from its plan and its positioning records (which a sample written in
 * parts gives without its iterations): the workbook's identity and the people records added.
 */
export function assembleSample(
  options: SampleSnapshotOptions,
  plan: SamplePlan,
  positioning: GeneratedPositioning,
): WorkbookSnapshot {
  const { seed, now } = options;
  const { partners, contacts } = plan;
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

/** A generated workbook of `partners` partners with contacts, drafts and iterations. */
export function generateSampleSnapshot(options: SampleSnapshotOptions): WorkbookSnapshot {
  const plan = planSample(options);
  const { seed, now } = options;
  const { iterationCounts } = plan;
  const positioning = generatePositioning(plan.partners, { seed, now, iterationCounts });
  return assembleSample(options, plan, positioning);
}
