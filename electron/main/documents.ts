/**
 * Workbook files as the operating system sees them: the recent files list (ours in the File menu,
 * and the system's in the Dock or the taskbar where there is one), and the files the system or
 * Open Recent asks the app to open, which main opens for the renderer to read once it listens.
 * Runs in the Electron main process; Electron's part is passed in, so tests use fakes.
 */
import { MAX_TRANSFER_BYTES } from '../../shared/ipc/contract';
import { OpenRequests, type OpenRequestReceiver } from './open-requests';
import { isWorkbookFilePath, RecentFiles, type RecentFilesStorage } from './recent-files';
import type { Downloads } from './transfers/downloads';

/** What the documents need from Electron and the rest of main. */
export interface DocumentsDeps {
  platform: NodeJS.Platform;
  /** Where files opened for the renderer to read are kept until it has read them. */
  downloads: Downloads;
  recentFilesStorage: RecentFilesStorage;
  /** dialog.showErrorBox: a file nobody in the window asked for could not be opened. */
  showError(title: string, message: string): void;
  /** app.addRecentDocument, where the system keeps such a list. */
  addRecentDocument(filePath: string): void;
  /** app.clearRecentDocuments. */
  clearRecentDocuments(): void;
  /** Brings the window forward, or opens one when there is none. */
  showWindow(): void;
}

/** The documents' state and actions. */
export interface Documents<R extends OpenRequestReceiver> {
  readonly recentFiles: RecentFiles;
  readonly openRequests: OpenRequests<R>;
  /** Notes a file opened or saved, for Open Recent (workbook files only). */
  remember(filePath: string): void;
  /** Opens the files in the window: from the system, a second launch or Open Recent. */
  open(filePaths: readonly string[]): void;
  /** Empties Open Recent and the system's list. */
  clearRecent(): void;
}

// The operating systems that keep a recent documents list apps add to (Dock menu, Jump List).
const SYSTEM_RECENT_DOCUMENTS = new Set<NodeJS.Platform>(['darwin', 'win32']);

/** Creates the recent files list and the open-request queue, wired together. */
export function createDocuments<R extends OpenRequestReceiver>(deps: DocumentsDeps): Documents<R> {
  const systemList = SYSTEM_RECENT_DOCUMENTS.has(deps.platform);
  const recentFiles = new RecentFiles(deps.recentFilesStorage);

  const remember = (filePath: string): void => {
    if (!isWorkbookFilePath(filePath)) return;
    recentFiles.add(filePath);
    if (systemList) deps.addRecentDocument(filePath);
  };

  const openRequests = new OpenRequests<R>({
    open: (filePath, receiver) => deps.downloads.open(receiver.id, filePath, MAX_TRANSFER_BYTES),
    discard: (file) => void deps.downloads.discard(file.token),
    opened: remember,
    failed: (filePath, error) => {
      deps.showError('The file could not be opened', error.message);
      void recentFiles.removeIfMissing(filePath);
    },
  });

  return {
    recentFiles,
    openRequests,
    remember,
    open: (filePaths) => {
      if (filePaths.length === 0) return;
      openRequests.request(filePaths);
      deps.showWindow();
    },
    clearRecent: () => {
      recentFiles.clear();
      if (systemList) deps.clearRecentDocuments();
    },
  };
}
