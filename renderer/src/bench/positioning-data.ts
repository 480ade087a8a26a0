/**
 * The seeded positioning history of the positioning benchmarks: drafts of every template with
 * their iterations, the iterations' summaries and status changes, shaped exactly as the app's
 * repositories store them (positioning-history-repo.ts, positioning-status-repo.ts, schema v3),
 * so that the repositories read a consistent workbook. Draft 0 is the long one whose timeline is
 * opened; drafts 1 to `plan.drafts` share the other iterations, about 100 each. Draft i depends
 * only on (plan, i), so any range of drafts can be generated on its own.
 */
import type {
  IterationSummary,
  PositioningAudience,
  PositioningDraft,
  PositioningIteration,
  PositioningStatus,
  PositioningTemplateId,
  StatusChange,
} from '../../../shared/domain/positioning';
import { POSITIONING_AUDIENCES } from '../../../shared/domain/positioning';
import type { Rng } from '../../../shared/util/prng';
import {
  chance,
  createRng,
  mix32,
  nextInt,
  pick,
  pickWeighted,
  uuidFrom,
} from '../../../shared/util/prng';
import { iterationSummary } from '../db/repos/positioning-records';
import type { PositioningSeedPlan } from './bench-api';
import { filledFields, prose, rationale, refill } from './positioning-text';

/** One generated draft with its history, ready to store. */
export interface SeededDraft {
  draft: PositioningDraft;
  iterations: PositioningIteration[];
  summaries: IterationSummary[];
  statusChanges: StatusChange[];
}

/** The first stream of draft generators; draft i uses stream DRAFT_STREAM + i. */
const DRAFT_STREAM = 0x5eed_0000;
const START = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Most iterations a draft gets above or below its even share. */
const SPREAD = 90;
const AUTHORS = ['Maya Okafor', 'Jonas Berg', 'Priya Raman', 'Lucas Moreau', 'Aiko Tanaka'];
const TEMPLATES: readonly (readonly [PositioningTemplateId, number])[] = [
  ['positioning-statement', 3],
  ['positioning-canvas', 2],
  ['message-house', 2],
  ['joint-value-proposition', 2],
  ['blank', 1],
];

/** How many drafts a plan seeds, the timeline draft included. */
export function seededDraftCount(plan: PositioningSeedPlan): number {
  return plan.drafts + 1;
}

/** How many iterations draft `index` gets: exactly `plan.iterations` over all drafts. */
export function iterationCountOf(plan: PositioningSeedPlan, index: number): number {
  if (index === 0) return plan.timelineIterations;
  const rest = plan.iterations - plan.timelineIterations;
  if (rest < plan.drafts) throw new RangeError('Each draft needs at least one iteration.');
  const even = (i: number) =>
    Math.floor((rest * i) / plan.drafts) - Math.floor((rest * (i - 1)) / plan.drafts);
  // Drafts pair up (1 and 2, 3 and 4, …): what one gains above its even share, the other loses.
  const first = index % 2 === 1 ? index : index - 1;
  if (first + 1 > plan.drafts) return even(index);
  const room = Math.min(even(first), even(first + 1)) - 1;
  const shift = mix32(plan.seed ^ Math.imul(first, 0x9e37_79b1)) % (Math.min(SPREAD, room) + 1);
  return index === first ? even(index) + shift : even(index) - shift;
}

/** The id of draft `index`: the first value its generator draws. */
export function seededDraftId(plan: PositioningSeedPlan, index: number): string {
  return uuidFrom(createRng(plan.seed, DRAFT_STREAM + index));
}

const iso = (ms: number) => new Date(ms).toISOString();

interface Owner {
  /** The index of the seeded partner it belongs to; undefined for a company-wide draft. */
  partner: number | undefined;
  audience: PositioningAudience;
  /** The statuses the draft goes through after its first iteration, at those iteration numbers. */
  changes: readonly (readonly [atIteration: number, to: PositioningStatus])[];
}

// Draft r (from 1) belongs to partner (r - 1) mod P with audience ⌊(r - 1) / P⌋ mod 3, so only
// the first P × 3 drafts can be the one approved draft of their partner and audience; every
// 50th draft is company-wide and never approved.
function ownerOf(plan: PositioningSeedPlan, index: number, rng: Rng, count: number): Owner {
  const at = (share: number) => Math.max(1, Math.min(count, Math.round(count * share)));
  if (index === 0) {
    return {
      partner: undefined,
      audience: 'partner-customers',
      changes: [
        [at(0.25), 'in-review'],
        [at(0.4), 'draft'],
        [at(0.8), 'in-review'],
      ],
    };
  }
  const slot = index - 1;
  const partners = Math.max(1, plan.partners);
  const companyWide = index % 50 === 0 || plan.partners === 0;
  const audience = POSITIONING_AUDIENCES[Math.floor(slot / partners) % 3] ?? 'internal';
  const mayApprove = !companyWide && slot < partners * 3;
  const status = pickWeighted<PositioningStatus>(rng, [
    ['draft', 6],
    ['in-review', 2],
    ['approved', mayApprove ? 1 : 0],
    ['retired', 1],
  ]);
  const late = nextInt(rng, Math.max(1, count - 5), count);
  const changes: Owner['changes'] =
    status === 'draft'
      ? []
      : status === 'approved'
        ? [
            [Math.max(1, late - 1), 'in-review'],
            [late, 'approved'],
          ]
        : [[late, status]];
  return { partner: companyWide ? undefined : slot % partners, audience, changes };
}

/** Generates draft `index` with its whole history; `partnerIds` are the seeded partners' ids. */
export function generateSeededDraft(
  plan: PositioningSeedPlan,
  index: number,
  partnerIds: readonly string[],
): SeededDraft {
  const rng = createRng(plan.seed, DRAFT_STREAM + index);
  const id = uuidFrom(rng);
  const count = iterationCountOf(plan, index);
  const owner = ownerOf(plan, index, rng, count);
  const partnerId = owner.partner === undefined ? undefined : partnerIds[owner.partner];
  const template = pickWeighted(rng, TEMPLATES);
  const title = `${pick(rng, ['Pitch', 'Positioning', 'Joint story', 'Value proposition'])} ${index}`;
  // A few hundred bytes to about 2 KB of fields (as JSON, labels included), kept roughly as each
  // field is rewritten.
  const chars = nextInt(rng, 200, 1600);
  let fields = filledFields(rng, template, chars);
  let time = START + nextInt(rng, 0, 300) * DAY;
  const createdAt = iso(time - DAY);
  let status: PositioningStatus = 'draft';
  const iterations: PositioningIteration[] = [];
  const summaries: IterationSummary[] = [];
  const statusChanges: StatusChange[] = [];
  let parentId: string | undefined;
  for (let number = 1; number <= count; number += 1) {
    if (number > 1) {
      // Each later iteration rewrites one or two of the fields.
      fields = fields.slice();
      const rewrites = chance(rng, 0.3) ? 2 : 1;
      for (let k = 0; k < rewrites; k += 1) {
        const at = nextInt(rng, 0, fields.length - 1);
        const field = fields[at];
        if (field) fields[at] = refill(rng, field, chars / fields.length);
      }
    }
    time += nextInt(rng, 5, 24 * 60) * MINUTE;
    const committedAt = iso(time);
    const author = pick(rng, AUTHORS);
    const iterationId = uuidFrom(rng);
    const why = rationale(rng);
    const evidence = chance(rng, 0.2) ? prose(rng, nextInt(rng, 40, 200)) : undefined;
    const evidenceUrl = chance(rng, 0.1)
      ? `https://feedback.example.com/${index}/${number}`
      : undefined;
    // Keys in the order PositioningHistoryRepo writes them, optional ones included as undefined.
    const iteration: PositioningIteration = {
      id: iterationId,
      createdAt: committedAt,
      updatedAt: committedAt,
      draftId: id,
      number,
      parentId,
      author,
      rationale: why,
      evidence,
      evidenceUrl,
      title,
      audience: owner.audience,
      status,
      fields,
      committedAt,
    };
    iterations.push(iteration);
    summaries.push(iterationSummary(iteration));
    parentId = iterationId;
    for (const [atIteration, to] of owner.changes) {
      if (atIteration !== number) continue;
      time += nextInt(rng, 1, 120) * MINUTE;
      statusChanges.push({
        id: uuidFrom(rng),
        draftId: id,
        from: status,
        to,
        author,
        at: iso(time),
      });
      status = to;
    }
  }
  const draft: PositioningDraft = {
    id,
    createdAt,
    updatedAt: iso(time),
    ...(partnerId === undefined ? {} : { partnerId }),
    title,
    audience: owner.audience,
    template,
    status,
    fields,
    ...(parentId === undefined ? {} : { headIterationId: parentId }),
    iterationCount: count,
  };
  return { draft, iterations, summaries, statusChanges };
}
