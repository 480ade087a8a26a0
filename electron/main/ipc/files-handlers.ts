/**
 * Handlers for the files: channels: save text where the user chooses, or a file of any size sent
 * in pieces (transfers/uploads.ts); open a file the user chooses as text, or to read in pieces
 * (transfers/downloads.ts); print the page to a PDF the user saves; and hand the renderer the
 * files the operating system asked to open. The renderer never names a path; the dialog does.
 * Runs in the Electron main process; dialogs, printing and the file system are passed in, so tests
 * use fakes.
 */
import path from 'node:path';
import {
  MAX_IPC_FILE_CHARS,
  MAX_TRANSFER_BYTES,
  type FileFilter,
} from '../../../shared/ipc/contract';
import {
  describeFileError,
  randomSuffix,
  readFileWithin,
  temporaryPathFor,
  writeFileAtomically,
  type HostFileSystem,
} from '../file-io';
import type { Downloads } from '../transfers/downloads';
import type { Uploads } from '../transfers/uploads';
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
  /** The files the renderer is sending in pieces. */
  uploads: Uploads;
  /** The files the renderer is reading in pieces. */
  downloads: Downloads;
  /** Unique part of temporary file names; random by default. */
  uniqueSuffix?: () => string;
}

type FilesChannels =
  | 'files:save-text'
  | 'files:open-text'
  | 'files:begin-save'
  | 'files:append-upload'
  | 'files:commit-save'
  | 'files:abort-upload'
  | 'files:open-file'
  | 'files:read-chunk'
  | 'files:close-download'
  | 'files:print-to-pdf'
  | 'files:claim-open-requests';

/** The filter of the PDF save dialog. */
export const PDF_FILTERS: DialogFileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];

function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

/** The handlers for the files: channels; S is the sender, whose id owns its transfers. */
export function createFilesHandlers<S extends { readonly id: number }>(
  deps: FilesHandlerDeps<S>,
): Pick<IpcHandlers<S>, FilesChannels> {
  const { uploads, downloads } = deps;
  const uniqueSuffix = deps.uniqueSuffix ?? randomSuffix;
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
    const written = await writeFileAtomically(deps.fs, target, content, uniqueSuffix);
    if (!written.ok) return written;
    fileUsed(target);
    return ok({ saved: true, path: target });
  };

  /** Asks which file to open; undefined when the person cancels. */
  const chooseSource = async (sender: S, filters: DialogFileFilter[]) => {
    const answer = await deps.showOpenDialog(sender, { filters, properties: ['openFile'] });
    const chosen = answer.filePaths[0];
    return answer.canceled ? undefined : chosen;
  };

  return {
    'files:save-text': ({ content, ...request }, sender) => save(sender, request, content),

    'files:begin-save': async ({ size, ...request }, sender) => {
      const target = await chooseTarget(sender, request.suggestedName, request.filters);
      if (target === undefined) return ok(null);
      return uploads.begin(sender.id, {
        purpose: { kind: 'save', target },
        label: path.basename(target),
        temporary: temporaryPathFor(target, uniqueSuffix()),
        size,
      });
    },

    'files:append-upload': ({ token, bytes }, sender) => uploads.append(sender.id, token, bytes),

    'files:commit-save': async ({ token }, sender) => {
      const finished = await uploads.finish(sender.id, token, 'save');
      if (!finished.ok) return finished;
      const { temporary, purpose } = finished.value;
      try {
        await deps.fs.rename(temporary, purpose.target);
      } catch (error) {
        await deps.fs.remove(temporary).catch(() => undefined);
        const name = path.basename(purpose.target);
        return fail('io-error', `${name} could not be saved because ${describeFileError(error)}.`);
      }
      fileUsed(purpose.target);
      return ok({ saved: true, path: purpose.target });
    },

    'files:abort-upload': ({ token }, sender) => uploads.abort(sender.id, token),

    'files:open-text': async ({ filters }, sender) => {
      const chosen = await chooseSource(sender, filters);
      if (chosen === undefined) return ok(null);
      const read = await readFileWithin(deps.fs, chosen, MAX_IPC_FILE_CHARS);
      if (!read.ok) return read;
      const file = read.value;
      let content: string;
      try {
        // fatal: a file in another encoding is refused rather than silently garbled;
        // a UTF-8 byte-order mark is dropped.
        content = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        return fail('io-error', `${file.name} is not UTF-8 text. Save it as UTF-8 and try again.`);
      }
      fileUsed(chosen);
      return ok({ name: file.name, content });
    },

    'files:open-file': async ({ filters }, sender) => {
      const chosen = await chooseSource(sender, filters);
      if (chosen === undefined) return ok(null);
      const opened = await downloads.open(sender.id, chosen, MAX_TRANSFER_BYTES);
      if (opened.ok) fileUsed(chosen);
      return opened;
    },

    'files:read-chunk': ({ token, offset }, sender) => downloads.read(sender.id, token, offset),

    'files:close-download': async ({ token }, sender) => {
      await downloads.close(sender.id, token);
      return ok(null);
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
      const written = await writeFileAtomically(deps.fs, target, pdf, uniqueSuffix);
      return written.ok ? ok({ saved: true, path: target }) : written;
    },

    'files:claim-open-requests': (_arg, sender) => {
      deps.claimOpenRequests(sender);
      return ok(null);
    },
  };
}
