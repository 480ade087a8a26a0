/**
 * The positioning-statement template's fields assembled into Geoffrey Moore's one sentence, with
 * bracketed placeholders where a field is still empty, for the live preview and the exports.
 */
import type { DraftField } from '../domain/positioning';
import { fieldToText } from './field-text';
import { templateById } from './templates';

/** An assembled positioning statement and the labels of the fields it still lacks. */
export interface AssembledStatement {
  text: string;
  missing: string[];
}

type Slot =
  | 'target-customer'
  | 'need'
  | 'product-name'
  | 'product-category'
  | 'key-benefit'
  | 'competitive-alternative'
  | 'differentiation';

const PLACEHOLDERS: Readonly<Record<Slot, string>> = {
  'target-customer': '[target customer]',
  need: '[need]',
  'product-name': '[product name]',
  'product-category': '[product category]',
  'key-benefit': '[key benefit]',
  'competitive-alternative': '[competitive alternative]',
  differentiation: '[differentiation]',
};

// Words that start with a vowel letter but a consonant sound: "a unified", "a user", "a one-stop".
const CONSONANT_SOUND = /^(uni|use|usa|usu|uti|eu|one\b|once)/i;
// Acronyms read letter by letter take "an" when the letter's name starts with a vowel sound.
const VOWEL_SOUND_LETTER = /^[AEFHILMNORSX]/;

/** The article to put before a product category: "a", "an", or none when it already has one. */
export function articleFor(category: string): string {
  if (/^(a|an|the)\s/i.test(category)) return '';
  const word = /^[\p{L}\p{N}]+/u.exec(category)?.[0] ?? '';
  if (word.length > 1 && word === word.toUpperCase() && /^[A-Z]/.test(word)) {
    return VOWEL_SOUND_LETTER.test(word) ? 'an ' : 'a ';
  }
  if (CONSONANT_SOUND.test(word)) return 'a ';
  return /^[aeiou]/i.test(word) ? 'an ' : 'a ';
}

// One line of text: trimmed, line breaks folded into spaces, a trailing period dropped because
// the sentence supplies its own punctuation.
function slotValue(field: DraftField | undefined): string {
  if (field === undefined) return '';
  const text = field.kind === 'text' ? field.value : fieldToText(field);
  return text
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/** The positioning statement built from its template's fields; empty fields become placeholders. */
export function assembleStatement(fields: readonly DraftField[]): AssembledStatement {
  const missing: string[] = [];
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const templateFields = templateById('positioning-statement').fields;
  const slot = (key: Slot): string => {
    const field = byKey.get(key);
    const value = slotValue(field);
    if (value !== '') return value;
    const label = field?.label ?? templateFields.find((each) => each.key === key)?.label ?? key;
    missing.push(label);
    return PLACEHOLDERS[key];
  };
  const target = slot('target-customer');
  const need = slot('need');
  const name = slot('product-name');
  const category = slot('product-category');
  const benefit = slot('key-benefit');
  const alternative = slot('competitive-alternative');
  const differentiation = slot('differentiation');
  const hasCategory = slotValue(byKey.get('product-category')) !== '';
  const article = hasCategory ? articleFor(category) : 'a ';
  return {
    text:
      `For ${target} who ${need}, ${name} is ${article}${category} that ${benefit}. ` +
      `Unlike ${alternative}, our product ${differentiation}.`,
    missing,
  };
}
