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
import { MAX_PARTNERBOOK_BYTES } from '../files/partnerbook/format';
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
 * Most bytes of a file in one IPC message (32 MiB): larger files cross in pieces of at most this
 * size (files:append-upload one way, files:read-chunk the other), never as one message. Electron's
 * serializer grows its buffer fourfold as it fills, and past 2^29 bytes in one message that asks
 * for a shared-memory region over 2 GiB, which crashes the sender (electron/electron#53961); a
 * piece of 32 MiB stays far below that.
 */
export const MAX_IPC_CHUNK_BYTES = 32 * 1024 * 1024;

/** Largest file the host saves or opens in pieces: the largest workbook file (4 GiB). */
export const MAX_TRANSFER_BYTES = MAX_PARTNERBOOK_BYTES;

/**
 * Longest text copied to the clipboard over IPC, in UTF-16 code units (10 Mi): thousands of times
 * a positioning draft or a partner table, yet small enough that a runaway string cannot make main
 * copy hundreds of megabytes onto the system clipboard.
 */
export const MAX_CLIPBOARD_TEXT_CHARS = 10 * 1024 * 1024;

const mib = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('en-US');

/**
 * A piece of a file as it crosses IPC: a Uint8Array, which Electron's structured clone delivers to
 * main as a Uint8Array of main's own realm (a Node Buffer passes too, being one). The same check
 * as z.instanceof(Uint8Array), typed for any Uint8Array whatever its buffer, as callers have them.
 */
const pieceSchema = z
  .custom<Uint8Array>(
    (value) => value instanceof Uint8Array,
    'Expected a piece of the file as bytes (a Uint8Array)',
  )
  .refine(
    (bytes) => bytes.byteLength <= MAX_IPC_CHUNK_BYTES,
    `A piece of a file holds at most ${mib(MAX_IPC_CHUNK_BYTES)} MiB`,
  );

/** A whole file's size in bytes, announced when its upload begins. */
const fileSizeSchema = z
  .number()
  .int()
  .nonnegative()
  .max(
    MAX_TRANSFER_BYTES,
    `The file is larger than ${mib(MAX_TRANSFER_BYTES)} MiB, more than Partner Workbook saves`,
  );

/** The token main gave an upload or a download (a random UUID): it names nothing else. */
const tokenSchema = z.uuid('Not a file transfer of this window');

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
  /**
   * Asks where to save a file of `size` bytes, then starts its upload into a temporary file
   * beside the chosen one: the pieces follow (files:append-upload), then files:commit-save.
   * Answers null when the person cancels.
   */
  'files:begin-save': z
    .object({ suggestedName: suggestedNameSchema, filters: filtersSchema, size: fileSizeSchema })
    .strict(),
  /**
   * The next piece of an upload this window began (a save or a backup). A failed piece ends the
   * upload: its temporary file is deleted.
   */
  'files:append-upload': z.object({ token: tokenSchema, bytes: pieceSchema }).strict(),
  /**
   * Ends a save's upload: once all its announced bytes came, the temporary file is flushed and
   * renamed over the chosen file. It ends the upload whatever the result.
   */
  'files:commit-save': z.object({ token: tokenSchema }).strict(),
  /** Cancels an upload this window began: its temporary file is deleted. */
  'files:abort-upload': z.object({ token: tokenSchema }).strict(),
  /**
   * Asks which file to open (up to MAX_TRANSFER_BYTES), then opens it for reading in pieces
   * (files:read-chunk). Answers null when the person cancels.
   */
  'files:open-file': z.object({ filters: filtersSchema }).strict(),
  /**
   * The piece of a file opened for this window (files:open-file, backups:read-backup,
   * files:open-requested) at `offset`, where the last piece ended: MAX_IPC_CHUNK_BYTES, or what is
   * left. The piece that reaches the end (or any failure) closes the file.
   */
  'files:read-chunk': z
    .object({ token: tokenSchema, offset: z.number().int().nonnegative().max(MAX_TRANSFER_BYTES) })
    .strict(),
  /**
   * Closes a file opened for this window to read in pieces before its last piece was read: the
   * renderer stopped reading it (a cancelled open, a refused file, a file it will not use). A file
   * already closed (read to its end, failed) or not this window's is left as it is: the answer is
   * null either way.
   */
  'files:close-download': z.object({ token: tokenSchema }).strict(),
  /** Asks where to save a PDF, then prints the sender's page to it (webContents.printToPDF). */
  'files:print-to-pdf': z.object({ suggestedName: suggestedNameSchema }).strict(),
  /**
   * The renderer now listens for `files:open-requested`: main sends it the files the operating
   * system or the Open Recent menu asked to open so far, then each new one as it comes. The
   * preload calls it when something subscribes; it is not a bridge member of its own.
   */
  'files:claim-open-requests': noArgs,
  /**
   * Starts the upload of a workbook's snapshot of `size` bytes into the backups folder under
   * userData, when the disk has room for it: the pieces follow (files:append-upload), then
   * backups:commit-backup.
   */
  'backups:begin-backup': z
    .object({
      workbookId: idSchema,
      workbookName: z.string().trim().min(1).max(200),
      counts: backupCountsSchema,
      reason: z.enum(BACKUP_REASONS),
      size: fileSizeSchema,
    })
    .strict(),
  /**
   * Ends a backup's upload: once all its announced bytes came, the snapshot (flushed) and its
   * description are renamed into place, then that workbook's backups are pruned to the last 10
   * and one a day for 14. It ends the upload whatever the result.
   */
  'backups:commit-backup': z.object({ token: tokenSchema }).strict(),
  /** The whole backups in the backups folder (of one workbook, if given), newest first. */
  'backups:list-backups': z.object({ workbookId: idSchema.optional() }).strict(),
  /** Opens one backup's snapshot for reading in pieces (files:read-chunk). */
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

/**
 * A file main opened for this window to read in pieces (files:read-chunk): one the user chose, one
 * the operating system asked the app to open, or a backup's snapshot.
 */
export interface FileDownload {
  /** The file's name without its folder: the renderer never learns paths. */
  name: string;
  /** Its size in bytes when it was opened. */
  size: number;
  /** What files:read-chunk asks for the pieces with. */
  token: string;
}

/** An upload main began for this window: its pieces are sent with this token. */
export interface UploadStarted {
  token: string;
}

/** Result type by channel. */
export interface IpcResults {
  'app:get-info': AppInfo;
  'app:confirm-flushed': null;
  'shell:open-external': null;
  'files:save-text': SaveTextResult;
  'files:open-text': OpenedTextFile | null;
  'files:begin-save': UploadStarted | null;
  'files:append-upload': null;
  'files:commit-save': SaveTextResult;
  'files:abort-upload': null;
  'files:open-file': FileDownload | null;
  'files:read-chunk': Uint8Array<ArrayBuffer>;
  'files:close-download': null;
  'files:print-to-pdf': SaveTextResult;
  'files:claim-open-requests': null;
  'clipboard:write-text': null;
  'backups:begin-backup': UploadStarted;
  'backups:commit-backup': BackupInfo;
  'backups:list-backups': BackupInfo[];
  'backups:read-backup': FileDownload;
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
  'files:open-requested': FileDownload;
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
  /** Asks where to save, then starts the upload (`files:begin-save`). */
  beginSave(request: IpcArgs<'files:begin-save'>): Promise<IpcResult<UploadStarted | null>>;
  /** Sends the next piece of an upload (`files:append-upload`). */
  appendUpload(request: IpcArgs<'files:append-upload'>): Promise<IpcResult<null>>;
  /** Ends a save's upload (`files:commit-save`). */
  commitSave(token: string): Promise<IpcResult<SaveTextResult>>;
  /** Cancels an upload (`files:abort-upload`). */
  abortUpload(token: string): Promise<IpcResult<null>>;
  /** Asks which file to open, then opens it to read (`files:open-file`). */
  openFile(request: IpcArgs<'files:open-file'>): Promise<IpcResult<FileDownload | null>>;
  /** Reads the next piece of an open file (`files:read-chunk`). */
  readChunk(request: IpcArgs<'files:read-chunk'>): Promise<IpcResult<Uint8Array<ArrayBuffer>>>;
  /** Closes an open file the renderer stopped reading (`files:close-download`). */
  closeDownload(token: string): Promise<IpcResult<null>>;
  /** Asks where to save, then prints the page to a PDF there (`files:print-to-pdf`). */
  printToPdf(request: IpcArgs<'files:print-to-pdf'>): Promise<IpcResult<SaveTextResult>>;
  /** Puts the text on the system clipboard (`clipboard:write-text`). */
  writeClipboardText(text: string): Promise<IpcResult<null>>;
  /** Starts the upload of a workbook's backup (`backups:begin-backup`). */
  beginBackup(request: IpcArgs<'backups:begin-backup'>): Promise<IpcResult<UploadStarted>>;
  /** Ends a backup's upload (`backups:commit-backup`). */
  commitBackup(token: string): Promise<IpcResult<BackupInfo>>;
  /** Lists the backups (`backups:list-backups`). */
  listBackups(request: IpcArgs<'backups:list-backups'>): Promise<IpcResult<BackupInfo[]>>;
  /** Opens one backup's snapshot to read (`backups:read-backup`). */
  readBackup(id: string): Promise<IpcResult<FileDownload>>;
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
  onFileOpenRequested(listener: (file: FileDownload) => void): () => void;
}

/** The global name the bridge is exposed under. */
export const BRIDGE_GLOBAL = 'workbookHost';
