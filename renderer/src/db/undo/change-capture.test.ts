import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/partner';
import { WorkbookDatabase } from '../database';
import type { CaptureOptions, Captured, RecordChange } from './change-capture';

let db: WorkbookDatabase;

beforeEach(async () => {
  db = new WorkbookDatabase(`capture-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const AT = '2026-11-01T09:00:00.000Z';
const contact = (id: string, name: string): Contact => ({
  id,
  name,
  partnerId: 'partner-1',
  createdAt: AT,
  updatedAt: AT,
});

// Runs the body in a transaction whose writes are captured, and returns what it captured.
async function captured(body: () => Promise<unknown>): Promise<RecordChange[]> {
  return (await capturedWith({}, body)).changes;
}

async function capturedWith(options: CaptureOptions, body: () => Promise<unknown>) {
  let result: Captured = { changes: [], bytes: 0, complete: true };
  await db.transaction('rw', db.contacts, async () => {
    const trans = Dexie.currentTransaction.idbtrans;
    db.capture.begin(trans, options);
    await body();
    result = db.capture.finish(trans);
  });
  return result;
}

describe('the undo capture', () => {
  it('notes each touched record’s state before and after an add, a put and a delete', async () => {
    await db.contacts.bulkAdd([contact('a', 'Ann'), contact('c', 'Cy')]);
    const changes = await captured(async () => {
      await db.contacts.add(contact('b', 'Bo'));
      await db.contacts.put(contact('a', 'Anna'));
      await db.contacts.delete('c');
      await db.contacts.put(contact('b', 'Bob'));
    });
    expect(changes).toEqual([
      { table: 'contacts', key: 'b', before: undefined, after: contact('b', 'Bob') },
      { table: 'contacts', key: 'a', before: contact('a', 'Ann'), after: contact('a', 'Anna') },
      { table: 'contacts', key: 'c', before: contact('c', 'Cy'), after: undefined },
    ]);
  });

  it('keeps a copy of what was written, whatever the writer does with its object later', async () => {
    const written = contact('a', 'Ann');
    const changes = await captured(() => db.contacts.put(written));
    written.name = 'Changed afterwards';
    expect(changes[0]?.after).toEqual(contact('a', 'Ann'));
  });

  it('keeps the written object itself for a writer that says it never changes it', async () => {
    const written = contact('a', 'Ann');
    const { changes } = await capturedWith({ keepsValues: true }, async () => {
      await db.contacts.bulkPut([written]);
    });
    expect(changes).toEqual([
      { table: 'contacts', key: 'a', before: undefined, after: contact('a', 'Ann') },
    ]);
    // Not a copy: the capture holds what the writer wrote, and nothing was stored twice over.
    expect(changes[0]?.after).toBe(written);
    expect(await db.contacts.get('a')).toEqual(contact('a', 'Ann'));
  });

  it('makes the text of each state after as it notes it, for a capture that is packed', async () => {
    await db.contacts.add(contact('c', 'Cy'));
    const result = await capturedWith({ packs: true, maxBytes: 10_000 }, async () => {
      await db.contacts.put(contact('a', 'Ann'));
      await db.contacts.put(contact('a', 'Anna'));
      await db.contacts.delete('c');
    });
    const [written, deleted] = result.changes;
    if (!written || !deleted) throw new Error('expected two changes');
    // The text of the last state written, and none for a record deleted.
    expect(result.afterTexts?.get(written)).toBe(JSON.stringify(contact('a', 'Anna')));
    expect(result.afterTexts?.has(deleted)).toBe(false);
    // Counted exactly: both texts of 'a', then Cy's state before, each with table and key.
    const ann = JSON.stringify(contact('a', 'Ann')).length;
    const anna = JSON.stringify(contact('a', 'Anna')).length;
    const cy = JSON.stringify(contact('c', 'Cy')).length;
    expect(result.bytes).toBe(ann + 'contacts'.length + 1 + anna + cy + 'contacts'.length + 1);
  });

  it('leaves out the records an add failed to write', async () => {
    await db.contacts.add(contact('a', 'Ann'));
    const changes = await captured(async () => {
      await db.contacts.bulkAdd([contact('a', 'Not written'), contact('b', 'Bo')]).catch(() => 0);
    });
    expect(changes).toEqual([
      { table: 'contacts', key: 'b', before: undefined, after: contact('b', 'Bo') },
    ]);
    expect(await db.contacts.get('a')).toEqual(contact('a', 'Ann'));
  });

  it('reads nothing before a put of a record the write says it created', async () => {
    // 'a' is stored, but the write calls it new: had the capture read it, its state before
    // would be Ann. 'b' is read as usual.
    await db.contacts.bulkAdd([contact('a', 'Ann'), contact('b', 'Bo')]);
    const isNew = (table: string, key: string) => table === 'contacts' && key === 'a';
    const { changes } = await capturedWith({ isNew }, async () => {
      await db.contacts.bulkPut([contact('a', 'Anna'), contact('b', 'Bob')]);
    });
    expect(changes).toEqual([
      { table: 'contacts', key: 'a', before: undefined, after: contact('a', 'Anna') },
      { table: 'contacts', key: 'b', before: contact('b', 'Bo'), after: contact('b', 'Bob') },
    ]);
  });

  it('lets go of everything past its bound, and says the change was not kept whole', async () => {
    const one = JSON.stringify(contact('a', 'Ann')).length;
    // Each added contact counts its state after, its table name and its key.
    const each = one + 'contacts'.length + 1;
    const kept = await capturedWith({ maxBytes: 2 * each }, async () => {
      await db.contacts.bulkAdd([contact('a', 'Ann'), contact('b', 'Bob')]);
    });
    expect(kept).toMatchObject({ complete: true, bytes: 2 * each });
    expect(kept.changes).toHaveLength(2);
    const passed = await capturedWith({ maxBytes: 2 * each }, async () => {
      await db.contacts.bulkAdd([contact('c', 'Cy'), contact('d', 'Dan'), contact('e', 'Eve')]);
      await db.contacts.put(contact('f', 'Fay'));
    });
    expect(passed.complete).toBe(false);
    expect(passed.changes).toEqual([]);
    // The writes themselves went through.
    expect(await db.contacts.count()).toBe(6);
  });
});
