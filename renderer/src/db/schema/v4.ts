import type { SchemaVersion } from './schema-version';
import { v3 } from './v3';

/**
 * Version 4: `tombstones` records each deleted partner, contact, activity and positioning draft
 * (keyed by the deleted record's id, indexed by table and time), so that deletions travel in
 * workbook files and a merge can tell "deleted here" from "never seen here". Workbooks from
 * earlier versions start with none: nothing they deleted was recorded.
 */
export const v4: SchemaVersion = {
  version: 4,
  stores: {
    ...v3.stores,
    tombstones: 'id, table, deletedAt',
  },
};
