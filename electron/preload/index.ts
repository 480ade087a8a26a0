/**
 * The preload: the only bridge between the page and the main process. It exposes named functions
 * (the shared WorkbookBridge) and nothing else — never ipcRenderer, never an event object.
 * It runs sandboxed, where only 'electron' can be required, so it imports nothing but types from
 * the contract (importing its values would bundle zod in here); channel names stay checked against
 * the contract through those types.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  BRIDGE_GLOBAL,
  IpcArgs,
  IpcChannel,
  IpcEvents,
  IpcResult,
  IpcResults,
  WorkbookBridge,
} from '../../shared/ipc/contract';

const bridgeGlobal: typeof BRIDGE_GLOBAL = 'workbookHost';

async function invoke<C extends IpcChannel>(
  channel: C,
  arg: IpcArgs<C>,
): Promise<IpcResult<IpcResults[C]>> {
  try {
    // Main answers every invoke of a contract channel with an IpcResult of that channel's type.
    return (await ipcRenderer.invoke(channel, arg)) as IpcResult<IpcResults[C]>;
  } catch {
    // Only reached when main has no handler or has gone away; keep the never-throws promise.
    return {
      ok: false,
      error: { code: 'internal', message: 'Partner Workbook could not reach its main process.' },
    };
  }
}

function subscribe<E extends keyof IpcEvents>(
  channel: E,
  listener: (payload: IpcEvents[E]) => void,
): () => void {
  // The event object stays here: it carries the sender and ports the page must not see.
  const forward = (_event: IpcRendererEvent, payload: IpcEvents[E]): void => {
    listener(payload);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge = {
  getAppInfo: () => invoke('app:get-info', {}),
  confirmFlushed: () => invoke('app:confirm-flushed', {}),
  openExternal: (url: string) => invoke('shell:open-external', { url }),
  saveText: (request: IpcArgs<'files:save-text'>) => invoke('files:save-text', request),
  openText: (request: IpcArgs<'files:open-text'>) => invoke('files:open-text', request),
  beginSave: (request: IpcArgs<'files:begin-save'>) => invoke('files:begin-save', request),
  // The bytes go last: Electron's serializer sizes its buffer to the bytes plus a little slack, and
  // any sizeable field after them would make it grow that large buffer fourfold.
  appendUpload: ({ token, bytes }: IpcArgs<'files:append-upload'>) =>
    invoke('files:append-upload', { token, bytes }),
  commitSave: (token: string) => invoke('files:commit-save', { token }),
  abortUpload: (token: string) => invoke('files:abort-upload', { token }),
  openFile: (request: IpcArgs<'files:open-file'>) => invoke('files:open-file', request),
  readChunk: (request: IpcArgs<'files:read-chunk'>) => invoke('files:read-chunk', request),
  closeDownload: (token: string) => invoke('files:close-download', { token }),
  printToPdf: (request: IpcArgs<'files:print-to-pdf'>) => invoke('files:print-to-pdf', request),
  writeClipboardText: (text: string) => invoke('clipboard:write-text', { text }),
  beginBackup: (request: IpcArgs<'backups:begin-backup'>) =>
    invoke('backups:begin-backup', request),
  commitBackup: (token: string) => invoke('backups:commit-backup', { token }),
  listBackups: (request: IpcArgs<'backups:list-backups'>) =>
    invoke('backups:list-backups', request),
  readBackup: (id: string) => invoke('backups:read-backup', { id }),
  getUpdateSettings: () => invoke('updates:get-settings', {}),
  setUpdateSettings: ({ enabled, feedUrl }: IpcArgs<'updates:set-settings'>) =>
    invoke('updates:set-settings', { enabled, feedUrl }),
  onMenuCommand: (listener: Parameters<WorkbookBridge['onMenuCommand']>[0]) =>
    subscribe('menu:command-invoked', listener),
  onFlushRequested: (listener: () => void) =>
    subscribe('app:flush-requested', () => {
      listener();
    }),
  onFileOpenRequested: (listener: Parameters<WorkbookBridge['onFileOpenRequested']>[0]) => {
    const unsubscribe = subscribe('files:open-requested', listener);
    // Listening now: main sends the files that waited for a listener, then each new one.
    void invoke('files:claim-open-requests', {});
    return unsubscribe;
  },
} satisfies WorkbookBridge;

contextBridge.exposeInMainWorld(bridgeGlobal, bridge);
