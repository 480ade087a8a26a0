import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookBridge } from '../../../../shared/ipc/contract';
import { MAX_PARTNERBOOK_CHARS } from '../../../../shared/files/partnerbook/format';
import { databaseExists, discardNewDatabase } from '../../db/repos/snapshot-repo';
import { openWorkbook } from '../../db/workbook';
import { streamDownload } from '../../host/download-stream';
import type { StreamedFileSource } from '../../host/file-source';
import { runPartnerbookJob } from '../../workers/partnerbook-jobs';
import type { PartnerbookRequest } from '../../workers/partnerbook-messages';
import { openPartnerbook, planMerge, type PartnerbookWorkerPort } from './partnerbook-client';

// Opening and merging a file the host streams (the desktop app's files over 256 MiB), through
// the client and the real worker job run in this process.

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await discardNewDatabase(name);
  names = [];
});

function newName(): string {
  const name = `client-stream-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

type Listener = (event: MessageEvent<unknown>) => void;

// The worker: `job` gets each request with what was transferred; responses come a task later.
function port(
  job: (request: PartnerbookRequest, post: (data: unknown) => void) => void,
): PartnerbookWorkerPort & { transferred: Transferable[][]; terminated: boolean } {
  const listeners: Listener[] = [];
  const worker = {
    transferred: [] as Transferable[][],
    terminated: false,
    postMessage(request: PartnerbookRequest, transfer: Transferable[]) {
      worker.transferred.push(transfer);
      job(request, (data) =>
        setTimeout(() => {
          if (worker.terminated) return;
          for (const listener of listeners) listener(new MessageEvent('message', { data }));
        }, 0),
      );
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      if (type === 'message') listeners.push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const inProcess = () =>
  port((request, post) => {
    void runPartnerbookJob(request, post);
  });

// A host's stream of the text in pieces of 100 bytes, counting what is done to it.
function streamed(text: string, size?: number) {
  const bytes = new TextEncoder().encode(text);
  const seen = { streams: 0, released: 0, cancelled: false };
  let from = 0;
  const source: StreamedFileSource = {
    kind: 'stream',
    size: size ?? bytes.byteLength,
    stream: () => {
      seen.streams += 1;
      return new ReadableStream<Uint8Array<ArrayBuffer>>({
        pull: (controller) => {
          controller.enqueue(bytes.slice(from, from + 100));
          from += 100;
          if (from >= bytes.byteLength) controller.close();
        },
        cancel: () => {
          seen.cancelled = true;
        },
      });
    },
    release: () => {
      seen.released += 1;
    },
  };
  return { source, seen };
}

describe('a streamed file', () => {
  it('opens as a new workbook, its stream transferred to the worker and the source released', async () => {
    const { source, seen } = streamed(fixtureText());
    const dbName = newName();
    let worker: ReturnType<typeof inProcess> | undefined;
    const opened = await openPartnerbook(source, 'big.partnerbook', undefined, {
      dbName,
      startWorker: () => (worker = inProcess()),
    });
    expect(opened).toMatchObject({ ok: true, dbName, name: 'EMEA resellers' });
    expect(worker?.transferred).toHaveLength(1);
    expect(worker?.transferred[0]?.[0]).toBeInstanceOf(ReadableStream);
    expect(seen).toEqual({ streams: 1, released: 1, cancelled: false });
    const workbook = await openWorkbook(dbName);
    expect(await workbook.partners.count()).toBe(2);
    workbook.close();
  });

  it('of an older format opens through the whole-text decoder, read once', async () => {
    const file = JSON.parse(fixtureText()) as Record<string, unknown>;
    file.formatVersion = 5;
    const { source, seen } = streamed(JSON.stringify(file));
    const dbName = newName();
    const opened = await openPartnerbook(source, 'old.partnerbook', undefined, {
      dbName,
      startWorker: inProcess,
    });
    expect(opened).toMatchObject({ ok: true, dbName, name: 'EMEA resellers' });
    expect(seen.streams).toBe(1);
    const workbook = await openWorkbook(dbName);
    expect(await workbook.partners.count()).toBe(2);
    workbook.close();
  });

  it('is released when the open is cancelled, and no database is left', async () => {
    const { source, seen } = streamed(fixtureText());
    const controller = new AbortController();
    const dbName = newName();
    // A worker that has begun and is still reading when it is stopped.
    const stalled = port((_request, post) => {
      post({ type: 'progress', phase: 'opening', done: 0, total: 1 });
      setTimeout(() => controller.abort(), 5);
    });
    const opening = openPartnerbook(source, 'big.partnerbook', undefined, {
      signal: controller.signal,
      dbName,
      startWorker: () => stalled,
    });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    expect(stalled.terminated).toBe(true);
    expect(seen.released).toBe(1);
    expect(await databaseExists(dbName)).toBe(false);
  });

  it('plans a merge, and is refused with a clear message past what a merge reads', async () => {
    const mine = await openWorkbook(newName(), 'Mine');
    const small = streamed(fixtureText());
    const planned = await planMerge(mine.dbName, small.source, 'theirs.partnerbook', undefined, {
      startWorker: inProcess,
      allowDifferentWorkbook: true,
    });
    expect(planned.ok && planned.plan.theirs.name).toBe('EMEA resellers');
    expect(small.seen.released).toBe(1);

    const huge = streamed(fixtureText(), MAX_PARTNERBOOK_CHARS + 1);
    const refused = await planMerge(mine.dbName, huge.source, 'huge.partnerbook', undefined, {
      startWorker: inProcess,
    });
    expect(refused).toEqual({
      ok: false,
      reason: 'refused',
      problems: [
        {
          path: '',
          message:
            'huge.partnerbook: the file is too large to merge (501 MiB; merging reads a workbook file of at most 500 MiB). Open it as a workbook of its own instead.',
        },
      ],
    });
    // Refused unread: the stream is cancelled, the source released.
    expect(huge.seen).toEqual({ streams: 1, released: 1, cancelled: true });
    mine.close();
  });
});

// Main as the desktop host's stream sees it: the file in pieces of 100 bytes, and its closing.
function fakeMain(bytes: Uint8Array) {
  const readChunk = vi.fn<WorkbookBridge['readChunk']>(({ offset }) =>
    Promise.resolve({ ok: true, value: bytes.slice(offset, offset + 100) }),
  );
  const closeDownload = vi.fn<WorkbookBridge['closeDownload']>(() =>
    Promise.resolve({ ok: true, value: null }),
  );
  const file = { name: 'big.partnerbook', size: bytes.byteLength, token: 'token-1' };
  return { source: streamDownload({ readChunk, closeDownload }, file), readChunk, closeDownload };
}

describe('a file streamed from the desktop app’s main process', () => {
  it('opens, read to its end, leaving the closing to main', async () => {
    const bytes = new TextEncoder().encode(fixtureText());
    const main = fakeMain(bytes);
    const dbName = newName();
    const opened = await openPartnerbook(main.source, 'big.partnerbook', undefined, {
      dbName,
      startWorker: inProcess,
    });
    expect(opened).toMatchObject({ ok: true, dbName });
    expect(main.readChunk).toHaveBeenCalledTimes(Math.ceil(bytes.byteLength / 100));
    expect(main.closeDownload).not.toHaveBeenCalled();
  });

  it('is closed in main once when the worker stops reading a refused file', async () => {
    const bytes = new TextEncoder().encode(fixtureText());
    bytes[150] = 0xff;
    const main = fakeMain(bytes);
    const dbName = newName();
    const refused = await openPartnerbook(main.source, 'big.partnerbook', undefined, {
      dbName,
      startWorker: inProcess,
    });
    expect(refused.ok).toBe(false);
    expect(main.closeDownload).toHaveBeenCalledExactlyOnceWith('token-1');
    // Read no further than the bad byte and the piece read ahead of it.
    expect(main.readChunk.mock.calls.length).toBeLessThan(Math.ceil(bytes.byteLength / 100));
    expect(await databaseExists(dbName)).toBe(false);
  });

  it('is closed in main when the open is cancelled', async () => {
    const main = fakeMain(new TextEncoder().encode(fixtureText()));
    const controller = new AbortController();
    const stalled = port(() => {
      setTimeout(() => controller.abort(), 5);
    });
    await expect(
      openPartnerbook(main.source, 'big.partnerbook', undefined, {
        signal: controller.signal,
        dbName: newName(),
        startWorker: () => stalled,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(main.closeDownload).toHaveBeenCalledExactlyOnceWith('token-1');
  });
});
