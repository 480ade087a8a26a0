/**
 * Reads one IndexedDB database raw (no Dexie), as a database image: its version, each store's
 * key path and indexes, and every record in key order.
 */
import type { DatabaseImage, ImageIndex, ImageStore } from './image-format';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function keyPathOf(path: string | string[] | null): string | string[] | null {
  return Array.isArray(path) ? [...path] : path;
}

/** The named database's image; createdBy says which commit and schema version wrote it. */
export async function dumpImage(
  name: string,
  createdBy: DatabaseImage['createdBy'],
): Promise<DatabaseImage> {
  const open = indexedDB.open(name);
  const db = await request(open);
  try {
    const stores: ImageStore[] = [];
    for (const storeName of [...db.objectStoreNames].sort()) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const indexes: ImageIndex[] = [...store.indexNames].sort().map((indexName) => {
        const index = store.index(indexName);
        return {
          name: index.name,
          keyPath: keyPathOf(index.keyPath) ?? '',
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      });
      const records = await request(store.getAll());
      stores.push({
        name: storeName,
        keyPath: keyPathOf(store.keyPath),
        autoIncrement: store.autoIncrement,
        indexes,
        records,
      });
    }
    return { createdBy, databaseVersion: db.version, stores };
  } finally {
    db.close();
  }
}
