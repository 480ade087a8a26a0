import { allowedExternalUrl } from '../../../shared/ipc/external-url';
import { copyTextInBrowser } from './browser-clipboard';
import { saveInBrowser, type ShowSaveFilePicker } from './browser-save';
import { createOpfsBackups } from './opfs-backups';
import { HostError, type FileFilter, type Host } from './host';

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
    });
    input.addEventListener('cancel', () => {
      resolve(null);
    });
    input.click();
  });
}

function download(blob: Blob, suggestedName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// The File System Access API's save dialog, where the browser has it (Chromium).
function savePicker(): ShowSaveFilePicker | undefined {
  const picker = (window as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

function acceptOf(filters: readonly FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

/**
 * The Host of the web build: the system's save dialog where the browser has one for pages
 * (browser-save.ts) and downloads elsewhere, a file picker, the browser's clipboard and print.
 */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    getAppInfo: () =>
      Promise.resolve({
        name: 'Partner Workbook',
        version: import.meta.env.VITE_APP_VERSION,
        platform: 'web',
        userDataPath: "This browser's profile (IndexedDB for this site)",
      }),
    openExternal: (url) => {
      const allowed = allowedExternalUrl(url);
      if (!allowed)
        return Promise.reject(new HostError('not-allowed', 'Only web links can be opened.'));
      window.open(allowed, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    saveText: ({ suggestedName, content }) => {
      download(new Blob([content], { type: 'text/plain;charset=utf-8' }), suggestedName);
      return Promise.resolve({ saved: true });
    },
    openText: async ({ filters }) => {
      const file = await pickFile(acceptOf(filters));
      return file ? { name: file.name, content: await file.text() } : null;
    },
    saveBytes: (request) =>
      saveInBrowser(
        {
          picker: savePicker(),
          // A browser without the activation API is taken at its word when the dialog opens.
          activationActive: () =>
            (navigator.userActivation as UserActivation | undefined)?.isActive ?? true,
          download,
        },
        request,
      ),
    openFile: async ({ filters }) => {
      const file = await pickFile(acceptOf(filters));
      return file ? { name: file.name, data: file } : null;
    },
    // A web page is never asked to open files by the operating system.
    onFileOpenRequested: () => () => undefined,
    printToPdf: () => {
      window.print();
      return Promise.resolve({ saved: false });
    },
    copyText: copyTextInBrowser,
    print: () => {
      window.print();
      return Promise.resolve();
    },
    onMenuCommand: () => () => undefined,
    backups: createOpfsBackups(),
    onBeforeClose: (flush, pending = () => false) => {
      // A tab cannot wait for async work when hidden; starting the flush is the best it can do.
      const onHide = () => void flush();
      window.addEventListener('pagehide', onHide);
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') void flush();
      };
      document.addEventListener('visibilitychange', onVisibility);
      // Closing or reloading while a write is pending: the browser asks whether to leave.
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (!pending()) return;
        event.preventDefault();
        void flush();
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('beforeunload', onBeforeUnload);
      };
    },
  };
}
