/**
 * The one IPC contract between the Electron main process and the renderer.
 * Every channel is declared here once: its name (`domain:verb-noun`), the zod schema of its single
 * argument, and its result type. Main validates every argument against these schemas before a
 * handler runs; the preload exposes one named function per channel and nothing else.
 */
import { z } from 'zod';
import {
  BACKUP_REASONS,
  backupCountsSchema,
  backupIdSchema,
  type BackupInfo,
} from '../backups/backup-info';
import { idSchema } from '../domain/record';
import { COMMAND_IDS, type CommandId } from '../commands/commands';
import { updateSettingsSchema, type UpdateSettings } from './update-feed';

/** A file-type filter in an open or save dialog. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,16}$/i))
    .min(1)
    .max(20),
});

/** A file-type filter in an open or save dialog (extensions without the dot). */
export type FileFilter = z.infer<typeof fileFilterSchema>;

const noArgs = z.object({}).strict();

const filtersSchema = z.array(fileFilterSchema).max(10);

/** A file name the save dialog proposes: a name only, never a path. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|]+$/, 'A file name cannot contain / \\ : * ? " < > |');

/** Largest text file the host reads or writes over IPC as a string (64 MiB). */
export const MAX_IPC_FILE_CHARS = 64 * 1024 * 1024;

/**
 * Largest file the host reads or writes over IPC as bytes (500 MiB). It equals the largest
 * workbook file (MAX_PARTNERBOOK_CHARS: a file of at most that many bytes never decodes to more
 * code units), so every workbook the app can read travels as bytes; large `.partnerbook` saves go
 * through files:save-bytes rather than files:save-text. It stays below 2^29 bytes: Electron's IPC
 * serializer grows its buffer fourfold, and past 2^29 that asks for a shared-memory region over
 * 2 GiB, which crashes the sender (electron/electron#53961).
 */
export const MAX_IPC_FILE_BYTES = 500 * 1024 * 1024;

/**
 * Longest text copied to the clipboard over IPC, in UTF-16 code units (10 Mi): thousands of times
 * a positioning draft or a partner table, yet small enough that a runaway string cannot make main
 * copy hundreds of megabytes onto the system clipboard.
 */
export const MAX_CLIPBOARD_TEXT_CHARS = 10 * 1024 * 1024;

/**
 * Bytes as they cross IPC: a Uint8Array, which Electron's structured clone delivers to main as a
 * Uint8Array of main's own realm (a Node Buffer passes too, being one). The same check as
 * z.instanceof(Uint8Array), typed for any Uint8Array whatever its buffer, as callers have them.
 */
const bytesSchema = z
  .custom<Uint8Array>(
    (value) => value instanceof Uint8Array,
    'Expected the file content as bytes (a Uint8Array)',
  )
  .refine(
    (bytes) => bytes.byteLength <= MAX_IPC_FILE_BYTES,
    `The file is larger than ${MAX_IPC_FILE_BYTES / (1024 * 1024)} MB, more than Partner Workbook saves`,
  );

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
      suggestedName: suggestedNameSchema,
      content: z.string().max(MAX_IPC_FILE_CHARS),
      filters: filtersSchema,
    })
    .strict(),
  /** Asks which file to open, then reads it as UTF-8 text. */
  'files:open-text': z.object({ filters: filtersSchema }).strict(),
  /** Asks where to save, then writes the bytes there (up to MAX_IPC_FILE_BYTES). */
  'files:save-bytes': z
    .object({ suggestedName: suggestedNameSchema, bytes: bytesSchema, filters: filtersSchema })
    .strict(),
  /** Asks which file to open, then reads its bytes (up to MAX_IPC_FILE_BYTES). */
  'files:open-file': z.object({ filters: filtersSchema }).strict(),
  /** Asks where to save a PDF, then prints the sender's page to it (webContents.printToPDF). */
  'files:print-to-pdf': z.object({ suggestedName: suggestedNameSchema }).strict(),
  /**
   * The renderer now listens for `files:open-requested`: main sends it the files the operating
   * system or the Open Recent menu asked to open so far, then each new one as it comes. The
   * preload calls it when something subscribes; it is not a bridge member of its own.
   */
  'files:claim-open-requests': noArgs,
  /**
   * Writes a snapshot of a workbook to the backups folder under userData (temporary file,
   * flushed, renamed), then prunes that workbook's backups to the last 10 and one a day for 14.
   */
  'backups:write-backup': z
    .object({
      workbookId: idSchema,
      workbookName: z.string().trim().min(1).max(200),
      counts: backupCountsSchema,
      reason: z.enum(BACKUP_REASONS),
      bytes: bytesSchema,
    })
    .strict(),
  /** The whole backups in the backups folder (of one workbook, if given), newest first. */
  'backups:list-backups': z.object({ workbookId: idSchema.optional() }).strict(),
  /** One backup's snapshot as bytes. */
  'backups:read-backup': z.object({ id: backupIdSchema }).strict(),
  /** Whether the app looks for updates, and where (off by default). */
  'updates:get-settings': noArgs,
  /**
   * Stores the update setting; when it is on, main then looks for an update at that https address
   * (electron-updater's generic provider). Nothing calls the network while it is off.
   */
  'updates:set-settings': updateSettingsSchema,
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

/** A file read as bytes: one the user chose, or one the operating system asked the app to open. */
export interface OpenedFile {
  /** The file's name without its folder: the renderer never learns paths. */
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Result type by channel. */
export interface IpcResults {
  'app:get-info': AppInfo;
  'app:confirm-flushed': null;
  'shell:open-external': null;
  'files:save-text': SaveTextResult;
  'files:open-text': OpenedTextFile | null;
  'files:save-bytes': SaveTextResult;
  'files:open-file': OpenedFile | null;
  'files:print-to-pdf': SaveTextResult;
  'files:claim-open-requests': null;
  'clipboard:write-text': null;
  'backups:write-backup': BackupInfo;
  'backups:list-backups': BackupInfo[];
  'backups:read-backup': Uint8Array<ArrayBuffer>;
  'updates:get-settings': UpdateSettings;
  'updates:set-settings': UpdateSettings;
}

/** Error codes a handler may answer with. */
export type IpcErrorCode =
  | 'invalid-argument'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-allowed'
  | 'too-large'
  | 'no-space'
  | 'io-error'
  | 'internal';

/** An error as it crosses the bridge: a code and a message fit for a person. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** What every invoke resolves to: never a thrown error, never a stack trace. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the native menu sends to the renderer: every command of the registry. */
export const MENU_COMMANDS = COMMAND_IDS;

/** One menu command. */
export type MenuCommand = CommandId;

/** Events main sends to the renderer, with their payloads. */
export interface IpcEvents {
  /** A native menu item was chosen. */
  'menu:command-invoked': MenuCommand;
  /** The window is about to close: flush pending writes, then call `app:confirm-flushed`. */
  'app:flush-requested': null;
  /** The operating system (a double-click, the Dock) or the Open Recent menu opened a file. */
  'files:open-requested': OpenedFile;
}

/** Event channel names. */
export const IPC_EVENT_CHANNELS = [
  'menu:command-invoked',
  'app:flush-requested',
  'files:open-requested',
] as const;

/** The object the preload exposes as `window.workbookHost`: named functions only. */
export interface WorkbookBridge {
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  confirmFlushed(): Promise<IpcResult<null>>;
  openExternal(url: string): Promise<IpcResult<null>>;
  saveText(request: IpcArgs<'files:save-text'>): Promise<IpcResult<SaveTextResult>>;
  openText(request: IpcArgs<'files:open-text'>): Promise<IpcResult<OpenedTextFile | null>>;
  /** Asks where to save, then writes the bytes (`files:save-bytes`). */
  saveBytes(request: IpcArgs<'files:save-bytes'>): Promise<IpcResult<SaveTextResult>>;
  /** Asks which file to open, then reads its bytes (`files:open-file`). */
  openFile(request: IpcArgs<'files:open-file'>): Promise<IpcResult<OpenedFile | null>>;
  /** Asks where to save, then prints the page to a PDF there (`files:print-to-pdf`). */
  printToPdf(request: IpcArgs<'files:print-to-pdf'>): Promise<IpcResult<SaveTextResult>>;
  /** Puts the text on the system clipboard (`clipboard:write-text`). */
  writeClipboardText(text: string): Promise<IpcResult<null>>;
  /** Writes a workbook's backup (`backups:write-backup`). */
  writeBackup(request: IpcArgs<'backups:write-backup'>): Promise<IpcResult<BackupInfo>>;
  /** Lists the backups (`backups:list-backups`). */
  listBackups(request: IpcArgs<'backups:list-backups'>): Promise<IpcResult<BackupInfo[]>>;
  /** Reads one backup's snapshot (`backups:read-backup`). */
  readBackup(id: string): Promise<IpcResult<Uint8Array<ArrayBuffer>>>;
  /** The update setting (`updates:get-settings`). */
  getUpdateSettings(): Promise<IpcResult<UpdateSettings>>;
  /** Stores the update setting (`updates:set-settings`). */
  setUpdateSettings(settings: UpdateSettings): Promise<IpcResult<UpdateSettings>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to flush requests before close; returns the unsubscribe function. */
  onFlushRequested(listener: () => void): () => void;
  /**
   * Subscribes to files the operating system or the Open Recent menu asks the app to open, and
   * claims those that arrived before anything listened; returns the unsubscribe function.
   */
  onFileOpenRequested(listener: (file: OpenedFile) => void): () => void;
}

/** The global name the bridge is exposed under. */
export const BRIDGE_GLOBAL = 'workbookHost';
