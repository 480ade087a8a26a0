/**
 * How imported values combine with what is already there: with an existing partner on "update",
 * and with an earlier row of the same file that names the same partner. A value the file gives
 * replaces a single-valued field; types and tags are added to; notes are appended unless they
 * are already there; the name is never changed. Contacts are matched by email, then by name.
 */
import {
  LIFECYCLE_STAGES,
  partnerInputSchema,
  type LifecycleStage,
  type PartnerFields,
} from '../../domain/partner';
import type { ImportContact, PartnerPatch } from './partner-rows';
import { foldWords } from './words';

// The defaults of a new partner (no types, no tier, no tags) are the schema's own. They are
// copied field by field: spreading the parsed object itself is many times slower.
const DEFAULTS = partnerInputSchema.parse({ name: 'defaults', stage: LIFECYCLE_STAGES[0] });

/** The fields of a partner created from an imported row, with `stage` when the row has none. */
export function newPartnerFields(
  patch: PartnerPatch & { name: string },
  stage: LifecycleStage,
): PartnerFields {
  return {
    types: [...DEFAULTS.types],
    tier: DEFAULTS.tier,
    tags: [...DEFAULTS.tags],
    ...patch,
    stage: patch.stage ?? stage,
  };
}

const SINGLE_VALUED = [
  'stage',
  'tier',
  'region',
  'industry',
  'owner',
  'website',
  'healthScore',
  'lastActivityAt',
] as const satisfies readonly (keyof PartnerFields)[];

/** `base` with the values of `patch` merged in (see the file comment); `base` is not changed. */
export function mergePartner<T extends PartnerPatch>(base: T, patch: PartnerPatch): T {
  const merged: T = { ...base };
  for (const key of SINGLE_VALUED) {
    if (patch[key] !== undefined) copyField(merged, patch, key);
  }
  if (patch.types && patch.types.length > 0) merged.types = union(base.types, patch.types);
  if (patch.tags && patch.tags.length > 0) merged.tags = union(base.tags, patch.tags);
  if (patch.notes !== undefined) merged.notes = appendNotes(base.notes, patch.notes);
  return merged;
}

function copyField<K extends keyof PartnerFields>(
  to: Partial<Pick<PartnerFields, K>>,
  from: Partial<Pick<PartnerFields, K>>,
  key: K,
): void {
  to[key] = from[key];
}

function union<T>(base: readonly T[] | undefined, added: readonly T[]): T[] {
  return [...new Set([...(base ?? []), ...added])];
}

// Appending what is already there would grow the notes on every re-import of the same file.
function appendNotes(base: string | undefined, added: string): string {
  if (base === undefined || base === '') return added;
  return base.includes(added) ? base : `${base}\n\n${added}`;
}

/** True when two contacts are the same person: the same email, or the same name when either has no email. */
export function sameContact(a: ImportContact, b: ImportContact): boolean {
  if (a.email !== undefined && b.email !== undefined) {
    return a.email.toLowerCase() === b.email.toLowerCase();
  }
  return foldWords(a.name) === foldWords(b.name);
}

/** `base` with the fields `added` gives; the name is kept. */
export function mergeContact<T extends ImportContact>(base: T, added: ImportContact): T {
  const merged: T = { ...base };
  if (added.role !== undefined) merged.role = added.role;
  if (added.email !== undefined) merged.email = added.email;
  if (added.phone !== undefined) merged.phone = added.phone;
  if (added.notes !== undefined) merged.notes = added.notes;
  return merged;
}

/** Adds a contact to a list, merging it into the same person when the list already has them. */
export function addContact(list: ImportContact[], contact: ImportContact): void {
  const index = list.findIndex((other) => sameContact(other, contact));
  const match = list[index];
  if (match) list[index] = mergeContact(match, contact);
  else list.push(contact);
}

/** What importing contacts does to a partner's existing contacts. */
export interface ContactChanges<T> {
  add: ImportContact[];
  /** Existing contacts with imported fields merged in (only those that changed). */
  update: T[];
}

/** Matches imported contacts to a partner's existing ones: merge into a match, else add. */
export function contactChanges<T extends ImportContact>(
  existing: readonly T[],
  imported: readonly ImportContact[],
): ContactChanges<T> {
  const changes: ContactChanges<T> = { add: [], update: [] };
  const current = [...existing];
  for (const contact of imported) {
    const index = current.findIndex((other) => sameContact(other, contact));
    const match = current[index];
    if (!match) {
      addContact(changes.add, contact);
      continue;
    }
    const merged = mergeContact(match, contact);
    if (sameFields(match, merged)) continue;
    current[index] = merged;
    const updated = changes.update.indexOf(match);
    if (updated >= 0) changes.update[updated] = merged;
    else changes.update.push(merged);
  }
  return changes;
}

function sameFields(a: ImportContact, b: ImportContact): boolean {
  return a.role === b.role && a.email === b.email && a.phone === b.phone && a.notes === b.notes;
}

/** True when two partners' fields hold the same values (arrays compared in order). */
export function samePartnerFields(a: PartnerFields, b: PartnerFields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left: unknown = a[key as keyof PartnerFields];
    const right: unknown = b[key as keyof PartnerFields];
    if (Array.isArray(left) && Array.isArray(right)) {
      if (left.length !== right.length || left.some((item, i) => item !== right[i])) return false;
    } else if (left !== right) return false;
  }
  return true;
}
