import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';

/**
 * A worker's large write told to the app's live queries as "these tables changed", not key by
 * key. Dexie tells every other window and worker what a transaction changed, each key of each
 * index, in one message: the 20,000 partners of an import's undo make that message a
 * 200-millisecond task for the window to read and match against its live queries. A connection
 * made quiet writes without that bookkeeping; once its write committed, the worker says instead
 * that every table of the workbook changed (as Dexie itself does when it creates a database),
 * and each live query on screen reads again once. The undo and merge workers write so. (Puts of
 * 50 records or more Dexie names by table, not by key: an import's notice is small already.)
 */

/** Makes a connection (not yet open) write without telling others key by key. */
export function quietConnection<T extends Dexie>(db: T): T {
  db.unuse({ stack: 'dbcore', name: 'Observability' });
  return db;
}

/**
 * Tells every other window and worker that any record of any table of `db` may have changed.
 * Meant for a worker: Dexie carries the notice to the windows over its broadcast channel, where
 * every live query hears it; a live query of the announcing context itself may not.
 */
export function announceWholesaleChange(db: Dexie): void {
  const everything: ObservabilitySet = {};
  const full = () => new RangeSet(-Infinity, [[[]]]);
  for (const table of db.tables) {
    const prefix = `idb://${db.name}/${table.name}/`;
    for (const index of table.schema.indexes) {
      if (index.name) everything[`${prefix}${index.name}`] = full();
    }
    everything[prefix] = full();
    everything[`${prefix}:dels`] = full();
  }
  Dexie.on.storagemutated.fire(everything);
}
