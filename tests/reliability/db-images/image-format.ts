/**
 * A database image: one IndexedDB database as it lay on disk, written by the generator
 * (generate-workbook.ts) at the commit of one schema version and committed as
 * tests/fixtures/db-images/vN.json. Records are kept raw, in key order, so that a test can put the
 * database back exactly as that version left it.
 */

/** One index of an object store, as IndexedDB describes it. */
export interface ImageIndex {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

/** One object store: its layout and every record in key order. */
export interface ImageStore {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: ImageIndex[];
  records: unknown[];
}

/** A whole database image. */
export interface DatabaseImage {
  createdBy: { commit: string; schemaVersion: number; appVersion: string };
  /** The IndexedDB version (Dexie stores ten times its own version number). */
  databaseVersion: number;
  stores: ImageStore[];
}

/** Marks a typed array in an image's JSON: `{ [TYPED_ARRAY_TAG]: 'Int32Array', values: [...] }`. */
export const TYPED_ARRAY_TAG = '$typedArray';

/** JSON has no typed arrays (activity counts are an Int32Array): tagged; restore-image revives them. */
export function imageJsonReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Int32Array) return { [TYPED_ARRAY_TAG]: 'Int32Array', values: [...value] };
  return value;
}
