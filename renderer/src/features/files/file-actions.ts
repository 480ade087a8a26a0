import { PARTNERBOOK_EXTENSION } from '../../../../shared/files/partnerbook/format';
import type { PartnerbookProblem } from '../../../../shared/files/partnerbook/problems';
import type { PartnerbookProgress } from '../../../../shared/files/partnerbook/snapshot';
import { releaseSource } from '../../host/file-source';
import type { Host, HostFile } from '../../host/host';
import type { SheetFormat } from '../../workers/export-messages';
import { ensureRoomFor, ROOM_FACTOR } from '../storage/storage-room';
import { exportSheets } from './export-client';
import { exportPartnerbookFile, openPartnerbook } from './partnerbook-client';
import type { TaskProgress, TaskPrompt } from './use-file-task';

/** What the file actions need from the app. */
export interface FileActionDeps {
  host: Host;
  dbName: string;
  workbookName: string;
  switchTo: (dbName: string) => Promise<void>;
}

/** The file filter of workbook files in open and save dialogs. */
export const PARTNERBOOK_FILTER = {
  name: 'Partner Workbook file',
  extensions: [PARTNERBOOK_EXTENSION],
};

const PHASES: Record<PartnerbookProgress['phase'], string> = {
  reading: 'Reading the workbook',
  encoding: 'Writing the file',
  parsing: 'Reading the file',
  checking: 'Checking every record',
  writing: 'Writing the new workbook',
  opening: 'Reading the file into the new workbook, MiB',
};

/** Reports a workbook file job's progress as the progress dialog shows it. */
export const toTask =
  (progress: TaskProgress) =>
  ({ phase, done, total }: PartnerbookProgress) =>
    progress(PHASES[phase], done, total);

// A name every file system accepts, from the workbook's name.
const fileBase = (name: string) => name.replace(/[/\\:*?"<>|]+/g, ' ').trim() || 'Workbook';

// Asks, when the host needs a fresh click to show its save dialog, for one on the finished task.
const askToSave = (prompt: TaskPrompt | undefined, suggestedName: string) =>
  prompt && (() => prompt(`“${suggestedName}” is ready to save.`, 'Save…'));

/** Saves the workbook as a `.partnerbook` file; resolves to what the user is told. */
export async function saveWorkbookFile(
  deps: FileActionDeps,
  signal: AbortSignal,
  progress: TaskProgress,
  prompt?: TaskPrompt,
): Promise<string> {
  const { chunks } = await exportPartnerbookFile(deps.dbName, toTask(progress), { signal });
  const suggestedName = `${fileBase(deps.workbookName)}.${PARTNERBOOK_EXTENSION}`;
  // The worker's chunks as they are: never joined, nor decoded to text on this thread.
  const saved = await deps.host.saveBytes({
    suggestedName,
    parts: chunks,
    filters: [PARTNERBOOK_FILTER],
    askToSave: askToSave(prompt, suggestedName),
  });
  return saved.saved
    ? `Saved the workbook as “${suggestedName}”.`
    : 'The workbook file was not saved.';
}

const SHEET_FILES: Record<
  SheetFormat,
  { suffix: string; filter: { name: string; extensions: string[] } }
> = {
  xlsx: { suffix: '.xlsx', filter: { name: 'Excel workbook', extensions: ['xlsx'] } },
  'csv-zip': { suffix: ' (CSV).zip', filter: { name: 'Zip of CSV files', extensions: ['zip'] } },
};

/** Exports every table as an Excel workbook or a zip of CSV files. */
export async function saveSpreadsheets(
  deps: FileActionDeps,
  format: SheetFormat,
  bom: boolean,
  signal: AbortSignal,
  progress: TaskProgress,
  prompt?: TaskPrompt,
): Promise<string> {
  const bytes = await exportSheets(deps.dbName, format, {
    bom,
    signal,
    onProgress: ({ phase, done, total }) =>
      progress(phase === 'reading' ? 'Reading the workbook' : 'Writing the file', done, total),
  });
  const { suffix, filter } = SHEET_FILES[format];
  const suggestedName = `${fileBase(deps.workbookName)}${suffix}`;
  const saved = await deps.host.saveBytes({
    suggestedName,
    parts: [bytes],
    filters: [filter],
    askToSave: askToSave(prompt, suggestedName),
  });
  return saved.saved ? `Exported “${suggestedName}”.` : 'The export was not saved.';
}

/** The outcome of opening a workbook file. */
export type OpenOutcome =
  | { kind: 'opened'; message: string }
  | { kind: 'refused'; fileName: string; problems: PartnerbookProblem[] }
  | { kind: 'none' };

/** Opens a `.partnerbook` file as a new local workbook and switches to it. */
export async function openWorkbookFile(
  deps: FileActionDeps,
  file: HostFile,
  signal: AbortSignal,
  progress: TaskProgress,
): Promise<OpenOutcome> {
  try {
    await ensureRoomFor(file.data.size * ROOM_FACTOR, `Opening “${file.name}”`);
  } catch (error) {
    // Not opened: a streamed file is let go (openPartnerbook releases it otherwise).
    releaseSource(file.data);
    throw error;
  }
  const result = await openPartnerbook(file.data, file.name, toTask(progress), { signal });
  if (!result.ok) return { kind: 'refused', fileName: file.name, problems: result.problems };
  await deps.switchTo(result.dbName);
  return { kind: 'opened', message: `Opened “${file.name}” as the workbook “${result.name}”.` };
}
