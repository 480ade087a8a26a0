/**
 * The one place IPC handlers are registered. Every invoke passes the same gate before a handler
 * runs: the channel must be in the contract, the sender must be the app's own top frame, and the
 * argument must match the channel's zod schema. Whatever happens, the renderer gets an IpcResult:
 * a thrown error becomes a plain sentence with code 'internal', never a stack trace.
 * Runs in the Electron main process.
 */
import type { z } from 'zod';
import {
  ipcArgs,
  type IpcArgs,
  type IpcChannel,
  type IpcErrorCode,
  type IpcResult,
  type IpcResults,
} from '../../../shared/ipc/contract';
import { isTrustedUrl } from '../app-origin';

/** A channel's argument after validation. */
export type IpcParsedArgs<C extends IpcChannel> = z.output<(typeof ipcArgs)[C]>;

/** A handler for one channel; S is the sender (a webContents in the app, a fake in tests). */
export type IpcHandler<C extends IpcChannel, S> = (
  arg: IpcParsedArgs<C>,
  sender: S,
) => IpcResult<IpcResults[C]> | Promise<IpcResult<IpcResults[C]>>;

/** One handler per channel of the contract: a missing or mistyped one is a compile error. */
export type IpcHandlers<S> = { readonly [C in IpcChannel]: IpcHandler<C, S> };

/** The frame an invoke came from (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly parent: unknown;
  readonly url: string;
}

/** The invoke event fields the gate reads (Electron's IpcMainInvokeEvent). */
export interface InvokeEvent<S> {
  /** Null when the frame has navigated away or been destroyed since it sent the message. */
  readonly senderFrame: SenderFrame | null;
  readonly sender: S;
}

/** The ipcMain method registration uses. */
export interface IpcMainRegistrar<S> {
  handle(
    channel: string,
    listener: (event: InvokeEvent<S>, ...args: unknown[]) => Promise<IpcResult<unknown>>,
  ): void;
}

/** Gate settings. */
export interface IpcGateOptions {
  /** Origins whose top frame may invoke: the app, plus the dev server while developing. */
  trustedOrigins: ReadonlySet<string>;
  /** Where unexpected handler errors are recorded in full; defaults to console.error. */
  logError?: (channel: string, error: unknown) => void;
}

/** A successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed result with a message fit for a person. */
export function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

// The schemas seen through a mapped type, so indexing with a generic channel keeps its types.
const schemas: { readonly [C in IpcChannel]: z.ZodType<IpcParsedArgs<C>, IpcArgs<C>> } = ipcArgs;

function isKnownChannel(channel: string): channel is IpcChannel {
  return Object.hasOwn(ipcArgs, channel);
}

/** True when the invoke comes from a top-level frame showing one of the trusted origins. */
export function isTrustedSender(frame: SenderFrame | null, origins: ReadonlySet<string>): boolean {
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url, origins);
}

function describeIssues(channel: IpcChannel, error: z.ZodError): string {
  const details = error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.map(String).join('.');
      return where === '' ? issue.message : `${where}: ${issue.message}`;
    })
    .join('; ');
  return `The request to ${channel} was not valid (${details}).`;
}

async function runHandler<C extends IpcChannel, S>(
  channel: C,
  handlers: IpcHandlers<S>,
  args: readonly unknown[],
  sender: S,
  logError: (channel: string, error: unknown) => void,
): Promise<IpcResult<IpcResults[C]>> {
  if (args.length > 1) {
    return fail('invalid-argument', `The request to ${channel} takes one argument.`);
  }
  const parsed = schemas[channel].safeParse(args[0]);
  if (!parsed.success) return fail('invalid-argument', describeIssues(channel, parsed.error));
  const handler: IpcHandler<C, S> = handlers[channel];
  try {
    return await handler(parsed.data, sender);
  } catch (error) {
    logError(channel, error);
    return fail(
      'internal',
      `Something went wrong in Partner Workbook while handling ${channel}. Please try again.`,
    );
  }
}

/** The gate and dispatch, separate from ipcMain so it can be tested with any channel string. */
export function createIpcDispatcher<S>(
  handlers: IpcHandlers<S>,
  options: IpcGateOptions,
): (channel: string, event: InvokeEvent<S>, ...args: unknown[]) => Promise<IpcResult<unknown>> {
  const logError =
    options.logError ??
    ((channel: string, error: unknown) => {
      console.error(`IPC handler for ${channel} failed:`, error);
    });
  return async (channel, event, ...args) => {
    if (!isKnownChannel(channel)) {
      return fail('unknown-channel', `Partner Workbook has no request called "${channel}".`);
    }
    if (!isTrustedSender(event.senderFrame, options.trustedOrigins)) {
      return fail(
        'forbidden-sender',
        'The request was refused because it did not come from the Partner Workbook window.',
      );
    }
    return runHandler(channel, handlers, args, event.sender, logError);
  };
}

/** Registers every channel of the contract with ipcMain.handle, all through the same gate. */
export function registerIpcHandlers<S>(
  ipcMain: IpcMainRegistrar<S>,
  handlers: IpcHandlers<S>,
  options: IpcGateOptions,
): void {
  const dispatch = createIpcDispatcher(handlers, options);
  for (const channel of Object.keys(ipcArgs)) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, event, ...args));
  }
}
