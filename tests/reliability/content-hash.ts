/**
 * A hash of everything a workbook database holds: every table, every record in primary-key
 * order. Two equal hashes mean the same content, so a rejected import that leaves the hash as it
 * was wrote nothing, not even part of a batch.
 */
import { createHash } from 'node:crypto';
import type { Dexie } from 'dexie';

// Records as JSON with their keys sorted, so that the hash does not depend on key order.
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, stable(record[key])]),
    );
  }
  return value;
}

/** The SHA-256 of every table's records, in table-name and primary-key order. */
export async function contentHash(db: Dexie): Promise<string> {
  const hash = createHash('sha256');
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  // All tables requested at once in one transaction: one consistent state, read in one go.
  const contents = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray() as Promise<unknown[]>)),
  );
  tables.forEach((table, index) => {
    hash.update(`\u0000${table.name}\u0000`);
    for (const record of contents[index] ?? []) hash.update(JSON.stringify(stable(record)) + '\n');
  });
  return hash.digest('hex');
}
