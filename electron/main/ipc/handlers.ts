/**
 * Every IPC handler of the contract, bound to the real Electron APIs: the one place the handler
 * files' injected dependencies meet dialog, clipboard, shell and printing.
 * Runs in the Electron main process.
 */
import {
  BrowserWindow,
  clipboard,
  dialog,
  shell,
  type PrintToPDFOptions,
  type WebContents,
} from 'electron';
import type { AppInfo } from '../../../shared/ipc/contract';
import { BackupFolder } from '../backups/backup-folder';
import { nodeBackupFileSystem } from '../backups/backup-files';
import { nodeFileSystem } from '../file-io';
import { createBackupsHandlers } from './backups-handlers';
import { createAppHandlers } from './app-handlers';
import { createClipboardHandlers } from './clipboard-handlers';
import { createFilesHandlers } from './files-handlers';
import { createUpdatesHandlers } from './updates-handlers';
import type { Downloads } from '../transfers/downloads';
import type { Uploads } from '../transfers/uploads';
import type { UpdateService } from '../updates';
import type { IpcHandlers } from './register';

/** What the handlers need from the rest of main. */
export interface ElectronHandlerOptions {
  appInfo(): AppInfo;
  /** The sender's window may close now. */
  confirmFlushed(sender: WebContents): void;
  /** The sender listens for files:open-requested. */
  claimOpenRequests(sender: WebContents): void;
  /** A file was opened or saved through a dialog. */
  fileUsed(filePath: string): void;
  /** The folder backups are written to (userData/backups). */
  backupsDir: string;
  /** The update setting and its checks. */
  updates: UpdateService;
  /** Files the renderer sends in pieces. */
  uploads: Uploads;
  /** Files the renderer reads in pieces. */
  downloads: Downloads;
}

/**
 * How a page becomes a PDF: its own print styles and @page size, with backgrounds, so the partner
 * brief looks as it does on screen.
 */
export const PDF_OPTIONS: PrintToPDFOptions = { printBackground: true, preferCSSPageSize: true };

/** The handlers for every channel, wired to Electron. */
export function createElectronIpcHandlers(
  options: ElectronHandlerOptions,
): IpcHandlers<WebContents> {
  return {
    ...createAppHandlers<WebContents>({
      appInfo: () => options.appInfo(),
      confirmFlushed: (sender) => {
        options.confirmFlushed(sender);
      },
      openExternal: (url) => shell.openExternal(url),
    }),
    ...createFilesHandlers<WebContents>({
      showSaveDialog: (sender, dialogOptions) => {
        const parent = BrowserWindow.fromWebContents(sender);
        return parent
          ? dialog.showSaveDialog(parent, dialogOptions)
          : dialog.showSaveDialog(dialogOptions);
      },
      showOpenDialog: (sender, dialogOptions) => {
        const parent = BrowserWindow.fromWebContents(sender);
        return parent
          ? dialog.showOpenDialog(parent, dialogOptions)
          : dialog.showOpenDialog(dialogOptions);
      },
      printToPdf: (sender) => sender.printToPDF(PDF_OPTIONS),
      claimOpenRequests: (sender) => {
        options.claimOpenRequests(sender);
      },
      fileUsed: (filePath) => {
        options.fileUsed(filePath);
      },
      fs: nodeFileSystem,
      uploads: options.uploads,
      downloads: options.downloads,
    }),
    ...createClipboardHandlers<WebContents>({
      writeText: (text) => clipboard.writeText(text),
    }),
    ...createBackupsHandlers<WebContents>({
      folder: new BackupFolder({ fs: nodeBackupFileSystem, dir: options.backupsDir }),
      uploads: options.uploads,
      downloads: options.downloads,
    }),
    ...createUpdatesHandlers<WebContents>(options.updates),
  };
}
