/**
 * Handler for the clipboard: channel. The renderer's permission handler denies every permission,
 * so the page cannot use navigator.clipboard; copying goes through main instead.
 * Runs in the Electron main process; Electron's clipboard is passed in, so tests use a fake.
 */
import { fail, ok, type IpcHandlers } from './register';

/** What the clipboard handler needs from Electron. */
export interface ClipboardHandlerDeps {
  /** clipboard.writeText: replaces the system clipboard with the plain text. */
  writeText(text: string): Promise<void>;
}

/** The handler for clipboard:write-text. */
export function createClipboardHandlers<S>(
  deps: ClipboardHandlerDeps,
): Pick<IpcHandlers<S>, 'clipboard:write-text'> {
  return {
    'clipboard:write-text': async ({ text }) => {
      try {
        await deps.writeText(text);
      } catch {
        return fail('io-error', 'The text could not be copied to the clipboard.');
      }
      return ok(null);
    },
  };
}
