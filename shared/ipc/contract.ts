/**
 * The one IPC contract between the Electron main process and the renderer.
 * Every channel is declared here once: its name (`domain:verb-noun`), the zod schema of its single
 * argument, and its result type. Main validates every argument against these schemas before a
 * handler runs; the preload exposes one named function per channel and nothing else.
 */
import { z } from 'zod';

/** A file-type filter in an open or save dialog. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,16}$/i))
    .min(1)
    .max(20),
});

const noArgs = z.object({}).strict();

/** Largest text file the host reads or writes over IPC (64 MiB). */
export const MAX_IPC_FILE_CHARS = 64 * 1024 * 1024;

/**
 * Longest text copied to the clipboard over IPC, in UTF-16 code units (10 Mi): thousands of times
 * a positioning draft or a partner table, yet small enough that a runaway string cannot make main
 * copy hundreds of megabytes onto the system clipboard.
 */
export const MAX_CLIPBOARD_TEXT_CHARS = 10 * 1024 * 1024;

/** Argument schemas by channel. */
export const ipcArgs = {
  /** Version, platform and where data lives. */
  'app:get-info': noArgs,
  /** The renderer has flushed pending writes after `app:flush-requested`. */
  'app:confirm-flushed': noArgs,
  /** Opens an http(s) link in the user's browser; anything else is refused. */
  'shell:open-external': z.object({ url: z.string().min(1).max(2048) }).strict(),
  /** Asks where to save, then writes the text there. */
  'files:save-text': z
    .object({
      suggestedName: z
        .string()
        .min(1)
        .max(255)
        .regex(/^[^/\\:*?"<>|]+$/, 'A file name cannot contain / \\ : * ? " < > |'),
      content: z.string().max(MAX_IPC_FILE_CHARS),
      filters: z.array(fileFilterSchema).max(10),
    })
    .strict(),
  /** Asks which file to open, then reads it as UTF-8 text. */
  'files:open-text': z.object({ filters: z.array(fileFilterSchema).max(10) }).strict(),
  /** Puts the text on the system clipboard as plain text, replacing what was there. */
  'clipboard:write-text': z
    .object({
      text: z.string().max(MAX_CLIPBOARD_TEXT_CHARS, 'The text is too long to copy'),
    })
    .strict(),
} as const;

/** Every invokable channel. */
export type IpcChannel = keyof typeof ipcArgs;

/** The argument a channel takes. */
export type IpcArgs<C extends IpcChannel> = z.input<(typeof ipcArgs)[C]>;

/** Facts about the running app, for About and settings. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Folder the workbook data lives in. */
  userDataPath: string;
}

/** Result of a save dialog. */
export interface SaveTextResult {
  saved: boolean;
  path?: string;
}

/** A file the user chose to open. */
export interface OpenedTextFile {
  name: string;
  content: string;
}

/** Result type by channel. */
export interface IpcResults {
  'app:get-info': AppInfo;
  'app:confirm-flushed': null;
  'shell:open-external': null;
  'files:save-text': SaveTextResult;
  'files:open-text': OpenedTextFile | null;
  'clipboard:write-text': null;
}

/** Error codes a handler may answer with. */
export type IpcErrorCode =
  | 'invalid-argument'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-allowed'
  | 'too-large'
  | 'io-error'
  | 'internal';

/** An error as it crosses the bridge: a code and a message fit for a person. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** What every invoke resolves to: never a thrown error, never a stack trace. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['new-partner', 'import', 'export', 'about'] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Events main sends to the renderer, with their payloads. */
export interface IpcEvents {
  /** A native menu item was chosen. */
  'menu:command-invoked': MenuCommand;
  /** The window is about to close: flush pending writes, then call `app:confirm-flushed`. */
  'app:flush-requested': null;
}

/** Event channel names. */
export const IPC_EVENT_CHANNELS = ['menu:command-invoked', 'app:flush-requested'] as const;

/** The object the preload exposes as `window.workbookHost`: named functions only. */
export interface WorkbookBridge {
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  confirmFlushed(): Promise<IpcResult<null>>;
  openExternal(url: string): Promise<IpcResult<null>>;
  saveText(request: IpcArgs<'files:save-text'>): Promise<IpcResult<SaveTextResult>>;
  openText(request: IpcArgs<'files:open-text'>): Promise<IpcResult<OpenedTextFile | null>>;
  /** Puts the text on the system clipboard (`clipboard:write-text`). */
  writeClipboardText(text: string): Promise<IpcResult<null>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to flush requests before close; returns the unsubscribe function. */
  onFlushRequested(listener: () => void): () => void;
}

/** The global name the bridge is exposed under. */
export const BRIDGE_GLOBAL = 'workbookHost';
