/**
 * Positioning drafts with their full histories for generated workbooks (demos, benchmarks, the
 * command line's `sample`). Records are shaped as the app's repositories write them: each
 * iteration points at its parent, each draft at its head with its iteration count, status changes
 * are recorded as they happen, and a partner never has two approved drafts for one audience.
 * The drafts of partner i depend only on (seed, i, the partner, now), like the partners, and on
 * the iteration counts when the caller plans them (iteration-counts.ts). Records go to a sink as
 * they are made, so that a large sample need not hold its iterations (sample-file.ts).
 */
import type { LifecycleStage, Partner } from '../domain/partner';
import {
  POSITIONING_AUDIENCES,
  type DraftField,
  type PositioningDraft,
  type PositioningIteration,
  type PositioningStatus,
  type PositioningTemplateId,
  type StatusChange,
} from '../domain/positioning';
import { restoreRationale } from '../positioning/history-rules';
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
import { fillPhrase, filledFields, revisedFields, type PhraseContext } from './seeded-draft-fields';
import { EVIDENCE, RATIONALES } from './positioning-phrases';
import { SEEDED_OWNERS } from './word-lists';

/** Generated drafts and the history behind them. */
export interface GeneratedPositioning {
  drafts: PositioningDraft[];
  iterations: PositioningIteration[];
  statusChanges: StatusChange[];
}

/** Options of {@link generatePositioning}. */
export interface GeneratePositioningOptions {
  /** The seed the partners were generated with; the same seed gives the same drafts. */
  seed: number;
  /** The moment of generation: every date lies before it. */
  now: Date;
  /**
   * How many iterations each draft gets, by draft in the order they are made (the two company
   * drafts, then each partner's); by default each draft draws 1–12. A draft planned with none is
   * one just started: a draft, never committed. See iteration-counts.ts.
   */
  iterationCounts?: ArrayLike<number>;
}

/** Receives the records as they are made: a draft's iterations and status changes come first. */
export interface PositioningSink {
  draft(draft: PositioningDraft): void;
  iteration(iteration: PositioningIteration): void;
  statusChange(change: StatusChange): void;
}

const SALT = 0x7053_1d0e;
const COMPANY_STREAM = 0xffff_ff00;

const DRAFT_CHANCE: Readonly<Record<LifecycleStage, number>> = {
  prospect: 0.1,
  applicant: 0.2,
  onboarding: 0.5,
  active: 0.7,
  growing: 0.8,
  'at-risk': 0.6,
  exited: 0.3,
};

const TEMPLATE_WEIGHTS: readonly (readonly [PositioningTemplateId, number])[] = [
  ['joint-value-proposition', 4],
  ['positioning-statement', 3],
  ['message-house', 2],
  ['positioning-canvas', 2],
];

const TEMPLATE_TITLES: Readonly<Record<PositioningTemplateId, string>> = {
  'joint-value-proposition': 'Joint value proposition',
  'positioning-statement': 'Positioning statement',
  'message-house': 'Message house',
  'positioning-canvas': 'Positioning canvas',
  blank: 'Notes',
};

const LIVE_STATUSES: readonly (readonly [PositioningStatus, number])[] = [
  ['approved', 45],
  ['in-review', 20],
  ['draft', 28],
  ['retired', 7],
];
const EARLY_STATUSES: readonly (readonly [PositioningStatus, number])[] = [
  ['draft', 55],
  ['in-review', 25],
  ['approved', 15],
  ['retired', 5],
];

/** How many iterations a draft gets when they are not planned: [count, weight] pairs. */
export const ITERATION_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 3],
  [2, 4],
  [3, 4],
  [4, 3],
  [5, 2],
  [7, 1],
  [12, 1],
];

// The status changes on the way to a draft's final status, in order.
const STATUS_PATHS: Readonly<Record<PositioningStatus, readonly PositioningStatus[]>> = {
  draft: [],
  'in-review': ['in-review'],
  approved: ['in-review', 'approved'],
  retired: ['in-review', 'approved', 'retired'],
};

interface Owner {
  partnerId: string | undefined;
  context: PhraseContext;
  author: string | undefined;
  startMs: number;
}

/** Distinct random times from `startMs` to `endMs`, in order, as whole seconds. */
function timesBetween(rng: Rng, startMs: number, endMs: number, count: number): number[] {
  const from = Math.floor(startMs / 1000);
  const to = Math.max(from + count, Math.floor(endMs / 1000));
  const seconds = new Set<number>();
  while (seconds.size < count) seconds.add(nextInt(rng, from + 1, to));
  return [...seconds].sort((a, b) => a - b).map((second) => second * 1000);
}

// What one draft's history is made with: where records go and how many iterations it gets.
interface DraftPlan {
  nowMs: number;
  out: PositioningSink;
  /** Iterations planned for this draft; drawn when undefined. */
  count: number | undefined;
}

function draftHistory(
  rng: Rng,
  owner: Owner,
  audience: PositioningDraft['audience'],
  drawnStatus: PositioningStatus,
  plan: DraftPlan,
): void {
  const { nowMs, out } = plan;
  const template = pickWeighted(rng, TEMPLATE_WEIGHTS);
  const { context, author } = owner;
  const title =
    owner.partnerId === undefined
      ? `Company ${TEMPLATE_TITLES[template].toLowerCase()}`
      : `${context.partner}: ${TEMPLATE_TITLES[template].toLowerCase()}`;
  const count = plan.count ?? pickWeighted(rng, ITERATION_COUNT_WEIGHTS);
  // Review and approval follow a commit: a draft without one is still a draft.
  const status = count === 0 ? 'draft' : drawnStatus;
  const path = STATUS_PATHS[status];
  // In review a little after half the iterations; approved and retired after the last.
  const reviewAfter = Math.ceil(count * 0.6);
  const times = timesBetween(rng, owner.startMs, nowMs - 60_000, 1 + count + path.length + 1);
  let next = 0;
  const at = (): string => toIsoSeconds(times[next++] ?? nowMs);

  const id = uuidFrom(rng);
  const createdAt = at();
  let current: PositioningStatus = 'draft';
  let fields: DraftField[] = filledFields(rng, template, context);
  // The contents of the last two iterations: the head, and the one a restore may bring back.
  let head: DraftField[] | undefined;
  let beforeHead: DraftField[] | undefined;
  let parentId: string | undefined;
  const changeStatus = (to: PositioningStatus): void => {
    const note = to === 'approved' ? fillPhrase('Signed off with {partner}.', context) : undefined;
    out.statusChange({
      id: uuidFrom(rng),
      draftId: id,
      from: current,
      to,
      ...(author === undefined ? {} : { author }),
      ...(note === undefined ? {} : { note }),
      at: at(),
    });
    current = to;
  };
  for (let number = 1; number <= count; number += 1) {
    if (number > 1) fields = revisedFields(rng, fields, context);
    const older = number > 2 && chance(rng, 0.05) ? beforeHead : undefined;
    // A restore brings back the iteration before the head; never one equal to the head.
    const same = older !== undefined && JSON.stringify(older) === JSON.stringify(head);
    const restored = older && !same ? older : undefined;
    const restore = restored ? number - 2 : undefined;
    const content = restored ?? fields;
    const evidence = chance(rng, 0.3) ? fillPhrase(pick(rng, EVIDENCE), context) : undefined;
    const committedAt = at();
    const iteration: PositioningIteration = {
      id: uuidFrom(rng),
      createdAt: committedAt,
      updatedAt: committedAt,
      draftId: id,
      number,
      ...(parentId === undefined ? {} : { parentId }),
      ...(author === undefined ? {} : { author }),
      rationale:
        restore === undefined
          ? fillPhrase(pick(rng, RATIONALES), context)
          : restoreRationale(restore),
      ...(evidence === undefined || restored ? {} : { evidence }),
      title,
      audience,
      status: current,
      fields: content,
      ...(restore === undefined ? {} : { restoredFrom: restore }),
      committedAt,
    };
    out.iteration(iteration);
    beforeHead = head;
    head = content;
    fields = content;
    parentId = iteration.id;
    if (number === reviewAfter && path[0] === 'in-review') changeStatus('in-review');
  }
  for (const to of path.slice(1)) changeStatus(to);
  // Some drafts carry edits not yet saved as an iteration.
  const edited = chance(rng, 0.12);
  const workingCopy = edited ? revisedFields(rng, fields, context) : fields;
  const updatedAt = edited ? at() : toIsoSeconds(times[next - 1] ?? nowMs);
  out.draft({
    id,
    createdAt,
    updatedAt,
    ...(owner.partnerId === undefined ? {} : { partnerId: owner.partnerId }),
    title,
    audience,
    template,
    status,
    fields: workingCopy,
    ...(parentId === undefined ? {} : { headIterationId: parentId }),
    iterationCount: count,
  });
}

function partnerOwner(partner: Partner): Owner {
  return {
    partnerId: partner.id,
    context: {
      partner: partner.name,
      industry: partner.industry ?? 'B2B software',
      // Phrases say "in {region}": "in Global" would not read.
      region:
        partner.region === undefined || partner.region === 'Global'
          ? 'every region'
          : partner.region,
    },
    author: partner.owner,
    startMs: Date.parse(partner.createdAt),
  };
}

/** How many drafts partner `index` has (0, 1 or 2): its stream's first draws, as made below. */
function draftCount(seed: number, index: number, stage: LifecycleStage): [Rng, number] {
  const rng = createRng(seed, index);
  const count = chance(rng, DRAFT_CHANCE[stage]) ? (chance(rng, 0.25) ? 2 : 1) : 0;
  return [rng, count];
}

const generatorSeed = (seed: number): number => mix32(seed ^ SALT);

/** The company's drafts: always two, made before the partners'. */
const COMPANY_DRAFTS = 2;

/**
 * How many drafts {@link generatePositioning} makes for these partners and seed, without making
 * them: what planning the iteration counts needs.
 */
export function countDrafts(partners: readonly Partner[], seed: number): number {
  const mixed = generatorSeed(seed);
  let drafts = COMPANY_DRAFTS;
  partners.forEach((partner, index) => {
    drafts += draftCount(mixed, index, partner.stage)[1];
  });
  return drafts;
}

/**
 * Drafts for about half the partners (more for live partnerships, fewer for prospects), one or
 * two each, plus two company-wide drafts, each with its iterations (1–12 unless planned) and its
 * status changes, given to `out` as they are made.
 */
export function generatePositioningInto(
  partners: readonly Partner[],
  options: GeneratePositioningOptions,
  out: PositioningSink,
): void {
  const nowMs = options.now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now must be a valid date.');
  const seed = generatorSeed(options.seed);
  const planned = options.iterationCounts;
  let ordinal = 0;
  const plan = (): DraftPlan => {
    const count = planned?.[ordinal];
    ordinal += 1;
    return { nowMs, out, count };
  };
  const company: Owner = {
    partnerId: undefined,
    context: { partner: 'a certified partner', industry: 'mid-market', region: 'every region' },
    author: undefined,
    startMs: nowMs - 400 * 86_400_000,
  };
  const companyRng = createRng(seed, COMPANY_STREAM);
  company.author = pick(companyRng, SEEDED_OWNERS);
  draftHistory(companyRng, company, 'internal', 'approved', plan());
  draftHistory(companyRng, company, 'partner-sales', 'in-review', plan());
  partners.forEach((partner, index) => {
    const [rng, count] = draftCount(seed, index, partner.stage);
    if (count === 0) return;
    const owner = partnerOwner(partner);
    const { stage } = partner;
    const live = stage === 'active' || stage === 'growing' || stage === 'at-risk';
    const statuses = live ? LIVE_STATUSES : EARLY_STATUSES;
    // One audience per draft: a partner never has two approved drafts for the same audience.
    for (const audience of sample(rng, POSITIONING_AUDIENCES, count)) {
      draftHistory(rng, owner, audience, pickWeighted(rng, statuses), plan());
    }
  });
  if (planned !== undefined && ordinal !== planned.length) {
    throw new RangeError(`${planned.length} iteration counts were planned for ${ordinal} drafts.`);
  }
}

/** {@link generatePositioningInto}, every record held: for workbooks that fit in memory. */
export function generatePositioning(
  partners: readonly Partner[],
  options: GeneratePositioningOptions,
): GeneratedPositioning {
  const result: GeneratedPositioning = { drafts: [], iterations: [], statusChanges: [] };
  generatePositioningInto(partners, options, {
    draft: (draft) => result.drafts.push(draft),
    iteration: (iteration) => result.iterations.push(iteration),
    statusChange: (change) => result.statusChanges.push(change),
  });
  return result;
}
