import fc from 'fast-check';
import { ASK_STATUSES } from '../../domain/people/ask';
import {
  ACCOUNT_STATUSES,
  COMPETITION_KINDS,
  TECHNOLOGY_STATUSES,
  TREND_IMPACTS,
} from '../../domain/people/intelligence';
import { INFLUENCE_LEVELS, STANCES, TEAMS } from '../../domain/people/stakeholder';
import { DECISION_SCOPES, SENTIMENTS, SPEAKER_KINDS } from '../../domain/people/voice';

/**
 * For tests only: fast-check arbitraries for the people tables of format 6. Records pick what
 * they link to (partner, stakeholder, positioning iteration, feedback) by position, and
 * {@link placePeople} points them at the workbook's own; a decision may also link to feedback
 * that no longer exists, as the app allows.
 */

const id = fc.uuid({ version: 4 });
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const isoDate = timestamp.map((time) => time.slice(0, 10));
const text = fc.oneof(
  fc.constantFrom('Globex', 'Ümlaut', '東京', '"q"', 'a\\b', 'Marketplace listing', '=SUM(A1)'),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
);
const host = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
const record = { id, createdAt: timestamp, updatedAt: timestamp };
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
// A link to pick by position, or none.
const link = optional(fc.nat());

const source = fc.oneof(
  fc.record(
    {
      kind: fc.constant('link' as const),
      url: host.map((name) => `https://${name}.example.com/`),
      note: text,
    },
    { requiredKeys: ['kind', 'url'] },
  ),
  fc.record({ kind: fc.constant('note' as const), note: text }),
);

const sectionFields = fc.oneof(
  fc.record(
    {
      section: fc.constant('customers' as const),
      accountName: text,
      segment: text,
      accountStatus: fc.constantFrom(...ACCOUNT_STATUSES),
    },
    { requiredKeys: ['section', 'accountName', 'accountStatus'] },
  ),
  fc.record(
    {
      section: fc.constant('technology' as const),
      integrationName: text,
      certification: text,
      technologyStatus: fc.constantFrom(...TECHNOLOGY_STATUSES),
    },
    { requiredKeys: ['section', 'integrationName', 'technologyStatus'] },
  ),
  fc.record({
    section: fc.constant('competition' as const),
    competitor: text,
    competitionKind: fc.constantFrom(...COMPETITION_KINDS),
  }),
  fc.record(
    {
      section: fc.constant('channels' as const),
      routeToMarket: text,
      marketplace: text,
      region: text,
    },
    { requiredKeys: ['section', 'routeToMarket'] },
  ),
  fc.record({
    section: fc.constant('trends' as const),
    trend: text,
    impact: fc.constantFrom(...TREND_IMPACTS),
  }),
);

const intelligenceEntry = fc
  .record({
    common: fc.record(
      { ...record, owner: fc.nat(), observedAt: isoDate, source, notes: text },
      { requiredKeys: ['id', 'createdAt', 'updatedAt', 'owner', 'observedAt'] },
    ),
    fields: sectionFields,
  })
  .map(({ common, fields }) => ({ ...common, ...fields }));

const feedback = fc.record(
  {
    ...record,
    speakerKind: fc.constantFrom(...SPEAKER_KINDS),
    speakerName: text,
    speakerOrganisation: text,
    date: isoDate,
    words: text,
    theme: text,
    sentiment: fc.constantFrom(...SENTIMENTS),
    partner: link,
    iteration: link,
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'speakerKind',
      'speakerName',
      'date',
      'words',
      'theme',
      'sentiment',
      'partner',
      'iteration',
    ],
  },
);

const decision = fc.record({
  ...record,
  scope: fc.constantFrom(...DECISION_SCOPES),
  partner: link,
  context: text,
  optionsConsidered: fc.array(text, { maxLength: 3 }),
  decision: text,
  date: isoDate,
  decidedBy: text,
  linked: fc.array(fc.nat(), { maxLength: 3 }),
  // Feedback deleted since: a decision keeps its id.
  missing: fc.array(id, { maxLength: 1 }),
});

const stakeholder = fc.record(
  {
    ...record,
    name: text,
    team: fc.constantFrom(...TEAMS),
    role: text,
    influence: fc.constantFrom(...INFLUENCE_LEVELS),
    stance: fc.constantFrom(...STANCES),
    partners: fc.array(fc.nat(), { maxLength: 3 }),
    lastMetAt: isoDate,
    notes: text,
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'name',
      'team',
      'influence',
      'stance',
      'partners',
    ],
  },
);

const ask = fc
  .record(
    {
      ...record,
      what: text,
      why: text,
      stakeholder: fc.nat(),
      partner: link,
      status: fc.constantFrom(...ASK_STATUSES),
      askedAt: isoDate,
      outcome: text,
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'what', 'stakeholder', 'partner', 'status'] },
  )
  // An ask at "asked" says when it was made.
  .filter((item) => item.status !== 'asked' || item.askedAt !== undefined);

const unique = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { selector: (value) => value.id, maxLength });

/** Raw people records, at most `max` of each. */
export function peopleRecords(max: number) {
  return fc.record({
    intelligenceEntries: unique(intelligenceEntry, max),
    feedback: unique(feedback, max),
    decisions: unique(decision, max),
    stakeholders: unique(stakeholder, max),
    asks: unique(ask, max),
  });
}

/** Raw records, as {@link peopleRecords} makes them. */
export type RawPeople = ReturnType<typeof peopleRecords> extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(items: readonly T[], at: number | undefined): T | undefined =>
  at === undefined ? undefined : items[at % Math.max(items.length, 1)];

/** What the people records link to in the workbook they are placed in. */
export interface PeopleLinks {
  partners: readonly { id: string }[];
  iterations: readonly { id: string }[];
}

/**
 * The people records (before their schemas' parse), linked into a workbook: entries without a
 * partner and asks without a stakeholder are dropped, other links left out when there is
 * nothing to link to.
 */
export function placePeople(raw: RawPeople, links: PeopleLinks) {
  const partnerId = (at: number | undefined) => pick(links.partners, at)?.id;
  // The key only when there is something to link to, as a decoded record has it.
  const partnerOf = (at: number | undefined) => {
    const partner = partnerId(at);
    return partner === undefined ? {} : { partnerId: partner };
  };
  const intelligenceEntries = raw.intelligenceEntries.flatMap(({ owner, ...rest }) => {
    const partner = partnerId(owner);
    return partner === undefined ? [] : [{ ...rest, partnerId: partner }];
  });
  const feedback = raw.feedback.map(({ partner, iteration, ...rest }) => {
    const positioningIterationId = pick(links.iterations, iteration)?.id;
    return {
      ...rest,
      ...partnerOf(partner),
      ...(positioningIterationId === undefined ? {} : { positioningIterationId }),
    };
  });
  const decisions = raw.decisions.map(({ partner, linked, missing, ...rest }) => ({
    ...rest,
    ...partnerOf(partner),
    feedbackIds: [...linked.flatMap((at) => pick(feedback, at)?.id ?? []), ...missing],
  }));
  const stakeholders = raw.stakeholders.map(({ partners, ...rest }) => ({
    ...rest,
    partnerIds: partners.flatMap((at) => partnerId(at) ?? []),
  }));
  const asks = raw.asks.flatMap(({ stakeholder, partner, ...rest }) => {
    const of = pick(stakeholders, stakeholder);
    return of === undefined ? [] : [{ ...rest, stakeholderId: of.id, ...partnerOf(partner) }];
  });
  return { intelligenceEntries, feedback, decisions, stakeholders, asks };
}
