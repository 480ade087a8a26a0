import { ChangeFeed } from '../db/change-feed';
import { WorkbookDatabase } from '../db/database';
import { ImportRepo } from '../db/repos/import-repo';
import type { ImportStore } from './import-engine';

/**
 * The import worker's access to the workbook it writes into, opened by name. The window's
 * partners table and search index learn which partners changed from the `applied` message; the
 * live queries of every window from Dexie's own notice, which stays small here: an import only
 * puts records, and Dexie names the whole table for a put of 50 records or more and the keys of
 * a smaller one. Deletions it names key by key; the undo and merge workers, which delete, write
 * quietly and announce their change wholesale instead (wholesale-change.ts). Measured in the
 * app at 20,000 rows, an import's window had no task over 50 ms either way.
 */
export function openImportStore(dbName: string): ImportStore {
  const db = new WorkbookDatabase(dbName);
  const repo = new ImportRepo(db, new ChangeFeed());
  return {
    existingForMatching: () => repo.existingForMatching(),
    applyImport: (plan, options) => repo.applyImport(plan, options),
    close: () => {
      db.close();
    },
  };
}
