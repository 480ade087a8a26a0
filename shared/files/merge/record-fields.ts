import type { RevisionTable } from '../../domain/revision';
import { canonicalJson } from '../../util/content-hash';
import { KEY_ORDER } from '../partnerbook/key-order';
import type { MergeSide, RevisedRecord } from './merge-types';

/**
 * The fields of two versions of a record that a person chooses between, and the record made
 * from those choices. Identity and times are not chosen: the id is the same, `createdAt` is the
 * earlier and `updatedAt` the later of the two (a rule both directions of a merge agree on). A
 * draft's head iteration and count are not chosen either: they follow the merged iterations.
 */

const NOT_CHOSEN = new Set(['id', 'key', 'createdAt', 'updatedAt']);

const DERIVED: Partial<Record<RevisionTable, ReadonlySet<string>>> = {
  positioningDrafts: new Set(['headIterationId', 'iterationCount']),
};

type Fields = Record<string, unknown>;

const fieldsOf = (record: RevisedRecord): Fields => record;

// Every key of both versions, in the table's file order, then any other keys sorted.
function keysOf(table: RevisionTable, a: Fields, b: Fields): string[] {
  const order = KEY_ORDER[table].keys;
  const extra = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of order) extra.delete(key);
  return [...order, ...[...extra].sort()];
}

/** True when a person chooses this field of a table's records (not identity, times, derived). */
export function isChosenField(table: RevisionTable, field: string): boolean {
  return !NOT_CHOSEN.has(field) && !(DERIVED[table]?.has(field) ?? false);
}

/** The chosen fields whose values differ between two versions, in file order. */
export function differingFields(
  table: RevisionTable,
  mine: RevisedRecord,
  theirs: RevisedRecord,
): string[] {
  const a = fieldsOf(mine);
  const b = fieldsOf(theirs);
  return keysOf(table, a, b).filter(
    (key) => isChosenField(table, key) && canonicalJson(a[key]) !== canonicalJson(b[key]),
  );
}

/** The chosen fields that hold a value, in file order: what a deleted record's conflict shows. */
export function filledFields(table: RevisionTable, record: RevisedRecord): string[] {
  const fields = fieldsOf(record);
  return keysOf(table, fields, {}).filter(
    (key) => isChosenField(table, key) && fields[key] !== undefined,
  );
}

const earlier = (a: unknown, b: unknown): unknown =>
  typeof a === 'string' && typeof b === 'string' && b < a ? b : a;
const later = (a: unknown, b: unknown): unknown =>
  typeof a === 'string' && typeof b === 'string' && b > a ? b : a;

/**
 * One record from two versions: each field from the side `choose` names (fields that do not
 * differ are equal anyway), the earlier `createdAt` and the later `updatedAt`.
 */
export function combineVersions(
  table: RevisionTable,
  mine: RevisedRecord,
  theirs: RevisedRecord,
  choose: (field: string) => MergeSide,
): RevisedRecord {
  const a = fieldsOf(mine);
  const b = fieldsOf(theirs);
  const result: Fields = {};
  for (const key of keysOf(table, a, b)) {
    let value: unknown;
    if (key === 'createdAt') value = earlier(a[key], b[key]);
    else if (key === 'updatedAt') value = later(a[key], b[key]);
    else if (isChosenField(table, key)) value = choose(key) === 'mine' ? a[key] : b[key];
    else value = a[key] ?? b[key];
    if (value !== undefined) result[key] = value;
  }
  return result as unknown as RevisedRecord;
}
