/**
 * The content of generated positioning drafts: a template's fields filled from the phrase bank
 * for one partner, and revisions of them, each changing one field the way an editor would (a
 * sentence reworded, a list item added or dropped, a proof point added), so that consecutive
 * iterations always differ, as the app requires of a commit.
 */
import type { Claim, DraftField, PositioningTemplateId } from '../domain/positioning';
import { templateById, type TemplateField } from '../positioning/templates';
import type { Rng } from '../util/prng';
import { chance, nextInt, pick, sample } from '../util/prng';
import { CLAIM_PHRASES, FIELD_PHRASES } from './positioning-phrases';

/** Whom generated text is written for: filled into the phrases' placeholders. */
export interface PhraseContext {
  partner: string;
  industry: string;
  region: string;
}

// "Financial services" reads as "financial services" mid-sentence; "SaaS tools" stays as it is.
const midSentence = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// "Acme’s", but "Lotus Apps’".
const possessive = (name: string): string => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/**
 * A phrase with its placeholders filled in. A phrase that starts with a placeholder starts with
 * a capital letter; the others keep their case (fragments of the positioning statement are
 * lower-case, as the statement's sentence needs them).
 */
export function fillPhrase(phrase: string, context: PhraseContext): string {
  const filled = phrase
    .replaceAll('{partner}’s', possessive(context.partner))
    .replaceAll('{partner}', context.partner)
    .replaceAll('{industry}', midSentence(context.industry))
    .replaceAll('{region}', context.region);
  return phrase.startsWith('{') ? capitalised(filled) : filled;
}

const FALLBACK = ['To be written'];
const phrasesFor = (key: string): readonly string[] => FIELD_PHRASES[key] ?? FALLBACK;

function claimsFor(rng: Rng, count: number, context: PhraseContext): Claim[] {
  return sample(rng, CLAIM_PHRASES, Math.min(count, CLAIM_PHRASES.length)).map(([text, proof]) => ({
    text: fillPhrase(text, context),
    proof: fillPhrase(proof, context),
  }));
}

function filledField(rng: Rng, field: TemplateField, context: PhraseContext): DraftField {
  const { key, label } = field;
  const phrases = phrasesFor(key);
  switch (field.kind) {
    case 'text':
      return { key, label, kind: 'text', value: fillPhrase(pick(rng, phrases), context) };
    case 'list': {
      const count = Math.min(phrases.length, nextInt(rng, field.minEntries ?? 1, 3));
      const value = sample(rng, phrases, count).map((item) => fillPhrase(item, context));
      return { key, label, kind: 'list', value };
    }
    case 'claims': {
      const count = nextInt(rng, field.minEntries ?? 2, field.maxEntries ?? 3);
      return { key, label, kind: 'claims', value: claimsFor(rng, count, context) };
    }
  }
}

/** A template's fields, every one filled in (optional fields most of the time). */
export function filledFields(
  rng: Rng,
  template: PositioningTemplateId,
  context: PhraseContext,
): DraftField[] {
  return templateById(template)
    .fields.filter((field) => field.optional !== true || chance(rng, 0.6))
    .map((field) => filledField(rng, field, context));
}

function revisedField(rng: Rng, field: DraftField, context: PhraseContext): DraftField {
  const options = phrasesFor(field.key).map((phrase) => fillPhrase(phrase, context));
  switch (field.kind) {
    case 'text': {
      const others = options.filter((option) => option !== field.value);
      const value = others.length > 0 ? pick(rng, others) : `${field.value} (revised)`;
      return { ...field, value };
    }
    case 'list': {
      const unused = options.filter((option) => !field.value.includes(option));
      if (unused.length > 0 && (field.value.length < 2 || chance(rng, 0.6))) {
        return { ...field, value: [...field.value, pick(rng, unused)] };
      }
      if (field.value.length > 1) return { ...field, value: field.value.slice(0, -1) };
      return {
        ...field,
        value: [...field.value, `${field.label}, point ${field.value.length + 1}`],
      };
    }
    case 'claims': {
      const index = nextInt(rng, 0, Math.max(0, field.value.length - 1));
      const value = field.value.map((claim, at) =>
        at === index
          ? { ...claim, proof: `${claim.proof}\nNew reference customer in ${context.region}` }
          : claim,
      );
      if (value.length === 0) value.push(...claimsFor(rng, 1, context));
      return { ...field, value };
    }
  }
}

/** The fields with one of them revised; the result always differs from `fields`. */
export function revisedFields(
  rng: Rng,
  fields: readonly DraftField[],
  context: PhraseContext,
): DraftField[] {
  if (fields.length === 0) {
    return [
      {
        key: 'notes',
        label: 'Notes',
        kind: 'text',
        value: fillPhrase('First notes on {partner}', context),
      },
    ];
  }
  const index = nextInt(rng, 0, fields.length - 1);
  return fields.map((field, at) => (at === index ? revisedField(rng, field, context) : field));
}
