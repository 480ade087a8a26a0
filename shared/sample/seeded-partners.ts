/**
 * Large, reproducible partner portfolios for benchmarks, stress tests and "try it with 100,000
 * partners" demos. Partner i depends only on (seed, i, now): it draws from its own generator
 * stream, and its name comes from a seeded permutation of the name space, so names never repeat
 * until the space is used up and any slice can be generated on its own, in any order or worker.
 */
import { PARTNER_TYPES } from '../domain/partner';
import type { Contact, LifecycleStage, Partner, PartnerTier, PartnerType } from '../domain/partner';
import type { Rng } from '../util/prng';
import {
  chance,
  createRng,
  mix32,
  nextInt,
  pick,
  pickWeighted,
  sample,
  uuidFrom,
} from '../util/prng';
import { toIsoSeconds } from './iso-seconds';
import { composeSeededNotes } from './seeded-notes';
import { slugify } from '../util/text';
import type { City } from './word-lists';
import {
  CITIES,
  EXECUTIVE_ROLES,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  NAME_CORES,
  NAME_PREFIXES,
  NAME_SUFFIXES,
  PRIMARY_ROLES,
  REGION_TAGS,
  SEEDED_OWNERS,
  SUPPORTING_ROLES,
  TAGS,
} from './word-lists';

/** Generated partners and the contacts that belong to them. */
export interface GeneratedPartners {
  /** Partners in index order. */
  readonly partners: Partner[];
  /** Their contacts, grouped by partner in the same order. */
  readonly contacts: Contact[];
}

/** Options for {@link generatePartners}. */
export interface GeneratePartnersOptions {
  /** How many partners to generate. */
  readonly count: number;
  /** Any 32-bit integer; the same seed (and `now`) always gives byte-identical output. */
  readonly seed: number;
  /** The moment the workbook is "generated": every date lies before it. */
  readonly now: Date;
}

/** Typical JSON size in bytes (UTF-8) of one generated partner with its contacts. */
export const SEEDED_PARTNER_BYTES = 1100;

/** Estimated JSON size in bytes of `count` generated partners with their contacts. */
export function estimateSeededBytes(count: number): number {
  return count * SEEDED_PARTNER_BYTES;
}

/** How many partners get distinct names before a numeric suffix is needed ("Cedar Data Labs 2"). */
export const DISTINCT_NAME_COUNT = NAME_PREFIXES.length * NAME_CORES.length * NAME_SUFFIXES.length;

const STAGE_WEIGHTS: readonly (readonly [LifecycleStage, number])[] = [
  ['prospect', 8],
  ['applicant', 5],
  ['onboarding', 10],
  ['active', 35],
  ['growing', 18],
  ['at-risk', 12],
  ['exited', 7],
];

const TIER_WEIGHTS: Readonly<Record<LifecycleStage, readonly (readonly [PartnerTier, number])[]>> =
  {
    prospect: [['none', 1]],
    applicant: [['none', 1]],
    onboarding: [
      ['registered', 8],
      ['none', 2],
    ],
    active: [
      ['registered', 3],
      ['silver', 4],
      ['gold', 2],
      ['platinum', 0.5],
    ],
    growing: [
      ['silver', 3],
      ['gold', 4],
      ['platinum', 2],
    ],
    'at-risk': [
      ['registered', 2],
      ['silver', 3],
      ['gold', 2],
      ['platinum', 0.5],
    ],
    exited: [
      ['none', 3],
      ['registered', 3],
      ['silver', 1],
    ],
  };

/** Per stage: chance of having a health score, its range, days since creation, days since last activity. */
const STAGE_SHAPE: Readonly<
  Record<
    LifecycleStage,
    {
      readonly scored: number;
      readonly health: readonly [number, number];
      readonly age: readonly [number, number];
      readonly idle: readonly [number, number] | undefined;
    }
  >
> = {
  prospect: { scored: 0.1, health: [40, 70], age: [5, 120], idle: undefined },
  applicant: { scored: 0.3, health: [45, 75], age: [10, 150], idle: [0, 40] },
  onboarding: { scored: 1, health: [50, 85], age: [30, 240], idle: [0, 30] },
  active: { scored: 1, health: [55, 95], age: [120, 1600], idle: [0, 75] },
  growing: { scored: 1, health: [72, 99], age: [200, 1800], idle: [0, 30] },
  'at-risk': { scored: 1, health: [18, 58], age: [180, 1500], idle: [20, 150] },
  exited: { scored: 0.5, health: [8, 45], age: [400, 2000], idle: [90, 400] },
};

// Second types that commonly go with a first one (a reseller that also runs managed services, …).
const COMPANION_TYPES: Readonly<Record<PartnerType, readonly PartnerType[]>> = {
  reseller: ['msp', 'system-integrator', 'distributor'],
  referral: ['agency', 'system-integrator'],
  'system-integrator': ['reseller', 'technology'],
  technology: ['oem', 'referral'],
  msp: ['reseller'],
  agency: ['referral', 'reseller'],
  distributor: ['reseller'],
  oem: ['technology'],
};

const GLOBAL_LEANING: ReadonlySet<PartnerType> = new Set(['distributor', 'technology', 'oem']);

const CONTACT_COUNTS: readonly (readonly [number, number])[] = [
  [1, 45],
  [2, 40],
  [3, 15],
];

const EMAIL_STYLES = [
  ['first.last', 6],
  ['f.last', 2],
  ['first', 2],
] as const;

const CONTACT_NOTES: readonly (readonly string[])[] = [
  [
    'Primary contact for deal registrations.',
    'Owns the joint business plan.',
    'Prefers a short weekly call over email.',
  ],
  ['Executive sponsor; joins QBRs.', 'Signs off MDF requests.', 'Busy; go through the primary.'],
  ['Runs enablement on their side.', 'Best person for technical questions.'],
];

interface NameParts {
  readonly name: string;
  readonly domain: string;
  readonly hint: PartnerType;
}

// A seeded permutation of [0, DISTINCT_NAME_COUNT): a 4-round Feistel network on 2·HALF_BITS
// bits, with cycle walking to stay inside the range. It makes consecutive partners unrelated
// while guaranteeing that no two indexes in one lap share a name.
const HALF_BITS = Math.ceil(Math.log2(DISTINCT_NAME_COUNT) / 2);
const HALF_MASK = (1 << HALF_BITS) - 1;

function roundKeys(seed: number): readonly number[] {
  return [1, 2, 3, 4].map((round) => mix32(seed ^ Math.imul(round, 0x9e37_79b9)));
}

function permuteName(index: number, keys: readonly number[]): number {
  let value = index;
  do {
    let left = value >>> HALF_BITS;
    let right = value & HALF_MASK;
    for (const key of keys) {
      const mixed = left ^ (mix32(right ^ key) & HALF_MASK);
      left = right;
      right = mixed;
    }
    value = (left << HALF_BITS) | right;
  } while (value >= DISTINCT_NAME_COUNT);
  return value;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No word list entry at index ${index}.`);
  return item;
}

// Slugs are computed once here: Unicode normalisation per record would dominate the run time.
const PREFIX_SLUGS = NAME_PREFIXES.map((word) => slugify(word));
const CORE_SLUGS = NAME_CORES.map((word) => slugify(word));
const SUFFIX_SLUGS = NAME_SUFFIXES.map(([suffix]) => slugify(suffix));
const FIRST_NAME_SLUGS = FIRST_NAMES.map((name) => slugify(name, ''));
const LAST_NAME_SLUGS = LAST_NAMES.map((name) => slugify(name, ''));

function nameAt(index: number, keys: readonly number[]): NameParts {
  const lap = Math.floor(index / DISTINCT_NAME_COUNT);
  let rest = permuteName(index % DISTINCT_NAME_COUNT, keys);
  const prefix = rest % NAME_PREFIXES.length;
  rest = Math.floor(rest / NAME_PREFIXES.length);
  const core = rest % NAME_CORES.length;
  const suffix = Math.floor(rest / NAME_CORES.length);
  const [suffixWord, hint] = at(NAME_SUFFIXES, suffix);
  const words = `${at(NAME_PREFIXES, prefix)} ${at(NAME_CORES, core)} ${suffixWord}`;
  const slug = `${at(PREFIX_SLUGS, prefix)}-${at(CORE_SLUGS, core)}-${at(SUFFIX_SLUGS, suffix)}`;
  return lap === 0
    ? { name: words, domain: `${slug}.example`, hint }
    : { name: `${words} ${lap + 1}`, domain: `${slug}-${lap + 1}.example`, hint };
}

const HASH = '#'.charCodeAt(0);
const ZERO = '0'.charCodeAt(0);

// Each city's phone pattern as character codes, reused as the buffer its numbers are written into.
const PHONE_BUFFERS: ReadonlyMap<string, number[]> = new Map(
  CITIES.map((city) => [city.phone, Array.from(city.phone, (char) => char.charCodeAt(0))]),
);

function fillDigits(rng: Rng, pattern: string): string {
  const buffer = PHONE_BUFFERS.get(pattern);
  if (buffer === undefined) throw new RangeError(`Unknown phone pattern "${pattern}".`);
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern.charCodeAt(i) === HASH) buffer[i] = ZERO + nextInt(rng, 0, 9);
  }
  return String.fromCharCode(...buffer);
}

function makeContact(
  rng: Rng,
  position: number,
  partnerId: string,
  domain: string,
  city: City,
  createdAt: string,
): Contact {
  const firstIndex = nextInt(rng, 0, FIRST_NAMES.length - 1);
  const lastIndex = nextInt(rng, 0, LAST_NAMES.length - 1);
  const first = at(FIRST_NAMES, firstIndex);
  const last = at(LAST_NAMES, lastIndex);
  const firstSlug = at(FIRST_NAME_SLUGS, firstIndex);
  const lastSlug = at(LAST_NAME_SLUGS, lastIndex);
  const style = pickWeighted(rng, EMAIL_STYLES);
  const local =
    style === 'first'
      ? firstSlug
      : `${style === 'f.last' ? firstSlug.charAt(0) : firstSlug}.${lastSlug}`;
  const roles =
    position === 0 ? PRIMARY_ROLES : position === 1 ? EXECUTIVE_ROLES : SUPPORTING_ROLES;
  const notes = chance(rng, 0.35) ? pick(rng, at(CONTACT_NOTES, position)) : undefined;
  return {
    id: uuidFrom(rng),
    partnerId,
    name: `${first} ${last}`,
    role: pick(rng, roles),
    email: `${local}@${domain}`,
    phone: fillDigits(rng, city.phone),
    notes,
    createdAt,
    updatedAt: createdAt,
  };
}

function pickTypes(rng: Rng, hint: PartnerType): PartnerType[] {
  const primary = chance(rng, 0.75) ? hint : pick(rng, PARTNER_TYPES);
  if (!chance(rng, 0.25)) return [primary];
  return [primary, pick(rng, COMPANION_TYPES[primary])];
}

function pickTags(rng: Rng, stage: LifecycleStage, regionTag: string): string[] {
  const tags = sample(rng, TAGS, nextInt(rng, 1, 3));
  if (stage === 'at-risk' && !tags.includes('renewal-risk') && chance(rng, 0.5)) {
    tags.push('renewal-risk');
  }
  if (chance(rng, 0.2)) tags.push(regionTag);
  return tags;
}

// A whole second `days` days and a random part of a day before now, so times of day vary.
const before = (rng: Rng, nowMs: number, days: number): number =>
  (Math.floor(nowMs / 1000) - days * 86_400 - nextInt(rng, 0, 86_399)) * 1000;

function generateOne(
  seed: number,
  index: number,
  keys: readonly number[],
  nowMs: number,
  nowMonth: number,
  out: { partners: Partner[]; contacts: Contact[] },
): void {
  const rng = createRng(seed, index);
  const id = uuidFrom(rng);
  const { name, domain, hint } = nameAt(index, keys);
  const types = pickTypes(rng, hint);
  const primaryType = types[0] ?? hint;
  const stage = pickWeighted(rng, STAGE_WEIGHTS);
  const shape = STAGE_SHAPE[stage];
  const city = pick(rng, CITIES);
  const region = GLOBAL_LEANING.has(primaryType) && chance(rng, 0.3) ? 'Global' : city.region;
  const industry = pick(rng, INDUSTRIES);

  const ageDays = nextInt(rng, shape.age[0], shape.age[1]);
  const createdMs = before(rng, nowMs, ageDays);
  const idleDays = shape.idle && Math.min(ageDays, nextInt(rng, shape.idle[0], shape.idle[1]));
  const lastActivityMs =
    idleDays === undefined ? undefined : Math.max(createdMs, before(rng, nowMs, idleDays));
  const updatedDays = nextInt(rng, 0, idleDays ?? ageDays);
  const updatedMs = Math.max(createdMs, before(rng, nowMs, updatedDays), lastActivityMs ?? 0);
  const createdAt = toIsoSeconds(createdMs);

  const contactCount = pickWeighted(rng, CONTACT_COUNTS);
  const contacts: Contact[] = [];
  for (let position = 0; position < contactCount; position += 1) {
    contacts.push(makeContact(rng, position, id, domain, city, createdAt));
  }
  const personName = (contacts[0]?.name ?? pick(rng, FIRST_NAMES)).split(' ')[0] ?? 'the CEO';

  const partner: Partner = {
    id,
    name,
    types,
    stage,
    tier: pickWeighted(rng, TIER_WEIGHTS[stage]),
    region,
    industry,
    owner: pick(rng, SEEDED_OWNERS),
    website: `https://${domain}`,
    healthScore: chance(rng, shape.scored)
      ? nextInt(rng, shape.health[0], shape.health[1])
      : undefined,
    lastActivityAt: lastActivityMs === undefined ? undefined : toIsoSeconds(lastActivityMs),
    tags: pickTags(rng, stage, REGION_TAGS[region]),
    notes: composeSeededNotes(
      { rng, city: city.name, industry, region, personName, nowMonth },
      primaryType,
      stage,
    ),
    createdAt,
    updatedAt: toIsoSeconds(updatedMs),
  };
  out.partners.push(partner);
  for (const contact of contacts) out.contacts.push(contact);
}

/**
 * Partners `startIndex` to `startIndex + count - 1` of the portfolio for `seed`; concatenating
 * consecutive batches gives exactly what one {@link generatePartners} call gives.
 */
export function generatePartnerBatch(
  seed: number,
  startIndex: number,
  count: number,
  now: Date,
): GeneratedPartners {
  if (!Number.isSafeInteger(startIndex) || startIndex < 0) {
    throw new RangeError(`startIndex must be a whole number >= 0, got ${startIndex}.`);
  }
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number >= 0, got ${count}.`);
  }
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now must be a valid date.');
  const keys = roundKeys(seed);
  const out = { partners: [] as Partner[], contacts: [] as Contact[] };
  for (let index = startIndex; index < startIndex + count; index += 1) {
    generateOne(seed, index, keys, nowMs, now.getUTCMonth(), out);
  }
  return out;
}

/** A reproducible portfolio of `count` partners (with 1–3 contacts each) for `seed`. */
export function generatePartners(options: GeneratePartnersOptions): GeneratedPartners {
  return generatePartnerBatch(options.seed, 0, options.count, options.now);
}
