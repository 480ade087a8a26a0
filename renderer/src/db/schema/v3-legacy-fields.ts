import { draftFieldsSchema, type DraftField } from '../../../../shared/domain/positioning';
import { slugify } from '../../../../shared/util/text';

/**
 * Part of the version 3 upgrade, frozen with it: versions 1 and 2 stored a draft's fields as a
 * plain object `{ [key]: text | texts }`; version 3 stores an ordered list of named fields. Kept
 * apart from v3.ts so that it is tested without a database.
 */

const MAX_KEY = 100;
const MAX_LABEL = 100;

/** "targetCustomer", "target_customer" or "target-customer" → "Target customer". */
export function keyToWords(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.\s]+/g, ' ')
    .trim()
    .toLowerCase();
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return label.slice(0, MAX_LABEL).trim();
}

// A key that fits /^[a-z0-9][a-z0-9-]*$/, at most 100 characters, not yet taken.
function uniqueKey(words: string, taken: Set<string>): string {
  const base = slugify(words).slice(0, MAX_KEY).replace(/-+$/, '') || 'field';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) {
    const suffix = `-${n}`;
    key = `${base.slice(0, MAX_KEY - suffix.length)}${suffix}`;
  }
  taken.add(key);
  return key;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function isLegacyObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of a draft or iteration in the version 3 shape: a text for each string, a list for
 * each array of strings, in the object's own key order. A valid list of fields is returned
 * unchanged; anything else becomes no fields.
 */
export function upgradeLegacyFields(fields: unknown): DraftField[] {
  if (Array.isArray(fields)) {
    const parsed = draftFieldsSchema.safeParse(fields);
    return parsed.success ? parsed.data : [];
  }
  if (!isLegacyObject(fields)) return [];
  const taken = new Set<string>();
  return Object.entries(fields).map(([name, value]): DraftField => {
    const label = keyToWords(name) || 'Field';
    const key = uniqueKey(label, taken);
    return Array.isArray(value)
      ? { key, label, kind: 'list', value: value.map(asText) }
      : { key, label, kind: 'text', value: asText(value) };
  });
}
