import fc from 'fast-check';
import { ACTIVITY_DIRECTIONS, ACTIVITY_PURPOSES } from '../../domain/activity';
import { LIFECYCLE_STAGES, PARTNER_TIERS, PARTNER_TYPES } from '../../domain/partner';
import {
  POSITIONING_AUDIENCES,
  POSITIONING_STATUSES,
  POSITIONING_TEMPLATES,
} from '../../domain/positioning';
import { revisionOf } from '../../domain/revision';
import { TOMBSTONE_TABLES } from '../../domain/tombstone';
import { revisedHistories } from '../merge/snapshot-revisions';
import { hasForbiddenKey } from './forbidden-keys';
import { RECORD_SCHEMAS } from './partnerbook-schema';
import { sortedTables } from './record-order';
import type { SnapshotTableName, SnapshotTables, WorkbookSnapshot } from './snapshot';
import { placeStrategy, strategyRecords } from './strategy-test-kit';
import { initialChanges } from '../../domain/partner-change';
import { placePeople, peopleRecords } from './people-test-kit';
import { placeTemplates, templateRecords } from './template-test-kit';

/**
 * fast-check arbitraries for whole workbooks, for property tests of the file codec, the
 * database round trip and (later) merge. Every generated snapshot is canonical: each record is
 * what the file schema makes of it (trimmed, defaults filled) and tables are in file order, so
 * that a faithful round trip gives back an equal snapshot.
 */

const id = fc.uuid({ version: 4 });
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const word = fc.constantFrom(
  'Baltic',
  'data',
  'Ümlaut',
  'cloud',
  'partner',
  'ß',
  '東京',
  '"q"',
  'a\\b',
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
// Characters JSON must escape or that trip up encoders: quotes, controls, lone surrogates.
const awkward = fc.constantFrom('"', '\\', '\n', '\u0000', '\u2028', '\uD800', '\uDFFF', 'x', ' ');
// Free text: readable words, any code point, or awkward characters.
const text = (maxLength: number) =>
  fc
    .oneof(words, fc.string({ unit: 'binary', maxLength }), fc.string({ unit: awkward, maxLength }))
    .filter((s) => s.trim() !== '');
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const record = { id, createdAt: timestamp, updatedAt: timestamp };

const partner = fc.record(
  {
    ...record,
    name: text(40),
    types: fc.uniqueArray(fc.constantFrom(...PARTNER_TYPES), { maxLength: 3 }),
    stage: fc.constantFrom(...LIFECYCLE_STAGES),
    tier: fc.constantFrom(...PARTNER_TIERS),
    region: text(20),
    industry: text(20),
    owner: text(20),
    // Not "xn--…": such a label must be valid punycode, or the address is refused.
    website: slug
      .filter((host) => !host.startsWith('xn--'))
      .map((host) => `https://${host}.example.com/`),
    healthScore: fc.integer({ min: 0, max: 100 }),
    lastActivityAt: timestamp,
    tags: fc.array(slug, { maxLength: 4 }),
    notes: text(200),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'name', 'stage'] },
);

const contact = fc.record(
  {
    ...record,
    owner: fc.nat(),
    name: text(40),
    role: text(20),
    email: slug.map((name) => `${name}@partner.example`),
    phone: fc.constantFrom('+372 555 1234', '(555) 010-9999'),
    notes: text(100),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'owner', 'name'] },
);

const field = fc.oneof(
  fc.record({ key: slug, label: words, kind: fc.constant('text' as const), value: text(200) }),
  fc.record({
    key: slug,
    label: words,
    kind: fc.constant('list' as const),
    value: fc.array(text(40), { maxLength: 4 }),
  }),
  fc.record({
    key: slug,
    label: words,
    kind: fc.constant('claims' as const),
    value: fc.array(fc.record({ text: text(40), proof: text(40) }), { maxLength: 3 }),
  }),
);
const fields = fc.uniqueArray(field, { selector: (f) => f.key, maxLength: 4 });

const draft = fc.record(
  {
    ...record,
    partner: fc.nat(),
    title: text(40),
    audience: fc.constantFrom(...POSITIONING_AUDIENCES),
    template: fc.constantFrom(...POSITIONING_TEMPLATES),
    status: fc.constantFrom(...POSITIONING_STATUSES),
    fields,
    copiedFrom: fc.record({ draftId: id, iterationId: id }, { requiredKeys: ['draftId'] }),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'partner',
      'title',
      'audience',
      'template',
      'status',
      'fields',
    ],
  },
);

const iteration = fc.record(
  {
    ...record,
    owner: fc.nat(),
    author: text(30),
    rationale: text(100),
    evidence: text(100),
    evidenceUrl: slug.map((path) => `https://evidence.example/${path}`),
    title: text(40),
    audience: fc.constantFrom(...POSITIONING_AUDIENCES),
    status: fc.constantFrom(...POSITIONING_STATUSES),
    fields,
    restoredFrom: fc.integer({ min: 1, max: 20 }),
    committedAt: timestamp,
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'owner',
      'rationale',
      'title',
      'audience',
      'status',
      'fields',
      'committedAt',
    ],
  },
);

const statusChange = fc.record(
  {
    id,
    owner: fc.nat(),
    from: fc.constantFrom(...POSITIONING_STATUSES),
    to: fc.constantFrom(...POSITIONING_STATUSES),
    author: text(30),
    note: text(100),
    at: timestamp,
  },
  { requiredKeys: ['id', 'owner', 'from', 'to', 'at'] },
);

const activity = fc.record(
  {
    ...record,
    owner: fc.nat(),
    occurredAt: timestamp,
    direction: fc.constantFrom(...ACTIVITY_DIRECTIONS),
    purpose: fc.constantFrom(...ACTIVITY_PURPOSES),
    title: text(60),
    notes: text(200),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'owner',
      'occurredAt',
      'direction',
      'purpose',
      'title',
    ],
  },
);

// A setting's value as JSON holds it (JSON has no -0, for one).
const setting = fc.record({
  key: fc.string({ minLength: 1, maxLength: 30 }),
  value: fc
    .jsonValue({ maxDepth: 3 })
    .filter((value) => !hasForbiddenKey(value))
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  updatedAt: timestamp,
});

const tombstone = fc.record({
  id,
  table: fc.constantFrom(...TOMBSTONE_TABLES),
  deletedAt: timestamp,
});

/** How many records of each kind a generated workbook holds at most. */
export interface SnapshotSizes {
  partners: number;
  contacts: number;
  drafts: number;
  iterations: number;
  other: number;
}

const SMALL: SnapshotSizes = { partners: 5, contacts: 8, drafts: 4, iterations: 10, other: 5 };

const unique = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { selector: (value) => value.id, maxLength });

// Each owned record picks its owner by index; with no owner available it is dropped.
function own<T extends { owner: number }>(
  records: readonly T[],
  owners: readonly { id: string }[],
): (Omit<T, 'owner'> & { ownerId: string })[] {
  return records.flatMap(({ owner, ...rest }) => {
    const chosen = owners[owner % Math.max(owners.length, 1)];
    return chosen ? [{ ...rest, ownerId: chosen.id }] : [];
  });
}

// Numbers each draft's iterations 1, 2, … with each naming the one before as its parent, and
// points the draft at its latest iteration.
function history(tables: SnapshotTables): SnapshotTables {
  const heads = new Map<string, { id: string; number: number }>();
  const iterations = tables.positioningIterations.map((item) => {
    const head = heads.get(item.draftId);
    const number = (head?.number ?? 0) + 1;
    heads.set(item.draftId, { id: item.id, number });
    return { ...item, number, ...(head ? { parentId: head.id } : {}) };
  });
  const drafts = tables.positioningDrafts.map((item) => {
    const head = heads.get(item.id);
    return {
      ...item,
      iterationCount: head?.number ?? 0,
      ...(head ? { headIterationId: head.id } : {}),
    };
  });
  return { ...tables, positioningIterations: iterations, positioningDrafts: drafts };
}

// Each record's history: its content's revision on top of a few older ones.
function aged(tables: SnapshotTables, ages: readonly number[]): SnapshotTables {
  const revisions = revisedHistories(tables).map((entry, index) => {
    const age = ages[index % Math.max(ages.length, 1)] ?? 0;
    const older = Array.from({ length: age }, (_, n) => revisionOf(age - n, { older: n }));
    const [latest = ''] = entry.revs;
    return { ...entry, revs: [`${age + 1}${latest.slice(latest.indexOf('-'))}`, ...older] };
  });
  return { ...tables, revisions };
}

/** A valid, canonical workbook snapshot of at most `sizes` records. */
export function workbookSnapshot(sizes: SnapshotSizes = SMALL): fc.Arbitrary<WorkbookSnapshot> {
  return fc
    .record({
      workbook: fc.record({ id, name: words, createdAt: timestamp, updatedAt: timestamp }),
      partners: unique(partner, sizes.partners),
      contacts: unique(contact, sizes.contacts),
      drafts: unique(draft, sizes.drafts),
      iterations: unique(iteration, sizes.iterations),
      statusChanges: unique(statusChange, sizes.other),
      activities: unique(activity, sizes.other),
      settings: fc.uniqueArray(setting, { selector: (value) => value.key, maxLength: sizes.other }),
      tombstones: unique(tombstone, sizes.other),
      strategy: strategyRecords(sizes.other),
      templates: templateRecords(sizes.other),
      people: peopleRecords(sizes.other),
      // How many older revisions each record's history holds, by position.
      ages: fc.array(fc.nat({ max: 3 }), { maxLength: 40 }),
    })
    .map((raw) => {
      const drafts = raw.drafts.map(({ partner: index, ...rest }) => {
        const owner = raw.partners[index % Math.max(raw.partners.length, 1)];
        return {
          ...rest,
          iterationCount: 0,
          ...(owner && index % 3 !== 0 ? { partnerId: owner.id } : {}),
        };
      });
      const iterations = own(raw.iterations, drafts).map(({ ownerId, ...rest }) => ({
        ...rest,
        draftId: ownerId,
        number: 1,
      }));
      const tables = history(
        canonical({
          partners: raw.partners,
          contacts: own(raw.contacts, raw.partners).map(({ ownerId, ...rest }) => ({
            ...rest,
            partnerId: ownerId,
          })),
          positioningDrafts: drafts,
          positioningIterations: iterations,
          positioningStatusChanges: own(raw.statusChanges, drafts).map(({ ownerId, ...rest }) => ({
            ...rest,
            draftId: ownerId,
          })),
          activities: own(raw.activities, raw.partners).map(({ ownerId, ...rest }) => ({
            ...rest,
            partnerId: ownerId,
          })),
          ...placeStrategy(raw.strategy, raw.partners),
          ...placeTemplates(raw.templates, raw.partners),
          // Each partner's history as an older file opened today would start it.
          partnerChanges: raw.partners.flatMap((partner) =>
            initialChanges(RECORD_SCHEMAS.partners.parse(partner)),
          ),
          ...placePeople(raw.people, { partners: raw.partners, iterations }),
          settings: raw.settings,
          tombstones: raw.tombstones,
          revisions: [],
        }),
      );
      return { workbook: raw.workbook, tables: sortedTables(aged(tables, raw.ages)) };
    });
}

/** Each record as the file schema gives it back: trimmed, empty text dropped, defaults filled. */
export function canonical(tables: {
  [T in SnapshotTableName]: readonly unknown[];
}): SnapshotTables {
  return {
    partners: tables.partners.map((item) => RECORD_SCHEMAS.partners.parse(item)),
    contacts: tables.contacts.map((item) => RECORD_SCHEMAS.contacts.parse(item)),
    positioningDrafts: tables.positioningDrafts.map((item) =>
      RECORD_SCHEMAS.positioningDrafts.parse(item),
    ),
    positioningIterations: tables.positioningIterations.map((item) =>
      RECORD_SCHEMAS.positioningIterations.parse(item),
    ),
    positioningStatusChanges: tables.positioningStatusChanges.map((item) =>
      RECORD_SCHEMAS.positioningStatusChanges.parse(item),
    ),
    activities: tables.activities.map((item) => RECORD_SCHEMAS.activities.parse(item)),
    companyGoals: tables.companyGoals.map((item) => RECORD_SCHEMAS.companyGoals.parse(item)),
    partnerPlans: tables.partnerPlans.map((item) => RECORD_SCHEMAS.partnerPlans.parse(item)),
    investments: tables.investments.map((item) => RECORD_SCHEMAS.investments.parse(item)),
    metricEntries: tables.metricEntries.map((item) => RECORD_SCHEMAS.metricEntries.parse(item)),
    customMetrics: tables.customMetrics.map((item) => RECORD_SCHEMAS.customMetrics.parse(item)),
    templates: tables.templates.map((item) => RECORD_SCHEMAS.templates.parse(item)),
    qbrs: tables.qbrs.map((item) => RECORD_SCHEMAS.qbrs.parse(item)),
    partnerChanges: tables.partnerChanges.map((item) => RECORD_SCHEMAS.partnerChanges.parse(item)),
    intelligenceEntries: tables.intelligenceEntries.map((item) =>
      RECORD_SCHEMAS.intelligenceEntries.parse(item),
    ),
    feedback: tables.feedback.map((item) => RECORD_SCHEMAS.feedback.parse(item)),
    decisions: tables.decisions.map((item) => RECORD_SCHEMAS.decisions.parse(item)),
    stakeholders: tables.stakeholders.map((item) => RECORD_SCHEMAS.stakeholders.parse(item)),
    asks: tables.asks.map((item) => RECORD_SCHEMAS.asks.parse(item)),
    settings: tables.settings.map((item) => RECORD_SCHEMAS.settings.parse(item)),
    tombstones: tables.tombstones.map((item) => RECORD_SCHEMAS.tombstones.parse(item)),
    revisions: tables.revisions.map((item) => RECORD_SCHEMAS.revisions.parse(item)),
  };
}
