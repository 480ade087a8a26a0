import { z } from 'zod';
import { MAX_FIELD_CHARS } from '../../domain/positioning';

/**
 * A cheaper check of drafts' and iterations' fields for opening a file, where zod's check of
 * every field (a discriminated union with its refinements, per field of every iteration) was
 * half of all record checks. `isPlainFields` accepts only fields that draftFieldsSchema accepts
 * and returns unchanged: the same keys in the same order, labels already trimmed, nothing to
 * strip. Such fields are kept as they are and the rest of the record goes through zod; anything
 * else (a bad field, or one zod would tidy) goes through the record's full schema, so that the
 * result and every message are zod's own.
 */

const FIELD_KEY = /^[a-z0-9][a-z0-9-]*$/;
const MAX_FIELDS = 100;
const MAX_LIST_ITEMS = 200;
const MAX_CLAIMS = 50;
const MAX_KEY = 100;
const MAX_LABEL = 100;

type Json = Record<string, unknown>;

// An object as JSON.parse makes them (zod's results are such objects too).
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

// True when the object's own keys are exactly `keys`, in that order.
function hasKeys(value: Json, keys: readonly string[]): boolean {
  let at = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || keys[at] !== key) return false;
    at += 1;
  }
  return at === keys.length;
}

const FIELD_KEYS = ['key', 'label', 'kind', 'value'] as const;
const CLAIM_KEYS = ['text', 'proof'] as const;

// The characters of a field's value, or -1 when the value does not have its kind's shape.
function valueSize(kind: unknown, value: unknown): number {
  if (kind === 'text') return typeof value === 'string' ? value.length : -1;
  if (!Array.isArray(value)) return -1;
  let size = 0;
  if (kind === 'list') {
    if (value.length > MAX_LIST_ITEMS) return -1;
    for (const item of value) {
      if (typeof item !== 'string') return -1;
      size += item.length;
    }
    return size;
  }
  if (kind !== 'claims' || value.length > MAX_CLAIMS) return -1;
  for (const claim of value) {
    if (!isObject(claim) || !hasKeys(claim, CLAIM_KEYS)) return -1;
    const { text, proof } = claim;
    if (typeof text !== 'string' || typeof proof !== 'string') return -1;
    size += text.length + proof.length;
  }
  return size;
}

function isPlainField(field: unknown): field is Json {
  if (!isObject(field) || !hasKeys(field, FIELD_KEYS)) return false;
  const { key, label, kind, value } = field;
  if (typeof key !== 'string' || key.length > MAX_KEY || !FIELD_KEY.test(key)) return false;
  if (typeof label !== 'string' || label.length === 0 || label.length > MAX_LABEL) return false;
  if (label.trim() !== label) return false;
  const size = valueSize(kind, value);
  return size >= 0 && size <= MAX_FIELD_CHARS;
}

/**
 * True when draftFieldsSchema accepts `fields` and its result equals them, keys in the same
 * order: every field plain (above), at most 100 of them, each key once.
 */
export function isPlainFields(fields: unknown): boolean {
  if (!Array.isArray(fields) || fields.length > MAX_FIELDS) return false;
  const seen = new Set<string>();
  for (const field of fields) {
    if (!isPlainField(field)) return false;
    const key = field.key as string;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** A record check: zod's result for the record. */
export type RecordCheck<T> = (record: unknown) => z.ZodSafeParseResult<T>;

/**
 * The check of a record with `fields` (a draft or an iteration) against its full schema, with
 * plain fields kept as they are and only the rest of the record checked by zod.
 */
export function withPlainFields<T>(schema: z.ZodObject): RecordCheck<T> {
  const full = schema as unknown as z.ZodType<T>;
  // The same schema but for fields, which keeps its place among the keys and passes through.
  const rest = schema.extend({ fields: z.unknown() }) as unknown as z.ZodType<T>;
  return (record) => {
    if (isObject(record) && isPlainFields(record.fields)) {
      const parsed = rest.safeParse(record);
      if (parsed.success) return parsed;
    }
    return full.safeParse(record);
  };
}
