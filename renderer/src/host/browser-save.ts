/**
 * How the web build saves bytes: where the browser has the File System Access API
 * (showSaveFilePicker, Chromium), the person chooses the file in the system's save dialog and the
 * parts are written to it one at a time, so a file of gigabytes is never joined into one Blob in
 * page memory; elsewhere the parts become one Blob, downloaded.
 * The save dialog opens only during a user gesture: transient activation, which lasts about five
 * seconds after a click in Chromium (checked: six seconds after a click isActive is false, and the
 * dialog refuses with a SecurityError). A save that comes after a long export has lost it, so the
 * caller is asked for a fresh click (`askToSave`, the finished task's "Save…" button); a caller
 * that cannot ask gets the download instead, which needs no gesture.
 * Chromium writes into a temporary file and moves it into place on close, so a write that fails
 * is aborted and leaves no half file; an empty file the dialog created for it is removed.
 */
import type { FileFilter, SaveTextResult } from '../../../shared/ipc/contract';
import { blobOfParts, blobPart, type FileParts } from './file-parts';
import { HostError } from './host';

/** The options of showSaveFilePicker this host passes. */
export interface SavePickerOptions {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}

/** The writable stream of a chosen file (FileSystemWritableFileStream). */
export interface PickedFileWriter {
  write(data: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

/** A file chosen in the save dialog (FileSystemFileHandle, as Chromium has it). */
export interface PickedFile {
  createWritable(): Promise<PickedFileWriter>;
  getFile(): Promise<Blob>;
  /** Deletes the file (Chromium 110 and later). */
  remove?(): Promise<void>;
}

/** window.showSaveFilePicker, which the DOM library does not declare. */
export type ShowSaveFilePicker = (options: SavePickerOptions) => Promise<PickedFile>;

/** What a browser save takes (Host.saveBytes' request). */
export interface BrowserSaveRequest {
  suggestedName: string;
  parts: FileParts;
  filters: FileFilter[];
  askToSave?: (() => Promise<boolean>) | undefined;
}

/** What a browser save needs from the page; tests pass fakes. */
export interface BrowserSaveDeps {
  picker: ShowSaveFilePicker | undefined;
  /** Whether a click still allows a dialog (navigator.userActivation.isActive). */
  activationActive: () => boolean;
  download: (blob: Blob, suggestedName: string) => void;
}

const errorName = (error: unknown) => (error instanceof DOMException ? error.name : '');

// The dialog's file types: the filters' extensions (a "*" filter is the dialog's own "All files").
function pickerTypes(filters: readonly FileFilter[]): SavePickerOptions['types'] {
  return filters.flatMap(({ name, extensions }) => {
    const accept = extensions.filter((ext) => ext !== '*').map((ext) => `.${ext}`);
    return accept.length === 0
      ? []
      : [{ description: name, accept: { 'application/octet-stream': accept } }];
  });
}

function writeFailure(name: string, error: unknown): HostError {
  const why =
    errorName(error) === 'QuotaExceededError'
      ? 'the disk is full'
      : errorName(error) === 'NotAllowedError'
        ? 'the browser was not allowed to write there'
        : 'the browser could not write the file';
  return new HostError('io-error', `${name} could not be saved because ${why}. Nothing was kept.`);
}

// Writes the parts one at a time; on any failure aborts, so that nothing half written is kept.
async function writeParts(file: PickedFile, name: string, parts: FileParts): Promise<void> {
  let writer: PickedFileWriter | undefined;
  try {
    writer = await file.createWritable();
    for (const part of parts) await writer.write(blobPart(part));
    await writer.close();
  } catch (error) {
    await writer?.abort(error).catch(() => undefined);
    // The dialog created the file empty when it was new: it goes too (an empty one holds nothing).
    const left = await file.getFile().catch(() => undefined);
    if (left?.size === 0) await file.remove?.().catch(() => undefined);
    throw writeFailure(name, error);
  }
}

/** What came of showing the save dialog. */
type Picked = PickedFile | 'cancelled' | 'needs-gesture' | 'failed';

/**
 * Saves the parts as the person chooses: see the file comment. Resolves to { saved: false } when
 * they cancel (the dialog, or the request for a fresh click); rejects with a HostError when the
 * chosen file could not be written.
 */
export async function saveInBrowser(
  deps: BrowserSaveDeps,
  request: BrowserSaveRequest,
): Promise<SaveTextResult> {
  const { suggestedName, parts, filters, askToSave } = request;
  const { picker } = deps;
  const download = () => {
    deps.download(blobOfParts(parts, 'application/octet-stream'), suggestedName);
    return { saved: true };
  };
  if (picker === undefined) return download();
  const options = { suggestedName, types: pickerTypes(filters) };
  const pick = async (): Promise<Picked> => {
    try {
      return await picker(options);
    } catch (error) {
      const name = errorName(error);
      if (name === 'AbortError') return 'cancelled';
      return name === 'SecurityError' || name === 'NotAllowedError' ? 'needs-gesture' : 'failed';
    }
  };
  let picked: Picked = deps.activationActive() ? await pick() : 'needs-gesture';
  if (picked === 'needs-gesture') {
    // The click that started the save has expired: ask for another, or download without one.
    if (askToSave === undefined) return download();
    if (!(await askToSave())) return { saved: false };
    picked = await pick();
  }
  if (picked === 'cancelled') return { saved: false };
  // A dialog that will not open still leaves the person their file, as a download.
  if (picked === 'needs-gesture' || picked === 'failed') return download();
  await writeParts(picked, suggestedName, parts);
  return { saved: true };
}
