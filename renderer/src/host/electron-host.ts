import type { IpcResult, WorkbookBridge } from '../../../shared/ipc/contract';
import { HostError, type Host } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
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
    copyText: async (text) => {
      unwrap(await bridge.writeClipboardText(text));
    },
    print: () => {
      window.print();
      return Promise.resolve();
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onBeforeClose: (flush) =>
      bridge.onFlushRequested(() => {
        // Confirm whatever the flush did: a failed flush must not keep the window from closing.
        void flush()
          .catch(() => undefined)
          .then(() => bridge.confirmFlushed());
      }),
  };
}
