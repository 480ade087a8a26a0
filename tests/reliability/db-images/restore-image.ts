/**
 * Puts a database image back into IndexedDB raw (no Dexie): the database created at the image's
 * version with its stores and indexes, every record put as it was. Self-contained, with nothing
 * from outside its body, so that an end-to-end test can hand it to page.evaluate and run it in
 * the browser before the app loads.
 */
import type { DatabaseImage } from './image-format';

/** What restoreImage needs: the database's name and the image. */
export interface RestoreRequest {
  name: string;
  image: DatabaseImage;
}

/** Creates the named database from the image; refuses if a database of that name exists. */
export async function restoreImage({ name, image }: RestoreRequest): Promise<void> {
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (record.$typedArray === 'Int32Array' && Array.isArray(record.values)) {
      return Int32Array.from(record.values as number[]);
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, revive(inner)]));
  };
  const existing = await indexedDB.databases();
  if (existing.some((database) => database.name === name)) {
    throw new Error(`A database named ${name} exists already.`);
  }
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name, image.databaseVersion);
    open.onupgradeneeded = () => {
      const db = open.result;
      for (const store of image.stores) {
        const created = db.createObjectStore(store.name, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          created.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
      const tx = open.transaction;
      if (!tx) return;
      for (const store of image.stores) {
        const target = tx.objectStore(store.name);
        for (const record of store.records) target.put(revive(record));
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => {
      reject(open.error ?? new Error('The image could not be restored.'));
    };
  });
}
