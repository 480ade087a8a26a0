import {
  MAX_IPC_FILE_BYTES,
  type IpcResult,
  type OpenedFile,
  type WorkbookBridge,
} from '../../../shared/ipc/contract';
import { HostError, type Host, type HostFile } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}

function asHostFile({ name, bytes }: OpenedFile): HostFile {
  return { name, data: new Blob([bytes]) };
}

// Checked here too, so that a file main would refuse is not copied across IPC first.
function refuseTooLarge(name: string, bytes: Uint8Array): void {
  if (bytes.byteLength <= MAX_IPC_FILE_BYTES) return;
  const mb = (size: number) => (size / (1024 * 1024)).toFixed(1);
  throw new HostError(
    'too-large',
    `${name} would be ${mb(bytes.byteLength)} MB; Partner Workbook saves files of up to ${mb(MAX_IPC_FILE_BYTES)} MB.`,
  );
}

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
    saveBytes: async (request) => {
      refuseTooLarge(request.suggestedName, request.bytes);
      return unwrap(await bridge.saveBytes(request));
    },
    openFile: async (request) => {
      const file = unwrap(await bridge.openFile(request));
      return file === null ? null : asHostFile(file);
    },
    onFileOpenRequested: (listener) =>
      bridge.onFileOpenRequested((file) => {
        listener(asHostFile(file));
      }),
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
      write: async (request) => {
        refuseTooLarge('The backup', request.bytes);
        return unwrap(await bridge.writeBackup(request));
      },
      list: async (workbookId) =>
        unwrap(await bridge.listBackups(workbookId === undefined ? {} : { workbookId })),
      read: async (id) => new Blob([unwrap(await bridge.readBackup(id))]),
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
