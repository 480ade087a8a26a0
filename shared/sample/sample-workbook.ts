/**
 * The sample workbook a new user can open to see Partner Workbook with realistic data: about 25
 * hand-written partners of a mid-size B2B SaaS company, with contacts and activities. Dates are
 * relative to `now`, so the sample never looks stale; ids come from the caller so that they are
 * real random UUIDs in the app and predictable ones in tests.
 */
import type { Activity } from '../domain/activity';
import type { Contact, Partner } from '../domain/partner';
import { APAC_GLOBAL_PARTNERS } from './sample-portfolio-apac-global';
import { AMERICAS_PARTNERS } from './sample-portfolio-americas';
import { EMEA_PARTNERS } from './sample-portfolio-emea';
import type { SamplePartnerSpec } from './sample-portfolio-types';
import { slugify } from '../util/text';

/** The hand-written sample partners, in the order they are created. */
export const SAMPLE_PARTNERS: readonly SamplePartnerSpec[] = [
  ...AMERICAS_PARTNERS,
  ...EMEA_PARTNERS,
  ...APAC_GLOBAL_PARTNERS,
];

/** Options for {@link createSampleWorkbook}. */
export interface SampleWorkbookOptions {
  /** The moment the sample is created; every date lies before it. */
  readonly now: Date;
  /** Returns a new record id (a UUID); called once per record, in a fixed order. */
  readonly newId: () => string;
}

/** The records of the sample workbook. */
export interface SampleWorkbook {
  /** Partners, in {@link SAMPLE_PARTNERS} order. */
  readonly partners: Partner[];
  /** Their contacts, primary contact first within each partner. */
  readonly contacts: Contact[];
  /** Their activities, most recent first within each partner. */
  readonly activities: Activity[];
}

const DAY_MS = 86_400_000;

/** The email address a sample contact gets: "Omar Al-Sayed" at sandstone-gulf.example → omar.alsayed@…. */
export function sampleEmail(name: string, domain: string): string {
  const local = name
    .split(/\s+/)
    .map((word) => slugify(word, ''))
    .filter((word) => word !== '')
    .join('.');
  return `${local}@${domain}`;
}

/** Builds the sample workbook's partners, contacts and activities, dated relative to `now`. */
export function createSampleWorkbook(options: SampleWorkbookOptions): SampleWorkbook {
  const nowMs = options.now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now must be a valid date.');
  const daysAgo = (days: number): string => new Date(nowMs - days * DAY_MS).toISOString();

  const partners: Partner[] = [];
  const contacts: Contact[] = [];
  const activities: Activity[] = [];

  for (const spec of SAMPLE_PARTNERS) {
    const partnerId = options.newId();
    const createdAt = daysAgo(spec.createdDaysAgo);
    const lastActivityDays = Math.min(...spec.activities.map((item) => item.daysAgo));
    const lastActivityAt = Number.isFinite(lastActivityDays)
      ? daysAgo(lastActivityDays)
      : undefined;

    partners.push({
      id: partnerId,
      name: spec.name,
      types: [...spec.types],
      stage: spec.stage,
      tier: spec.tier,
      region: spec.region,
      industry: spec.industry,
      owner: spec.owner,
      website: `https://${spec.domain}`,
      healthScore: spec.healthScore,
      lastActivityAt,
      tags: [...spec.tags],
      notes: spec.notes,
      createdAt,
      updatedAt: lastActivityAt ?? createdAt,
    });

    for (const person of spec.contacts) {
      contacts.push({
        id: options.newId(),
        partnerId,
        name: person.name,
        role: person.role,
        email: sampleEmail(person.name, spec.domain),
        phone: person.phone,
        notes: person.notes,
        createdAt,
        updatedAt: createdAt,
      });
    }

    for (const item of spec.activities) {
      const occurredAt = daysAgo(item.daysAgo);
      activities.push({
        id: options.newId(),
        partnerId,
        occurredAt,
        direction: item.direction,
        purpose: item.purpose,
        title: item.title,
        notes: item.notes,
        createdAt: occurredAt,
        updatedAt: occurredAt,
      });
    }
  }

  return { partners, contacts, activities };
}
