/**
 * A realistic handful of people records for generated workbooks (demos, benchmarks, the command
 * line's `sample`): partner intelligence in every section for the first few partners, some of it
 * old enough to be stale; feedback from partner contacts and customers with themes and
 * sentiments; a decision backed by feedback and one taken without any; stakeholders across the
 * company's teams, a high-influence skeptic among them; and asks in every status, one stalled.
 * The amount does not grow with the workbook. Records depend only on (seed, the partners, their
 * contacts and drafts, now), so the same inputs give the same records.
 */
import type { Ask, AskStatus } from '../domain/people/ask';
import type { IntelligenceEntry } from '../domain/people/intelligence';
import type { Influence, Stakeholder, Stance, Team } from '../domain/people/stakeholder';
import type { Decision, Feedback, Sentiment } from '../domain/people/voice';
import type { Contact, Partner } from '../domain/partner';
import type { PositioningDraft } from '../domain/positioning';
import { createRng, mix32, uuidFrom } from '../util/prng';
import { toIsoSeconds } from './iso-seconds';
import { SAMPLE_INTELLIGENCE } from './people-phrases';

/** The generated people records. */
export interface GeneratedPeople {
  intelligenceEntries: IntelligenceEntry[];
  feedback: Feedback[];
  decisions: Decision[];
  stakeholders: Stakeholder[];
  asks: Ask[];
}

/** What the people records link to, and when they are made. */
export interface GeneratePeopleOptions {
  partners: readonly Partner[];
  contacts: readonly Contact[];
  drafts: readonly PositioningDraft[];
  /** The seed the partners were generated with. */
  seed: number;
  /** The moment of generation: every date lies before it. */
  now: Date;
}

const SALT = 0x9e09_1e57;
const DAY_MS = 86_400_000;

interface FeedbackSpec {
  /** Said by the partner's first contact (a customer when the partner has none). */
  fromPartner: boolean;
  organisation?: string;
  daysAgo: number;
  words: string;
  theme: string;
  sentiment: Sentiment;
  /** Which of the first partners it is about; none for feedback on the product as a whole. */
  partner?: number;
  /** Evidence for the partner's first positioning draft, when it has one. */
  evidence?: boolean;
}

const FEEDBACK: readonly FeedbackSpec[] = [
  {
    fromPartner: true,
    daysAgo: 18,
    words: 'The joint demo script finally matches how our team sells; we closed two deals with it.',
    theme: 'Enablement',
    sentiment: 'positive',
    partner: 0,
  },
  {
    fromPartner: false,
    organisation: 'Harbor Freight Lines',
    daysAgo: 26,
    words: 'Setup took a day instead of the month we had planned for.',
    theme: 'Onboarding',
    sentiment: 'positive',
    partner: 0,
    evidence: true,
  },
  {
    fromPartner: true,
    daysAgo: 40,
    words: 'Deal registration takes too long to confirm, so our reps stop registering.',
    theme: 'Deal registration',
    sentiment: 'negative',
    partner: 1,
  },
  {
    fromPartner: false,
    organisation: 'Nordic Rail',
    daysAgo: 65,
    words: 'We need the export into our warehouse before we can roll out to more depots.',
    theme: 'Integration',
    sentiment: 'neutral',
    partner: 1,
  },
  {
    fromPartner: false,
    organisation: 'Meridian Health',
    daysAgo: 90,
    words: 'Pricing per seat does not work for our shift workers.',
    theme: 'Pricing',
    sentiment: 'negative',
  },
  {
    fromPartner: true,
    daysAgo: 130,
    words: 'Marketing funds are easy to claim now; please keep the new form.',
    theme: 'Co-marketing',
    sentiment: 'positive',
    partner: 2,
  },
];

const CUSTOMER_NAMES = ['Dana Whitfield', 'Lars Eklund', 'Priya Raman', 'Tom Becker'] as const;

interface StakeholderSpec {
  name: string;
  team: Team;
  role: string;
  influence: Influence;
  stance: Stance;
  partners: readonly number[];
  metDaysAgo?: number;
  notes?: string;
}

const STAKEHOLDERS: readonly StakeholderSpec[] = [
  {
    name: 'Morgan Ellis',
    team: 'sales',
    role: 'VP Sales, North America',
    influence: 'high',
    stance: 'champion',
    partners: [0, 1],
    metDaysAgo: 6,
  },
  {
    name: 'Aisha Bello',
    team: 'marketing',
    role: 'Partner marketing lead',
    influence: 'medium',
    stance: 'supporter',
    partners: [0, 2],
    metDaysAgo: 14,
  },
  {
    name: 'Tomasz Nowak',
    team: 'product',
    role: 'Group product manager',
    influence: 'medium',
    stance: 'neutral',
    partners: [1],
    metDaysAgo: 35,
  },
  {
    name: 'Erik Lindqvist',
    team: 'engineering',
    role: 'Director of engineering',
    influence: 'high',
    stance: 'skeptic',
    partners: [0, 1, 3],
    metDaysAgo: 21,
    notes: 'Worried that partner integrations pull engineers off the roadmap.',
  },
  {
    name: 'Hannah Kraus',
    team: 'legal',
    role: 'Commercial counsel',
    influence: 'low',
    stance: 'blocker',
    partners: [2],
    metDaysAgo: 60,
  },
  {
    name: 'Rafael Ortiz',
    team: 'finance',
    role: 'FP&A manager',
    influence: 'low',
    stance: 'neutral',
    partners: [],
  },
  {
    name: 'Grace Liu',
    team: 'executive',
    role: 'Chief revenue officer',
    influence: 'high',
    stance: 'supporter',
    partners: [0],
    metDaysAgo: 45,
  },
];

interface AskSpec {
  what: string;
  why: string;
  stakeholder: number;
  partner?: number;
  status: AskStatus;
  askedDaysAgo?: number;
  outcome?: string;
}

// Every status once, and two at "asked": one recent, one stalled (over 21 days).
const ASKS: readonly AskSpec[] = [
  {
    what: 'Two engineers for the usage data API',
    why: 'The partner’s biggest accounts are waiting for it.',
    stakeholder: 3,
    partner: 0,
    status: 'asked',
    askedDaysAgo: 38,
  },
  {
    what: 'A slot in the spring product webinar',
    why: 'Show the joint offer to our install base.',
    stakeholder: 1,
    partner: 0,
    status: 'asked',
    askedDaysAgo: 5,
  },
  {
    what: 'Sign-off on the new reseller agreement',
    why: 'The reseller cannot start selling without it.',
    stakeholder: 4,
    partner: 2,
    status: 'declined',
    askedDaysAgo: 50,
    outcome: 'Needs the liability cap changed first.',
  },
  {
    what: 'A co-marketing budget line for next quarter',
    why: 'Match the partners’ event spend.',
    stakeholder: 5,
    status: 'planned',
  },
  {
    what: 'Neutral sales compensation on partner deals',
    why: 'Reps avoid partner-sourced deals today.',
    stakeholder: 0,
    status: 'agreed',
    askedDaysAgo: 70,
    outcome: 'From the next fiscal year.',
  },
  {
    what: 'A roadmap review with the partner’s CTO',
    why: 'Align the warehouse export with their plans.',
    stakeholder: 2,
    partner: 1,
    status: 'done',
    askedDaysAgo: 90,
    outcome: 'Held; the export is planned for the summer release.',
  },
];

/** The people records of a generated workbook; none when it has no partners. */
export function generatePeople(options: GeneratePeopleOptions): GeneratedPeople {
  const { partners, contacts, drafts, now } = options;
  const result: GeneratedPeople = {
    intelligenceEntries: [],
    feedback: [],
    decisions: [],
    stakeholders: [],
    asks: [],
  };
  if (partners.length === 0) return result;
  const rng = createRng(mix32(options.seed ^ SALT));
  const nowMs = now.getTime();
  const at = (daysAgo: number) => toIsoSeconds(nowMs - daysAgo * DAY_MS);
  const day = (daysAgo: number) => at(daysAgo).slice(0, 10);
  const made = (daysAgo: number) => ({
    id: uuidFrom(rng),
    createdAt: at(daysAgo),
    updatedAt: at(daysAgo),
  });
  const partnerAt = (index: number | undefined) =>
    index === undefined ? undefined : partners[index % partners.length];
  const partnerIdOf = (index: number | undefined) => {
    const partner = partnerAt(index);
    return partner === undefined ? {} : { partnerId: partner.id };
  };

  SAMPLE_INTELLIGENCE.forEach((known, index) => {
    const partner = partners[index];
    if (partner === undefined) return;
    for (const { fields, daysAgo, note } of known) {
      const link =
        partner.website === undefined ? undefined : `${partner.website.replace(/\/+$/, '')}/news`;
      const source =
        note !== undefined
          ? { kind: 'note' as const, note }
          : link !== undefined
            ? { kind: 'link' as const, url: link }
            : undefined;
      result.intelligenceEntries.push({
        ...made(daysAgo),
        partnerId: partner.id,
        observedAt: day(daysAgo),
        ...(source === undefined ? {} : { source }),
        ...fields,
      });
    }
  });

  let customers = 0;
  for (const spec of FEEDBACK) {
    const partner = partnerAt(spec.partner);
    const contact = partner && contacts.find((item) => item.partnerId === partner.id);
    const draft = partner && drafts.find((item) => item.partnerId === partner.id);
    const fromContact = spec.fromPartner && partner !== undefined && contact !== undefined;
    const organisation = fromContact ? partner.name : spec.organisation;
    const iteration = spec.evidence === true ? draft?.headIterationId : undefined;
    result.feedback.push({
      ...made(spec.daysAgo),
      speakerKind: fromContact ? 'partner-contact' : 'customer',
      speakerName: fromContact
        ? contact.name
        : (CUSTOMER_NAMES[customers++ % CUSTOMER_NAMES.length] ?? 'A customer'),
      ...(organisation === undefined ? {} : { speakerOrganisation: organisation }),
      date: day(spec.daysAgo),
      words: spec.words,
      theme: spec.theme,
      sentiment: spec.sentiment,
      ...partnerIdOf(spec.partner),
      ...(iteration === undefined ? {} : { positioningIterationId: iteration }),
    });
  }

  // One decision on the feedback above, one on a customer's word, one taken without any.
  const [enablement, onboarding, registration, , pricing] = result.feedback;
  result.decisions.push(
    {
      ...made(12),
      scope: 'partnership',
      ...partnerIdOf(0),
      context: 'Partner reps and their customers both credit the joint demo and the fast setup.',
      optionsConsidered: ['Lead the joint pitch with speed of setup', 'Lead with price'],
      decision: 'Lead the joint pitch with speed of setup.',
      date: day(12),
      decidedBy: 'Morgan Ellis',
      feedbackIds: [enablement, onboarding].flatMap((item) => item?.id ?? []),
    },
    {
      ...made(30),
      scope: 'product-for-partners',
      context: 'Deal registrations wait days for a confirmation, and partners stop registering.',
      optionsConsidered: ['Confirm registrations automatically', 'Add a second reviewer'],
      decision: 'Confirm registrations automatically when the account is not already ours.',
      date: day(30),
      decidedBy: 'Tomasz Nowak',
      feedbackIds: [registration, pricing].flatMap((item) => item?.id ?? []).slice(0, 1),
    },
    {
      ...made(75),
      scope: 'partnership',
      ...partnerIdOf(3),
      context: 'The partner’s ticketing app had few installs.',
      optionsConsidered: [],
      decision: 'Retire the ticketing app listing.',
      date: day(75),
      decidedBy: 'Grace Liu',
      feedbackIds: [],
    },
  );

  for (const spec of STAKEHOLDERS) {
    const partnerIds = [...new Set(spec.partners.flatMap((index) => partnerAt(index)?.id ?? []))];
    result.stakeholders.push({
      ...made(120),
      name: spec.name,
      team: spec.team,
      role: spec.role,
      influence: spec.influence,
      stance: spec.stance,
      partnerIds,
      ...(spec.metDaysAgo === undefined ? {} : { lastMetAt: day(spec.metDaysAgo) }),
      ...(spec.notes === undefined ? {} : { notes: spec.notes }),
    });
  }

  for (const spec of ASKS) {
    const stakeholder = result.stakeholders[spec.stakeholder];
    if (stakeholder === undefined) continue;
    result.asks.push({
      ...made(spec.askedDaysAgo ?? 3),
      what: spec.what,
      why: spec.why,
      stakeholderId: stakeholder.id,
      ...partnerIdOf(spec.partner),
      status: spec.status,
      ...(spec.askedDaysAgo === undefined ? {} : { askedAt: day(spec.askedDaysAgo) }),
      ...(spec.outcome === undefined ? {} : { outcome: spec.outcome }),
    });
  }
  return result;
}
