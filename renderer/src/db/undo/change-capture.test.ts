import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/partner';
import { WorkbookDatabase } from '../database';
import type { RecordChange } from './change-capture';

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
  let changes: RecordChange[] = [];
  await db.transaction('rw', db.contacts, async () => {
    const trans = Dexie.currentTransaction.idbtrans;
    db.capture.begin(trans);
    await body();
    changes = db.capture.take(trans);
  });
  return changes;
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
});
