// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbookBridge } from '../../shared/ipc/contract';
import { createAppHandlers } from '../../electron/main/ipc/app-handlers';
import { FLUSH_TIMEOUT_MS, installCloseHandshake, type Timers } from '../../electron/main/window';
import { WorkbookDatabase } from '../../renderer/src/db/database';
import {
  flushPendingWrites,
  hasPendingWrites,
  registerFlusher,
} from '../../renderer/src/db/pending-writes';
import { openWorkbook, type Workbook } from '../../renderer/src/db/workbook';
import { createElectronHost } from '../../renderer/src/host/electron-host';
import { useAutosave } from '../../renderer/src/ui/use-autosave';

// Quitting right after an edit (issue 8): the whole close path of the desktop app, from the
// main process's window to the renderer's pending writes, with only Electron itself faked. The
// main side is the real close handshake and app:confirm-flushed handler, the bridge is the real
// preload over a fake ipcRenderer, and the renderer is the real Electron host, autosave editor
// and partner repository writing to IndexedDB.

type Listener = (event: unknown, payload: unknown) => void;

/** A clock that moves only when the test says, for the handshake's timeout. */
class ManualTimers implements Timers<number> {
  private next = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();
  private now = 0;
  setTimeout(run: () => void, ms: number): number {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, run });
    return id;
  }
  clearTimeout(id: number): void {
    this.due.delete(id);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.due]) {
      if (timer.at > this.now) continue;
      this.due.delete(id);
      timer.run();
    }
  }
}

/** The app as it runs in Electron, minus Electron: main's window and IPC, the preload, the host. */
async function desktopApp(onClosed: () => void) {
  const listeners = new Map<string, Set<Listener>>();
  const sender = { id: 1 };
  const timers = new ManualTimers();
  let closeListener: ((event: { preventDefault(): void }) => void) | undefined;
  const win = {
    destroyed: false,
    on: (_event: 'close', listener: (event: { preventDefault(): void }) => void) => {
      closeListener = listener;
    },
    close: () => {
      userCloses();
    },
    isDestroyed: () => win.destroyed,
    webContents: {
      isDestroyed: () => false,
      // IPC is asynchronous: the renderer hears the event on a later turn.
      send: (channel: string, payload: unknown) => {
        setTimeout(() => {
          for (const listener of listeners.get(channel) ?? [])
            listener({ sender: 'main' }, payload);
        }, 0);
      },
    },
  };
  const userCloses = () => {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    closeListener?.(event);
    if (!event.prevented && !win.destroyed) {
      win.destroyed = true;
      onClosed();
    }
  };
  const handshake = installCloseHandshake(win, timers);
  const handlers = createAppHandlers<typeof sender>({
    appInfo: () => ({
      name: 'Partner Workbook',
      version: '0.1.0',
      platform: 'linux',
      userDataPath: '/d',
    }),
    confirmFlushed: () => {
      handshake.confirmFlushed();
    },
    openExternal: () => Promise.resolve(),
  });

  vi.resetModules();
  let exposed: unknown;
  vi.doMock('electron', () => ({
    contextBridge: {
      exposeInMainWorld: (_key: string, value: unknown) => {
        exposed = value;
      },
    },
    ipcRenderer: {
      invoke: async (channel: string) => {
        if (channel !== 'app:confirm-flushed') throw new Error(`not wired: ${channel}`);
        return handlers['app:confirm-flushed']({}, sender);
      },
      on: (channel: string, listener: Listener) => {
        const set = listeners.get(channel) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  }));
  await import('../../electron/preload/index');
  const host = createElectronHost(exposed as WorkbookBridge);
  // What the app registers when a workbook opens (use-backup-scheduler.ts).
  const stop = host.onBeforeClose(flushPendingWrites, hasPendingWrites);
  return { userCloses, timers, stop, isClosed: () => win.destroyed };
}

let workbook: Workbook;
let dbName: string;

beforeEach(async () => {
  dbName = `close-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
});

afterEach(() => {
  vi.doUnmock('electron');
  workbook.close();
});

async function storedNotes(id: string): Promise<string | undefined> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  try {
    return (await db.partners.get(id))?.notes;
  } finally {
    db.close();
  }
}

describe('closing the desktop window right after an edit', () => {
  it('waits for the edit still in the editor to be written, then closes', async () => {
    const created = await workbook.partners.create({ name: 'Nordlicht Systems', stage: 'active' });
    if (!created.ok) throw new Error('the partner was not created');
    const { id } = created.value;
    const order: string[] = [];
    const app = await desktopApp(() => order.push('window closed'));
    const save = async (notes: string) => {
      const result = await workbook.partners.update(id, { ...created.value, notes }, []);
      order.push(`saved “${notes}”`);
      return result;
    };
    const editor = renderHook(({ notes }) => useAutosave(notes, save), {
      initialProps: { notes: '' },
    });
    // Typed, and the window closed before the editor's 300 ms pause has passed.
    editor.rerender({ notes: 'Joint webinar agreed for March' });
    expect(hasPendingWrites()).toBe(true);
    app.userCloses();
    expect(app.isClosed()).toBe(false);

    await act(() => vi.waitFor(() => expect(app.isClosed()).toBe(true)));
    expect(order).toEqual(['saved “Joint webinar agreed for March”', 'window closed']);
    expect(hasPendingWrites()).toBe(false);
    expect(await storedNotes(id)).toBe('Joint webinar agreed for March');
    editor.unmount();
    app.stop();
  });

  it('waits for a write already in flight', async () => {
    const app = await desktopApp(() => undefined);
    const write = workbook.partners.create({ name: 'Kiwi Integrations', stage: 'prospect' });
    app.userCloses();
    await vi.waitFor(() => expect(app.isClosed()).toBe(true));
    expect(await workbook.partners.count()).toBe(1);
    await write;
    app.stop();
  });

  it('closes after the timeout when the renderer never finishes its flush', async () => {
    const app = await desktopApp(() => undefined);
    const stuck = registerFlusher(() => new Promise<void>(() => undefined));
    app.userCloses();
    // The renderer heard the request and is stuck in its flush.
    await new Promise((resolve) => setTimeout(resolve, 20));
    app.timers.advance(FLUSH_TIMEOUT_MS - 1);
    expect(app.isClosed()).toBe(false);
    app.timers.advance(1);
    expect(app.isClosed()).toBe(true);
    stuck();
    app.stop();
  });
});
