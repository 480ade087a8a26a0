import { BRIDGE_GLOBAL, type WorkbookBridge } from '../../../shared/ipc/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

function bridgeOf(scope: object): WorkbookBridge | undefined {
  const candidate: unknown = Reflect.get(scope, BRIDGE_GLOBAL);
  return typeof candidate === 'object' && candidate !== null
    ? (candidate as WorkbookBridge)
    : undefined;
}

/** The Electron host when the preload bridge is present, otherwise the browser host. */
export function selectHost(scope: object = window): Host {
  const bridge = bridgeOf(scope);
  return bridge ? createElectronHost(bridge) : createBrowserHost();
}
