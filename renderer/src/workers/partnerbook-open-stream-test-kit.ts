/**
 * What the streamed-open tests share: fresh database names deleted after each test, a dump of a
 * database to compare, and the database the whole-text open writes for a file. Only tests
 * import it.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { decodePartnerbook } from '../../../shared/files/partnerbook/decode';
import type { PartnerFigures } from '../../../shared/domain/strategy/partner-figures';
import { WorkbookDatabase } from '../db/database';
import { writeSnapshotToNewDatabase } from '../db/repos/snapshot-repo';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

/** A database name of its own, deleted after the test. */
export function newName(): string {
  const name = `stream-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

// A partner's figures as sorted rows with currencies by name: rows are totals per key, and the
// order they (and the currencies) come in follows the order the entries were read in.
function figureRows({ id, currencies, metrics, money, time }: PartnerFigures) {
  const rows = (packed: Float64Array, stride: number, currencyAt: number) => {
    const out: string[] = [];
    for (let at = 0; at < packed.length; at += stride) {
      const row: (number | string | undefined)[] = Array.from(packed.subarray(at, at + stride));
      if (currencyAt >= 0) row[currencyAt] = currencies[Number(row[currencyAt])];
      out.push(row.join(' '));
    }
    return out.sort();
  };
  return { id, metrics: rows(metrics, 4, 2), money: rows(money, 3, 1), time: rows(time, 2, -1) };
}

/** Every store of a database, each in key order. */
export async function dump(name: string): Promise<Record<string, unknown[]>> {
  const db = new WorkbookDatabase(name);
  await db.open();
  try {
    const stores: Record<string, unknown[]> = {};
    for (const table of db.tables) stores[table.name] = await table.toArray();
    stores.partnerFigures = (await db.partnerFigures.toArray()).map(figureRows);
    return stores;
  } finally {
    db.close();
  }
}

/** The database the whole-text open writes for the same file. */
export async function wholeOpen(
  text: string,
  fileName: string,
): Promise<Record<string, unknown[]>> {
  const decoded = decodePartnerbook(text, fileName);
  if (!decoded.ok) throw new Error('The whole decoder refused the file.');
  const name = newName();
  await writeSnapshotToNewDatabase(decoded.snapshot, name);
  return dump(name);
}
