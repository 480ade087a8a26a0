/**
 * Handlers for the files: channels: save text or bytes where the user chooses, open a file the
 * user chooses as text or bytes, print the page to a PDF the user saves, and hand the renderer the
 * files the operating system asked to open. The renderer never names a path; the dialog does.
 * Runs in the Electron main process; dialogs, printing and the file system are passed in, so tests
 * use fakes.
 */
import path from 'node:path';
import {
  MAX_IPC_FILE_BYTES,
  MAX_IPC_FILE_CHARS,
  type FileFilter,
} from '../../../shared/ipc/contract';
import { readFileWithin, writeFileAtomically, type HostFileSystem } from '../file-io';
import { fail, ok, type IpcHandlers } from './register';

/** A file-type filter as the dialogs take it. */
export type DialogFileFilter = FileFilter;

/** What a save dialog answers (Electron's SaveDialogReturnValue). */
export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

/** What an open dialog answers (Electron's OpenDialogReturnValue). */
export interface OpenDialogAnswer {
  canceled: boolean;
  filePaths: string[];
}

/** What the file handlers need; S is the sender, so dialogs can be modal to its window. */
export interface FilesHandlerDeps<S> {
  showSaveDialog(
    sender: S,
    options: { defaultPath: string; filters: DialogFileFilter[] },
  ): Promise<SaveDialogAnswer>;
  showOpenDialog(
    sender: S,
    options: { filters: DialogFileFilter[]; properties: ['openFile'] },
  ): Promise<OpenDialogAnswer>;
  /** The sender's page as a PDF (webContents.printToPDF). */
  printToPdf(sender: S): Promise<Uint8Array>;
  /** The sender now listens for files:open-requested; send it what has been waiting. */
  claimOpenRequests(sender: S): void;
  /** Told of every file opened or saved through a dialog, for the recent files list. */
  fileUsed?(filePath: string): void;
  fs: HostFileSystem;
  /** Unique part of temporary file names; random by default. */
  uniqueSuffix?: () => string;
}

type FilesChannels =
  | 'files:save-text'
  | 'files:open-text'
  | 'files:save-bytes'
  | 'files:open-file'
  | 'files:print-to-pdf'
  | 'files:claim-open-requests';

/** The filter of the PDF save dialog. */
export const PDF_FILTERS: DialogFileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];

function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

/** The handlers for the files: channels. */
export function createFilesHandlers<S>(
  deps: FilesHandlerDeps<S>,
): Pick<IpcHandlers<S>, FilesChannels> {
  const fileUsed = (filePath: string) => {
    deps.fileUsed?.(filePath);
  };

  /** Asks where to save; undefined when the person cancels. */
  const chooseTarget = async (sender: S, defaultPath: string, filters: DialogFileFilter[]) => {
    const answer = await deps.showSaveDialog(sender, { defaultPath, filters });
    if (answer.canceled || answer.filePath === undefined || answer.filePath === '') {
      return undefined;
    }
    return answer.filePath;
  };

  const save = async (
    sender: S,
    request: { suggestedName: string; filters: DialogFileFilter[] },
    content: string | Uint8Array,
  ) => {
    const target = await chooseTarget(sender, request.suggestedName, request.filters);
    if (target === undefined) return ok({ saved: false });
    const written = await writeFileAtomically(deps.fs, target, content, deps.uniqueSuffix);
    if (!written.ok) return written;
    fileUsed(target);
    return ok({ saved: true, path: target });
  };

  /** Asks which file to open and reads it; null when the person cancels. */
  const open = async (sender: S, filters: DialogFileFilter[], maxBytes: number) => {
    const answer = await deps.showOpenDialog(sender, { filters, properties: ['openFile'] });
    const chosen = answer.filePaths[0];
    if (answer.canceled || chosen === undefined) return ok(null);
    const read = await readFileWithin(deps.fs, chosen, maxBytes);
    return read.ok ? ok({ filePath: chosen, file: read.value }) : read;
  };

  return {
    'files:save-text': ({ content, ...request }, sender) => save(sender, request, content),

    'files:save-bytes': ({ bytes, ...request }, sender) => save(sender, request, bytes),

    'files:open-text': async ({ filters }, sender) => {
      const read = await open(sender, filters, MAX_IPC_FILE_CHARS);
      if (!read.ok || read.value === null) return read;
      const { filePath, file } = read.value;
      let content: string;
      try {
        // fatal: a file in another encoding is refused rather than silently garbled;
        // a UTF-8 byte-order mark is dropped.
        content = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        return fail('io-error', `${file.name} is not UTF-8 text. Save it as UTF-8 and try again.`);
      }
      fileUsed(filePath);
      return ok({ name: file.name, content });
    },

    'files:open-file': async ({ filters }, sender) => {
      const read = await open(sender, filters, MAX_IPC_FILE_BYTES);
      if (!read.ok || read.value === null) return read;
      fileUsed(read.value.filePath);
      return ok(read.value.file);
    },

    'files:print-to-pdf': async ({ suggestedName }, sender) => {
      const target = await chooseTarget(sender, withPdfExtension(suggestedName), PDF_FILTERS);
      if (target === undefined) return ok({ saved: false });
      let pdf: Uint8Array;
      try {
        pdf = await deps.printToPdf(sender);
      } catch {
        return fail(
          'io-error',
          `${path.basename(target)} could not be made because the page could not be printed.`,
        );
      }
      const written = await writeFileAtomically(deps.fs, target, pdf, deps.uniqueSuffix);
      return written.ok ? ok({ saved: true, path: target }) : written;
    },

    'files:claim-open-requests': (_arg, sender) => {
      deps.claimOpenRequests(sender);
      return ok(null);
    },
  };
}
