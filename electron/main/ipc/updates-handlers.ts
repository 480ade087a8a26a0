/**
 * Handlers for the updates: channels: reading and storing the update setting. The argument is
 * already checked against the contract's schema; the service checks the address again before it
 * stores it, since it is what later reaches the network.
 * Runs in the Electron main process; the service is passed in, so tests use one with fakes.
 */
import type { UpdateService } from '../updates';
import { ok, type IpcHandlers } from './register';

type UpdatesChannels = 'updates:get-settings' | 'updates:set-settings';

/** The handlers for updates:get-settings and updates:set-settings. */
export function createUpdatesHandlers<S>(
  service: Pick<UpdateService, 'settings' | 'set'>,
): Pick<IpcHandlers<S>, UpdatesChannels> {
  return {
    'updates:get-settings': () => ok(service.settings()),
    'updates:set-settings': (settings) => service.set(settings),
  };
}
