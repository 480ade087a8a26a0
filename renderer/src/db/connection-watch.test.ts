import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from './schema';
import { OpenCancelledError } from './connection-watch';
import { openWorkbook, type Workbook } from './workbook';

const names: string[] = [];
const open: { close(): void }[] = [];
const openings: Promise<Workbook>[] = [];
afterEach(async () => {
  openings.length = 0;
  for (const connection of open.splice(0)) connection.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function newName(): string {
  const name = `connection-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

async function opened(name: string, onBlocked?: () => void): Promise<Workbook> {
  const workbook = await openWorkbook(name, 'Two windows', onBlocked ? { onBlocked } : {});
  open.push(workbook);
  return workbook;
}

/** The workbook as a newer app would open it: this build's layout plus a version 12. */
function newerApp(name: string): Dexie {
  const db = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS) db.version(schema.version).stores(schema.stores);
  db.version(SCHEMA_VERSIONS.length + 1).stores({ later: 'id' });
  open.push(db);
  return db;
}

describe('a workbook open in two windows', () => {
  it('closes this window’s connection when another upgrades it, and writes nothing after', async () => {
    const name = newName();
    const here = await opened(name);
    const before = await here.partners.create({ name: 'Baltic Data', stage: 'active' });
    expect(before.ok).toBe(true);
    const states: string[] = [];
    here.connection.subscribe(() => states.push(here.connection.getSnapshot()));

    // The newer window's upgrade is not kept waiting.
    const newer = newerApp(name);
    await newer.open();
    expect(newer.verno).toBe(SCHEMA_VERSIONS.length + 1);
    expect(states).toEqual(['changed-elsewhere']);
    expect(here.connection.getSnapshot()).toBe('changed-elsewhere');

    await expect(here.partners.create({ name: 'Late', stage: 'active' })).rejects.toThrow();
    expect(await newer.table('partners').count()).toBe(1);
  });

  it('says the upgrade waits for another window, then finishes when that window closes', async () => {
    const name = newName();
    const held = await heldByOlderWindow(name);

    let finished = false;
    const blocked = new Promise<void>((resolve) => {
      const opening = opened(name, resolve);
      void opening.then(() => {
        finished = true;
      });
      openings.push(opening);
    });
    await blocked;
    expect(finished).toBe(false);

    held.close();
    const workbook = await openings[0];
    expect(workbook?.meta.schemaVersion).toBe(SCHEMA_VERSIONS.length);
    expect(await workbook?.partners.count()).toBe(1);
  });

  it('stops waiting when the person gives up, and opens whole later', async () => {
    const name = newName();
    const held = await heldByOlderWindow(name);
    const cancel = new AbortController();
    let blocked!: () => void;
    const waiting = new Promise<void>((resolve) => {
      blocked = resolve;
    });
    const pending = openWorkbook(name, 'Two windows', {
      signal: cancel.signal,
      onBlocked: blocked,
    });
    await waiting;
    cancel.abort();
    await expect(pending).rejects.toBeInstanceOf(OpenCancelledError);
    // An already cancelled signal opens nothing at all.
    await expect(openWorkbook(name, 'Two windows', { signal: cancel.signal })).rejects.toThrow(
      OpenCancelledError,
    );

    // Tried again: the given-up open still waits first in line, and the new one says it waits.
    let saidBlocked = false;
    const again = new Promise<void>((resolve) => {
      openings.push(
        opened(name, () => {
          saidBlocked = true;
          resolve();
        }),
      );
    });
    await again;
    held.close();
    const workbook = await openings[0];
    expect(saidBlocked).toBe(true);
    expect(workbook?.meta.schemaVersion).toBe(SCHEMA_VERSIONS.length);
    expect(await workbook?.partners.count()).toBe(1);
  });
});

/**
 * A version 10 workbook with one partner, held open by an older window that does not close when
 * asked (raw IndexedDB, as a build without this handling would).
 */
async function heldByOlderWindow(name: string): Promise<IDBDatabase> {
  const older = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.slice(0, 10)) {
    older.version(schema.version).stores(schema.stores);
  }
  await older.table('partners').put({ id: crypto.randomUUID(), name: 'Kept', stage: 'active' });
  older.close();
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 100);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error('The older window did not open.'));
    };
  });
}
