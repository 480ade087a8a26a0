/**
 * Typed sending of the contract's main → renderer events, so a channel and its payload cannot
 * drift apart at a call site.
 * Runs in the Electron main process.
 */
import type { IpcEvents } from '../../../shared/ipc/contract';

/** Anything events can be sent to: a webContents. */
export interface IpcEventReceiver {
  send(channel: string, ...args: unknown[]): void;
}

/** Sends one contract event with its payload. */
export function sendIpcEvent<E extends keyof IpcEvents>(
  receiver: IpcEventReceiver,
  channel: E,
  payload: IpcEvents[E],
): void {
  receiver.send(channel, payload);
}
