/**
 * Plain IndexedDB, without Dexie, for the bench page's baselines and seeding: a request or a
 * transaction as a promise, and a database opened at its current version.
 */

/** Resolves with the request's result, rejects with its error. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed.'));
  });
}

/** Resolves when the transaction commits, rejects when it fails or aborts. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted.'));
  });
}

/** Opens an existing database at its current version, without Dexie. */
export function openRaw(dbName: string): Promise<IDBDatabase> {
  return request(indexedDB.open(dbName));
}
