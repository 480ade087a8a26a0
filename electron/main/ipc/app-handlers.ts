/**
 * Handlers for the app: and shell: channels: facts about the app, the close handshake's
 * confirmation, and opening links in the user's browser.
 * Runs in the Electron main process; Electron itself is passed in, so tests use fakes.
 */
import type { AppInfo } from '../../../shared/ipc/contract';
import { allowedExternalUrl } from '../../../shared/ipc/external-url';
import { fail, ok, type IpcHandlers } from './register';

/** What the app handlers need from Electron and the window. */
export interface AppHandlerDeps<S> {
  appInfo(): AppInfo;
  /** Tells the window that sent it that pending writes are flushed, so it may close. */
  confirmFlushed(sender: S): void;
  /** shell.openExternal. */
  openExternal(url: string): Promise<void>;
}

type AppChannels = 'app:get-info' | 'app:confirm-flushed' | 'shell:open-external';

/** The handlers for app:get-info, app:confirm-flushed and shell:open-external. */
export function createAppHandlers<S>(deps: AppHandlerDeps<S>): Pick<IpcHandlers<S>, AppChannels> {
  return {
    'app:get-info': () => ok(deps.appInfo()),
    'app:confirm-flushed': (_arg, sender) => {
      deps.confirmFlushed(sender);
      return ok(null);
    },
    'shell:open-external': async ({ url }) => {
      const external = allowedExternalUrl(url);
      if (external === undefined) {
        return fail('not-allowed', 'Only web links (http or https) can be opened in the browser.');
      }
      try {
        await deps.openExternal(external);
      } catch {
        return fail('io-error', 'The link could not be opened in your browser.');
      }
      return ok(null);
    },
  };
}
