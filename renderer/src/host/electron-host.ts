import type { WorkbookBridge } from '../../../shared/ipc/contract';
import { receiveFile, sendParts, unwrap, uploadSize } from './bridge-transfers';
import { HostError, type Host } from './host';

const asHostError = (error: unknown, name: string): HostError =>
  error instanceof HostError ? error : new HostError('internal', `${name} could not be opened.`);

/** The Host of the desktop app: every call goes over the preload bridge. */
export function createElectronHost(bridge: WorkbookBridge): Host {
  return {
    kind: 'electron',
    getAppInfo: async () => unwrap(await bridge.getAppInfo()),
    openExternal: async (url) => {
      unwrap(await bridge.openExternal(url));
    },
    saveText: async (request) => unwrap(await bridge.saveText(request)),
    openText: async (request) => unwrap(await bridge.openText(request)),
    saveBytes: async ({ suggestedName, parts, filters }) => {
      const size = uploadSize(suggestedName, parts);
      const started = unwrap(await bridge.beginSave({ suggestedName, filters, size }));
      if (started === null) return { saved: false };
      const { token } = started;
      return sendParts(bridge, token, parts, () => bridge.commitSave(token));
    },
    openFile: async (request) => {
      const file = unwrap(await bridge.openFile(request));
      return file === null ? null : receiveFile(bridge, file);
    },
    onFileOpenRequested: (listener, onFailed) => {
      let listening = true;
      const unsubscribe = bridge.onFileOpenRequested((file) => {
        void receiveFile(bridge, file).then(
          (received) => {
            if (listening) listener(received);
          },
          (error: unknown) => {
            if (listening) onFailed?.(asHostError(error, file.name));
          },
        );
      });
      return () => {
        listening = false;
        unsubscribe();
      };
    },
    printToPdf: async (request) => unwrap(await bridge.printToPdf(request)),
    copyText: async (text) => {
      unwrap(await bridge.writeClipboardText(text));
    },
    print: () => {
      window.print();
      return Promise.resolve();
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: {
      available: true,
      write: async ({ workbookId, workbookName, counts, reason, parts }) => {
        const size = uploadSize('The backup', parts);
        const backup = { workbookId, workbookName, counts, reason, size };
        const { token } = unwrap(await bridge.beginBackup(backup));
        return sendParts(bridge, token, parts, () => bridge.commitBackup(token));
      },
      list: async (workbookId) =>
        unwrap(await bridge.listBackups(workbookId === undefined ? {} : { workbookId })),
      read: async (id) => (await receiveFile(bridge, unwrap(await bridge.readBackup(id)))).data,
    },
    updates: {
      get: async () => unwrap(await bridge.getUpdateSettings()),
      set: async (settings) => unwrap(await bridge.setUpdateSettings(settings)),
    },
    onBeforeClose: (flush) =>
      bridge.onFlushRequested(() => {
        // Confirm whatever the flush did: a failed flush must not keep the window from closing.
        void flush()
          .catch(() => undefined)
          .then(() => bridge.confirmFlushed());
      }),
  };
}
