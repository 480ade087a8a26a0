import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodePartnerbook } from '../../../../shared/files/partnerbook/decode';
import { fixtureText } from '../../../../shared/files/partnerbook/decode-fixture';
import type { PartnerbookProgress } from '../../../../shared/files/partnerbook/snapshot';
import { databaseExists, discardNewDatabase } from '../../db/repos/snapshot-repo';
import { openWorkbook, type Workbook } from '../../db/workbook';
import { runPartnerbookJob } from '../../workers/partnerbook-jobs';
import type { PartnerbookRequest } from '../../workers/partnerbook-messages';
import { openPartnerbook, type PartnerbookWorkerPort } from './partnerbook-client';
import { exportPartnerbook } from './partnerbook-test-kit';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await discardNewDatabase(name);
  names = [];
});

function newName(): string {
  const name = `client-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

type Listener = (event: MessageEvent<unknown>) => void;

interface FakePort extends PartnerbookWorkerPort {
  terminated: boolean;
  emit(type: 'message' | 'error', data?: unknown): void;
}

// A stand-in for the module worker: `job` handles the request, its responses are delivered a
// task later, and nothing more is delivered once terminated.
function fakePort(
  job: (request: PartnerbookRequest, post: (data: unknown) => void) => void,
): FakePort {
  const listeners: Record<'message' | 'error', Listener[]> = { message: [], error: [] };
  const port: FakePort = {
    terminated: false,
    emit(type, data) {
      if (port.terminated) return;
      const event = new MessageEvent(type, { data });
      for (const listener of listeners[type]) listener(event);
    },
    postMessage(request) {
      job(request, (data) => setTimeout(() => port.emit('message', data), 0));
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].push(listener);
    },
    terminate() {
      port.terminated = true;
    },
  };
  return port;
}

// The real worker's job, run in this process.
const inProcess = () =>
  fakePort((request, post) => {
    void runPartnerbookJob(request, post);
  });

async function workbookWithData(): Promise<Workbook> {
  const workbook = await openWorkbook(newName(), 'EMEA resellers');
  await workbook.partners.create({ name: 'Baltic Data', stage: 'active' }, [
    { id: crypto.randomUUID(), name: 'Liis Tamm' },
  ]);
  const draft = await workbook.positioning.createDraft(
    { title: 'Baltic pitch', audience: 'partner-sales' },
    { kind: 'template', template: 'positioning-statement' },
  );
  if (draft.ok) await workbook.positioning.commit(draft.value.id, { rationale: 'First cut' });
  return workbook;
}

describe('exportPartnerbook and openPartnerbook', () => {
  it('save a workbook as a file and open it as a new workbook with the same records', async () => {
    const source = await workbookWithData();
    const phases = new Set<string>();
    const text = await exportPartnerbook(source.dbName, (p) => phases.add(p.phase), {
      startWorker: inProcess,
    });
    expect(phases).toEqual(new Set(['reading', 'encoding']));
    const decoded = decodePartnerbook(text, 'saved.partnerbook');
    expect(decoded.ok && decoded.snapshot.tables.positioningIterations).toHaveLength(1);
    expect(decoded.ok && decoded.info.app?.name).toBe('Partner Workbook');

    const progress: PartnerbookProgress[] = [];
    const dbName = newName();
    const opened = await openPartnerbook(
      new Blob([text]),
      'saved.partnerbook',
      (p) => progress.push(p),
      {
        startWorker: inProcess,
        dbName,
      },
    );
    expect(opened).toEqual({
      ok: true,
      dbName,
      workbookId: source.meta.workbookId,
      name: 'EMEA resellers',
    });
    expect(progress.at(-1)).toMatchObject({ phase: 'opening', done: 1, total: 1 });
    const copy = await openWorkbook(dbName);
    expect(await copy.partners.count()).toBe(1);
    const again = await exportPartnerbook(dbName, undefined, { startWorker: inProcess });
    // The same workbook gives the same file, but for the time it was written.
    const withoutTime = (file: string) => file.replace(/"exportedAt":"[^"]+"/, '');
    expect(withoutTime(again)).toBe(withoutTime(text));
    copy.close();
    source.close();
  });

  it('refuse a bad file with its problems, creating no database', async () => {
    const dbName = newName();
    const result = await openPartnerbook(
      '{"format":"partner-workbook","formatVersion":9}',
      'new.partnerbook',
      undefined,
      {
        startWorker: inProcess,
        dbName,
      },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toContain(
      'made by a newer version of Partner Workbook',
    );
    expect(await databaseExists(dbName)).toBe(false);
  });

  it('refuse a file that is not UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const result = await openPartnerbook(new Blob([bytes]), 'latin.partnerbook', undefined, {
      startWorker: inProcess,
      dbName: newName(),
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message:
            'latin.partnerbook: the file is not UTF-8 text, so it is not a workbook file (or it is damaged).',
        },
      ],
    });
  });

  it('never open into a database that exists', async () => {
    const existing = await openWorkbook(newName());
    await expect(
      openPartnerbook(fixtureText(), 'x.partnerbook', undefined, {
        startWorker: inProcess,
        dbName: existing.dbName,
      }),
    ).rejects.toThrow('already exists');
    expect(await existing.partners.count()).toBe(0);
    existing.close();
  });

  it('reject a failed export with the worker’s reason', async () => {
    await expect(
      exportPartnerbook(newName(), undefined, { startWorker: inProcess }),
    ).rejects.toThrow('This workbook no longer exists on this computer.');
  });
});

describe('cancelling or losing the worker', () => {
  // A worker that has begun the new database and is still writing when it is stopped.
  function halfWay(onStarted: () => void) {
    let begun: Workbook | undefined;
    const port = fakePort((request, post) => {
      if (request.type !== 'open') return;
      void openWorkbook(request.dbName).then((workbook) => {
        begun = workbook;
        post({ type: 'progress', phase: 'writing', done: 1, total: 10 });
        onStarted();
      });
    });
    const terminate = port.terminate.bind(port);
    port.terminate = () => {
      terminate();
      begun?.close();
    };
    return port;
  }

  it('stops the worker and deletes the half-made database when cancelled', async () => {
    const controller = new AbortController();
    const dbName = newName();
    let port: FakePort | undefined;
    const opening = openPartnerbook(fixtureText(), 'big.partnerbook', undefined, {
      signal: controller.signal,
      dbName,
      startWorker: () => {
        port = halfWay(() => setTimeout(() => controller.abort(), 0));
        return port;
      },
    });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    expect(port?.terminated).toBe(true);
    expect(await databaseExists(dbName)).toBe(false);
  });

  it('deletes the half-made database when the worker crashes', async () => {
    const dbName = newName();
    let port: FakePort | undefined;
    const opening = openPartnerbook(fixtureText(), 'big.partnerbook', undefined, {
      dbName,
      startWorker: () => {
        port = halfWay(() => setTimeout(() => port?.emit('error'), 0));
        return port;
      },
    });
    await expect(opening).rejects.toThrow('The workbook file worker stopped unexpectedly.');
    expect(await databaseExists(dbName)).toBe(false);
  });

  it('starts nothing when already cancelled', async () => {
    let started = false;
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportPartnerbook(newName(), undefined, {
        signal: controller.signal,
        startWorker: () => {
          started = true;
          return inProcess();
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(started).toBe(false);
  });
});
