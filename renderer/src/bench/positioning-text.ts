/**
 * Seeded text for the positioning benchmarks: fields of every template filled to a size in
 * characters, and a copy of some fields with a share of their words changed, as a user's next
 * iteration would. Pure functions of the generator passed in, so that a seed always gives the
 * same text.
 */
import type { Claim, DraftField, PositioningTemplateId } from '../../../shared/domain/positioning';
import type { Rng } from '../../../shared/util/prng';
import { chance, createRng, nextInt, pick } from '../../../shared/util/prng';
import { emptyFields } from '../../../shared/positioning/templates';

const WORDS = `
  partner customer pipeline revenue onboarding workflow forecast data platform integration
  analytics margin renewal retention expansion channel reseller integrator marketplace cloud
  security compliance audit migration adoption launch pricing bundle services support training
  certified joint offer value outcome proof reference case study benchmark quarter growth
  team sales engineer champion executive budget procurement contract region segment vertical
  healthcare finance retail manufacturing logistics public sector education energy insurance
  mid-market enterprise startup faster simpler cheaper safer proven measurable predictable
  automated unified real-time secure open flexible scalable trusted local global native
  reduces improves replaces connects removes accelerates protects simplifies unlocks delivers
  time cost risk effort errors churn delays spreadsheets manual handoffs silos tickets rework
  weeks days hours percent customers deployments users accounts regions partners projects
  because while without unlike only every most first across within through before after
`
  .split(/\s+/)
  .filter((word) => word !== '');

const BLANK_LABELS = [
  'Elevator pitch',
  'Objections and answers',
  'Discovery questions',
  'Why now',
  'Customer quote',
  'Competitive landmines',
];

/** A sentence of `words` words, capitalised, ending with a full stop. */
function sentence(rng: Rng, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i += 1) parts.push(pick(rng, WORDS));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Characters a word of the vocabulary takes with its space, about. */
const AVERAGE_WORD_CHARS = 8;

/** What a size counts: characters, or words. */
export type Measure = 'chars' | 'words';

/** Sentences until they hold at least `amount` characters or words (at least one sentence). */
function sentences(rng: Rng, amount: number, measure: Measure): string[] {
  const result: string[] = [];
  let size = 0;
  do {
    // The last sentence is cut to what is left, so that short fields stay short.
    const left = measure === 'chars' ? (amount - size) / AVERAGE_WORD_CHARS : amount - size;
    const words = Math.min(nextInt(rng, 6, 18), Math.max(2, Math.ceil(left)));
    const next = sentence(rng, words);
    result.push(next);
    size += measure === 'chars' ? next.length + 1 : words;
  } while (size < amount);
  return result;
}

/** A paragraph of at least `amount` characters or words. */
export function prose(rng: Rng, amount: number, measure: Measure = 'chars'): string {
  return sentences(rng, amount, measure).join(' ');
}

function listValue(rng: Rng, amount: number, measure: Measure): string[] {
  const items = nextInt(rng, 2, 5);
  return Array.from({ length: items }, () => prose(rng, amount / items, measure));
}

function claimsValue(rng: Rng, amount: number, measure: Measure): Claim[] {
  const claims = nextInt(rng, 2, 4);
  // Half of each claim's share goes to its text, half to its proof, one point per line.
  return Array.from({ length: claims }, () => ({
    text: prose(rng, amount / claims / 2, measure),
    proof: sentences(rng, amount / claims / 2, measure).join('\n'),
  }));
}

/** A field of this shape filled with about `amount` characters (or words) of new text. */
export function refill(
  rng: Rng,
  field: DraftField,
  amount: number,
  measure: Measure = 'chars',
): DraftField {
  switch (field.kind) {
    case 'text':
      return { ...field, value: prose(rng, amount, measure) };
    case 'list':
      return { ...field, value: listValue(rng, amount, measure) };
    case 'claims':
      return { ...field, value: claimsValue(rng, amount, measure) };
  }
}

/**
 * The fields of a template (a blank draft gets two to four user-named text fields), filled with
 * about `amount` characters (or words) in all.
 */
export function filledFields(
  rng: Rng,
  template: PositioningTemplateId,
  amount: number,
  measure: Measure = 'chars',
): DraftField[] {
  const shapes: DraftField[] =
    template === 'blank'
      ? BLANK_LABELS.slice(0, nextInt(rng, 2, 4)).map((label, index) => ({
          key: `field-${index + 1}`,
          label,
          kind: 'text',
          value: '',
        }))
      : emptyFields(template);
  return shapes.map((shape) => refill(rng, shape, amount / shapes.length, measure));
}

/** Replaces about `share` of the words of a text with others from the vocabulary. */
export function changeWords(rng: Rng, text: string, share: number): string {
  return text.replace(/[a-z][a-z-]*/gi, (word) => (chance(rng, share) ? pick(rng, WORDS) : word));
}

/** A field with about `share` of its words changed, in every part of its value. */
export function changeField(rng: Rng, field: DraftField, share: number): DraftField {
  switch (field.kind) {
    case 'text':
      return { ...field, value: changeWords(rng, field.value, share) };
    case 'list':
      return { ...field, value: field.value.map((item) => changeWords(rng, item, share)) };
    case 'claims':
      return {
        ...field,
        value: field.value.map((claim) => ({
          text: changeWords(rng, claim.text, share),
          proof: changeWords(rng, claim.proof, share),
        })),
      };
  }
}

/** Two versions of a draft's fields, as the diff benchmark compares them. */
export interface DiffPair {
  before: DraftField[];
  after: DraftField[];
}

const DIFF_STREAM = 0xd1ff;
/** The share of words the newer version changes, in every field but one. */
const DIFF_CHANGED_SHARE = 0.05;

/**
 * Two versions of a positioning canvas of about `words` words each (lists, claims with proof and
 * text): the newer has about 5% of the words of every field but one replaced.
 */
export function generateDiffPair(seed: number, words: number): DiffPair {
  const rng = createRng(seed, DIFF_STREAM);
  const before = filledFields(rng, 'positioning-canvas', words, 'words');
  const unchanged = before.length - 2;
  const after = before.map((field, index) =>
    index === unchanged ? field : changeField(rng, field, DIFF_CHANGED_SHARE),
  );
  return { before, after };
}

/** A short rationale for an iteration, as people write them. */
export function rationale(rng: Rng): string {
  return `${pick(rng, RATIONALE_OPENERS)} ${sentence(rng, nextInt(rng, 4, 14))}`;
}

const RATIONALE_OPENERS = [
  'Feedback from the partner QBR:',
  'Sales asked for a sharper claim.',
  'Win/loss review:',
  'Tightened after the enablement session.',
  'Customer interviews showed',
  'Legal review:',
  'Aligned with the new pricing.',
  'Competitor changed their pitch;',
];
