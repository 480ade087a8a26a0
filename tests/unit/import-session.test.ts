// The import client, driven through the real engine and repository: it crosses features/, workers/ and db/.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import { ChangeFeed, type WorkbookChange } from '../../renderer/src/db/change-feed';
import { WorkbookDatabase } from '../../renderer/src/db/database';
import { unpackChanges, type Recording } from '../../renderer/src/db/undo/packed-changes';
import { ImportEngine } from '../../renderer/src/workers/import-engine';
import { openImportStore } from '../../renderer/src/workers/import-store';
import type { ImportRequest } from '../../renderer/src/workers/import-messages';
import {
  ImportCancelledError,
  connectImportSession,
} from '../../renderer/src/features/files/import-client';
import type {
  ImportClientProgress,
  ImportWorkerPort,
} from '../../renderer/src/features/files/import-client';

interface FakeWorker extends ImportWorkerPort {
  terminate: Mock<() => void>;
  emit(type: 'message' | 'error', data?: unknown): void;
  transfers: Transferable[][];
}

type Listener = ((event: MessageEvent<unknown>) => void) | ((event: Event) => void);

// A stand-in for the module worker: the real engine, messages cloned and delivered a task later.
function fakeWorker(): FakeWorker {
  const listeners: Record<'message' | 'error', Listener[]> = { message: [], error: [] };
  const emit = (type: 'message' | 'error', data?: unknown): void => {
    const event = new MessageEvent(type, { data });
    for (const listener of listeners[type]) listener(event);
  };
  const engine = new ImportEngine({
    post: (response) => {
      const copy = structuredClone(response);
      setTimeout(() => emit('message', copy), 0);
    },
    openStore: openImportStore,
  });
  const transfers: Transferable[][] = [];
  return {
    transfers,
    emit,
    postMessage(message: ImportRequest, transfer: Transferable[]) {
      transfers.push(transfer);
      const copy: unknown = structuredClone(message);
      setTimeout(() => void engine.handle(copy), 0);
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].push(listener);
    },
    terminate: vi.fn<() => void>(),
  };
}

const CSV = 'Name,Website,Tier\nAcme,acme.com,Gold\nBeta,beta.io,Silver\nGamma,gamma.dev,Wood\n';

let dbName: string;
let worker: FakeWorker;
let changes: WorkbookChange[];
let feed: ChangeFeed;

beforeEach(() => {
  dbName = `import-client-${crypto.randomUUID()}`;
  worker = fakeWorker();
  feed = new ChangeFeed();
  changes = [];
  feed.subscribe((change) => changes.push(change));
});

afterEach(async () => {
  const db = new WorkbookDatabase(dbName);
  await db.delete();
});

describe('connectImportSession', () => {
  it('reads, remaps, plans and applies, reporting the change on the feed and to the history', async () => {
    const recorded: [string, Recording][] = [];
    const history = { recordWritten: (label: string, r: Recording) => recorded.push([label, r]) };
    const session = connectImportSession(worker, dbName, feed, history);
    const progress: ImportClientProgress[] = [];
    session.onProgress((report) => progress.push(report));
    const data = new TextEncoder().encode(CSV);
    const table = await session.read(data, 'partners.csv');
    expect(worker.transfers[0]).toEqual([data.buffer]);
    expect(table).toMatchObject({
      rowCount: 3,
      validCount: 2,
      mapping: ['name', 'website', 'tier'],
    });
    const remapped = await session.remap(['name', 'website', 'ignore']);
    expect(remapped.validCount).toBe(3);
    const plan = await session.plan({ onMatch: 'update', skipRowsWithProblems: false });
    expect(plan).toMatchObject({ ready: true, counts: { create: 3 } });
    const applied = await session.apply();
    expect(applied).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(changes).toEqual([{ table: 'partners', ids: applied.ids }]);
    expect(applied.notUndoable).toBeUndefined();
    // One change for Undo: the three partners, named after the file.
    expect(recorded.map(([label]) => label)).toEqual(['Import 3 partners from partners.csv']);
    const recording = recorded[0]?.[1];
    const packed = recording?.kind === 'changes' ? unpackChanges(recording.packed) : [];
    const created = packed.filter(({ table }) => table === 'partners');
    expect(created.map(({ table, key, before }) => [table, key, before])).toEqual(
      applied.ids.map((id) => ['partners', id, undefined]),
    );
    expect(progress.map((report) => report.phase)).toContain('writing');
  });

  it('rejects with the worker’s message when a request fails', async () => {
    const session = connectImportSession(worker, dbName, feed);
    await expect(session.read(new Uint8Array(0), 'empty.csv')).rejects.toThrow(
      'The file is empty.',
    );
    await expect(session.plan({ onMatch: 'skip', skipRowsWithProblems: true })).rejects.toThrow(
      'Choose a file to import first.',
    );
  });

  it('copies only a view that covers part of its buffer', async () => {
    const session = connectImportSession(worker, dbName);
    const whole = new TextEncoder().encode(`xx${CSV}`);
    await session.read(whole.subarray(2), 'partners.csv');
    expect(worker.transfers[0]?.[0]).not.toBe(whole.buffer);
    expect(whole.buffer.byteLength).toBeGreaterThan(0);
  });

  it('cancels at once: the worker stops and every call rejects', async () => {
    const session = connectImportSession(worker, dbName, feed);
    const reading = session.read(new TextEncoder().encode(CSV), 'partners.csv');
    session.cancel();
    await expect(reading).rejects.toBeInstanceOf(ImportCancelledError);
    await expect(session.remap(['name'])).rejects.toBeInstanceOf(ImportCancelledError);
    expect(worker.terminate).toHaveBeenCalledOnce();
    expect(changes).toEqual([]);
  });

  it('rejects pending calls when the worker crashes', async () => {
    const session = connectImportSession(worker, dbName);
    const reading = session.read(new TextEncoder().encode(CSV), 'partners.csv');
    worker.emit('error');
    await expect(reading).rejects.toThrow('The import stopped unexpectedly');
  });
});
