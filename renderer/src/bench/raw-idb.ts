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

/**
 * A raw `put` of every record into its store (the records' keys in-line), all in one
 * transaction of strict durability, as the app's database asks for: the baselines' bulk write.
 */
export async function putAllStrict(
  db: IDBDatabase,
  records: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  const tx = db.transaction(Object.keys(records), 'readwrite', { durability: 'strict' });
  const done = transactionDone(tx);
  for (const [name, rows] of Object.entries(records)) {
    const store = tx.objectStore(name);
    for (const row of rows) store.put(row);
  }
  await done;
}

// The primary key of a record stored under an in-line key path (a name or a list of names).
function keyOf(record: unknown, keyPath: string | string[]): IDBValidKey {
  const field = (name: string): IDBValidKey => {
    const value: unknown =
      typeof record === 'object' && record !== null ? Reflect.get(record, name) : undefined;
    if (typeof value === 'string' || typeof value === 'number') return value;
    throw new Error(`A stored record has no key “${name}”.`);
  };
  return Array.isArray(keyPath) ? keyPath.map(field) : field(keyPath);
}

/**
 * Hands over every record of a store of in-line keys, with getAll in batches of `batch` by primary
 * key; the store's transaction must stay open meanwhile (so `onRows` must not wait on anything
 * else).
 */
export async function forEachBatch(
  store: IDBObjectStore,
  batch: number,
  onRows: (rows: unknown[]) => void,
): Promise<void> {
  const { keyPath } = store;
  if (keyPath === null) throw new Error(`The store ${store.name} has no key path.`);
  let range: IDBKeyRange | null = null;
  for (;;) {
    const rows = await request(store.getAll(range, batch));
    onRows(rows);
    const last: unknown = rows[rows.length - 1];
    if (rows.length < batch || last === undefined) return;
    range = IDBKeyRange.lowerBound(keyOf(last, keyPath), true);
  }
}

/**
 * Every record of a store of in-line keys, with getAll in batches of `batch` by primary key (as
 * the screens' raw load baseline reads); the store's transaction must stay open meanwhile.
 */
export async function getAllInBatches(store: IDBObjectStore, batch: number): Promise<unknown[]> {
  const records: unknown[] = [];
  await forEachBatch(store, batch, (rows) => {
    for (const row of rows) records.push(row);
  });
  return records;
}
