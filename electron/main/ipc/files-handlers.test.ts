import { describe, expect, it, vi } from 'vitest';
import {
  MAX_IPC_FILE_BYTES,
  MAX_IPC_FILE_CHARS,
  type IpcResult,
} from '../../../shared/ipc/contract';
import { fsError, MemoryFileSystem } from '../file-system-test-kit';
import {
  createFilesHandlers,
  PDF_FILTERS,
  type DialogFileFilter,
  type FilesHandlerDeps,
  type OpenDialogAnswer,
  type SaveDialogAnswer,
} from './files-handlers';

interface FakeSender {
  id: number;
}

type Deps = FilesHandlerDeps<FakeSender>;

const csv: DialogFileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];
const sender: FakeSender = { id: 1 };

const pdf = new TextEncoder().encode('%PDF-1.7\n…');

function setup(save: SaveDialogAnswer, open: OpenDialogAnswer = { canceled: true, filePaths: [] }) {
  const fs = new MemoryFileSystem();
  const showSaveDialog = vi.fn<Deps['showSaveDialog']>(() => Promise.resolve(save));
  const showOpenDialog = vi.fn<Deps['showOpenDialog']>(() => Promise.resolve(open));
  const printToPdf = vi.fn<Deps['printToPdf']>(() => Promise.resolve(pdf));
  const claimOpenRequests = vi.fn<Deps['claimOpenRequests']>();
  const fileUsed = vi.fn<(filePath: string) => void>();
  const handlers = createFilesHandlers<FakeSender>({
    showSaveDialog,
    showOpenDialog,
    printToPdf,
    claimOpenRequests,
    fileUsed,
    fs,
    uniqueSuffix: () => 'abc123',
  });
  return {
    fs,
    handlers,
    showSaveDialog,
    showOpenDialog,
    printToPdf,
    claimOpenRequests,
    fileUsed,
  };
}

function errorOf(result: IpcResult<unknown>) {
  if (result.ok) throw new Error('expected a failed result');
  return result.error;
}

describe('files:save-text', () => {
  const request = { suggestedName: 'partners.csv', content: 'name\nAcme\n', filters: csv };

  it('does nothing when the dialog is cancelled', async () => {
    const { fs, handlers, showSaveDialog } = setup({ canceled: true, filePath: '' });
    expect(await handlers['files:save-text'](request, sender)).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(showSaveDialog).toHaveBeenCalledWith(sender, {
      defaultPath: 'partners.csv',
      filters: csv,
    });
    expect(fs.log).toEqual([]);
  });

  it('writes a temporary file beside the target, then renames it over', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: '/home/ana/partners.csv' });
    fs.files.set('/home/ana/partners.csv', new TextEncoder().encode('old'));
    expect(await handlers['files:save-text'](request, sender)).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ana/partners.csv' },
    });
    expect(fs.log).toEqual([
      'write /home/ana/.partners.csv.abc123.tmp',
      'rename /home/ana/.partners.csv.abc123.tmp -> /home/ana/partners.csv',
    ]);
    expect(fs.text('/home/ana/partners.csv')).toBe('name\nAcme\n');
    expect([...fs.files.keys()]).toEqual(['/home/ana/partners.csv']);
  });

  it('removes the partial file and explains a full disk', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: '/home/ana/partners.csv' });
    fs.failWrite = 'ENOSPC';
    expect(errorOf(await handlers['files:save-text'](request, sender))).toEqual({
      code: 'io-error',
      message: 'partners.csv could not be saved because the disk is full.',
    });
    expect(fs.files.size).toBe(0);
  });

  it('keeps the old file when the rename fails', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: 'C:/Users/ana/partners.csv' });
    fs.files.set('C:/Users/ana/partners.csv', new TextEncoder().encode('old'));
    fs.failRename = 'EBUSY';
    expect(errorOf(await handlers['files:save-text'](request, sender))).toEqual({
      code: 'io-error',
      message: 'partners.csv could not be saved because the file is open in another program.',
    });
    expect(fs.text('C:/Users/ana/partners.csv')).toBe('old');
    expect(fs.files.size).toBe(1);
  });

  it('does not delete a file that already had the temporary name', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: '/tmp/p.csv' });
    fs.files.set('/tmp/.p.csv.abc123.tmp', new TextEncoder().encode('someone else'));
    expect(errorOf(await handlers['files:save-text'](request, sender)).code).toBe('io-error');
    expect(fs.text('/tmp/.p.csv.abc123.tmp')).toBe('someone else');
  });
});

describe('files:open-text', () => {
  it('returns null when the dialog is cancelled', async () => {
    const { handlers, showOpenDialog } = setup({ canceled: true });
    expect(await handlers['files:open-text']({ filters: csv }, sender)).toEqual({
      ok: true,
      value: null,
    });
    expect(showOpenDialog).toHaveBeenCalledWith(sender, { filters: csv, properties: ['openFile'] });
  });

  it('reads the chosen file as UTF-8 and drops a byte-order mark', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/ä.csv'] },
    );
    fs.files.set(
      '/d/ä.csv',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zoë')]),
    );
    expect(await handlers['files:open-text']({ filters: csv }, sender)).toEqual({
      ok: true,
      value: { name: 'ä.csv', content: 'Zoë' },
    });
  });

  it('refuses a file over the limit without reading it', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/big.csv'] },
    );
    fs.files.set('/d/big.csv', new Uint8Array(1));
    fs.reportedSize = MAX_IPC_FILE_CHARS + 1;
    expect(errorOf(await handlers['files:open-text']({ filters: csv }, sender))).toEqual({
      code: 'too-large',
      message: 'big.csv is 64.0 MB; Partner Workbook opens files of up to 64.0 MB.',
    });
    expect(fs.log).toEqual([]);
  });

  it('opens a file of exactly the limit', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/edge.csv'] },
    );
    fs.files.set('/d/edge.csv', new Uint8Array(1));
    fs.reportedSize = MAX_IPC_FILE_CHARS;
    expect((await handlers['files:open-text']({ filters: csv }, sender)).ok).toBe(true);
  });

  it('refuses a file that grew past the limit after it was measured', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/log.csv'] },
    );
    fs.files.set('/d/log.csv', new Uint8Array(MAX_IPC_FILE_CHARS + 1));
    fs.reportedSize = 10;
    expect(errorOf(await handlers['files:open-text']({ filters: csv }, sender)).code).toBe(
      'too-large',
    );
  });

  it('refuses text that is not UTF-8', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/l1.csv'] },
    );
    fs.files.set('/d/l1.csv', new Uint8Array([0x5a, 0x6f, 0xeb]));
    expect(errorOf(await handlers['files:open-text']({ filters: csv }, sender))).toEqual({
      code: 'io-error',
      message: 'l1.csv is not UTF-8 text. Save it as UTF-8 and try again.',
    });
  });

  it('explains a folder or a vanished file', async () => {
    const folder = setup({ canceled: true }, { canceled: false, filePaths: ['/d/folder'] });
    folder.fs.directories.add('/d/folder');
    expect(errorOf(await folder.handlers['files:open-text']({ filters: [] }, sender))).toEqual({
      code: 'io-error',
      message: 'folder is not a file.',
    });
    const gone = setup({ canceled: true }, { canceled: false, filePaths: ['/d/gone.csv'] });
    expect(errorOf(await gone.handlers['files:open-text']({ filters: [] }, sender))).toEqual({
      code: 'io-error',
      message: 'gone.csv could not be opened because the folder or file no longer exists.',
    });
  });
});

/** A small array that reports the given length, to test limits without allocating them. */
function bytesClaiming(byteLength: number): Uint8Array<ArrayBuffer> {
  return Object.defineProperty(new Uint8Array(1), 'byteLength', { value: byteLength });
}

const workbookFilter: DialogFileFilter[] = [
  { name: 'Partner Workbook file', extensions: ['partnerbook'] },
];

describe('files:save-bytes', () => {
  const bytes = new Uint8Array([0x7b, 0x7d, 0x0a, 0x00, 0xff]);
  const request = { suggestedName: 'EMEA.partnerbook', bytes, filters: workbookFilter };

  it('writes the bytes as they are, through a temporary file, and notes the file', async () => {
    const { fs, handlers, showSaveDialog, fileUsed } = setup({
      canceled: false,
      filePath: '/home/ana/EMEA.partnerbook',
    });
    expect(await handlers['files:save-bytes'](request, sender)).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ana/EMEA.partnerbook' },
    });
    expect(showSaveDialog).toHaveBeenCalledWith(sender, {
      defaultPath: 'EMEA.partnerbook',
      filters: workbookFilter,
    });
    expect(fs.files.get('/home/ana/EMEA.partnerbook')).toEqual(bytes);
    expect(fs.log).toEqual([
      'write /home/ana/.EMEA.partnerbook.abc123.tmp',
      'rename /home/ana/.EMEA.partnerbook.abc123.tmp -> /home/ana/EMEA.partnerbook',
    ]);
    expect(fileUsed).toHaveBeenCalledExactlyOnceWith('/home/ana/EMEA.partnerbook');
  });

  it('writes nothing and notes nothing when the dialog is cancelled', async () => {
    const { fs, handlers, fileUsed } = setup({ canceled: true });
    expect(await handlers['files:save-bytes'](request, sender)).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(fs.log).toEqual([]);
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('explains an I/O error, removes the partial file and notes nothing', async () => {
    const { fs, handlers, fileUsed } = setup({
      canceled: false,
      filePath: '/mnt/usb/E.partnerbook',
    });
    fs.failWrite = 'EROFS';
    expect(errorOf(await handlers['files:save-bytes'](request, sender))).toEqual({
      code: 'io-error',
      message: 'E.partnerbook could not be saved because the disk is read-only.',
    });
    expect(fs.files.size).toBe(0);
    expect(fileUsed).not.toHaveBeenCalled();
  });
});

describe('files:open-file', () => {
  it('returns null when the dialog is cancelled', async () => {
    const { handlers, showOpenDialog, fileUsed } = setup({ canceled: true });
    expect(await handlers['files:open-file']({ filters: workbookFilter }, sender)).toEqual({
      ok: true,
      value: null,
    });
    expect(showOpenDialog).toHaveBeenCalledWith(sender, {
      filters: workbookFilter,
      properties: ['openFile'],
    });
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('returns the name without its folder and the bytes unchanged, and notes the file', async () => {
    const { fs, handlers, fileUsed } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/home/ana/Shared/Zoë.partnerbook'] },
    );
    // Not UTF-8 on purpose: open-file hands bytes over without decoding them.
    const content = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xe9, 0x7d]);
    fs.files.set('/home/ana/Shared/Zoë.partnerbook', content);
    expect(await handlers['files:open-file']({ filters: workbookFilter }, sender)).toEqual({
      ok: true,
      value: { name: 'Zoë.partnerbook', bytes: content },
    });
    expect(fileUsed).toHaveBeenCalledExactlyOnceWith('/home/ana/Shared/Zoë.partnerbook');
  });

  it('refuses a file over the byte limit without reading it', async () => {
    const { fs, handlers, fileUsed } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/huge.partnerbook'] },
    );
    fs.files.set('/d/huge.partnerbook', new Uint8Array(1));
    fs.reportedSize = MAX_IPC_FILE_BYTES + 1;
    expect(errorOf(await handlers['files:open-file']({ filters: [] }, sender))).toEqual({
      code: 'too-large',
      message: 'huge.partnerbook is 500.0 MB; Partner Workbook opens files of up to 500.0 MB.',
    });
    expect(fs.log).toEqual([]);
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('opens a file of exactly the limit, and refuses one that grew past it after measuring', async () => {
    const edge = setup({ canceled: true }, { canceled: false, filePaths: ['/d/edge.partnerbook'] });
    edge.fs.files.set('/d/edge.partnerbook', new Uint8Array(1));
    edge.fs.reportedSize = MAX_IPC_FILE_BYTES;
    expect((await edge.handlers['files:open-file']({ filters: [] }, sender)).ok).toBe(true);

    const grew = setup({ canceled: true }, { canceled: false, filePaths: ['/d/grew.partnerbook'] });
    grew.fs.files.set('/d/grew.partnerbook', bytesClaiming(MAX_IPC_FILE_BYTES + 1));
    grew.fs.reportedSize = 10;
    expect(errorOf(await grew.handlers['files:open-file']({ filters: [] }, sender)).code).toBe(
      'too-large',
    );
  });

  it('explains an unreadable file', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/locked.partnerbook'] },
    );
    fs.files.set('/d/locked.partnerbook', new Uint8Array(1));
    fs.readFile = () => Promise.reject(fsError('EACCES'));
    expect(errorOf(await handlers['files:open-file']({ filters: [] }, sender))).toEqual({
      code: 'io-error',
      message:
        'locked.partnerbook could not be opened because you do not have permission, or the file is open in another program.',
    });
  });
});

describe('files:print-to-pdf', () => {
  it('asks where first, then prints the sender and writes the PDF there', async () => {
    const { fs, handlers, showSaveDialog, printToPdf, fileUsed } = setup({
      canceled: false,
      filePath: '/home/ana/Acme brief.pdf',
    });
    expect(await handlers['files:print-to-pdf']({ suggestedName: 'Acme brief' }, sender)).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ana/Acme brief.pdf' },
    });
    expect(showSaveDialog).toHaveBeenCalledWith(sender, {
      defaultPath: 'Acme brief.pdf',
      filters: PDF_FILTERS,
    });
    expect(printToPdf).toHaveBeenCalledExactlyOnceWith(sender);
    expect(showSaveDialog.mock.invocationCallOrder[0]).toBeLessThan(
      printToPdf.mock.invocationCallOrder[0] ?? 0,
    );
    expect(fs.files.get('/home/ana/Acme brief.pdf')).toEqual(pdf);
    // A PDF is no workbook to reopen.
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('keeps a suggested name that already ends in .pdf', async () => {
    const { handlers, showSaveDialog } = setup({ canceled: true });
    await handlers['files:print-to-pdf']({ suggestedName: 'Acme.PDF' }, sender);
    expect(showSaveDialog).toHaveBeenCalledWith(sender, {
      defaultPath: 'Acme.PDF',
      filters: PDF_FILTERS,
    });
  });

  it('prints nothing when the dialog is cancelled', async () => {
    const { fs, handlers, printToPdf } = setup({ canceled: true, filePath: '' });
    expect(await handlers['files:print-to-pdf']({ suggestedName: 'Acme' }, sender)).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(printToPdf).not.toHaveBeenCalled();
    expect(fs.log).toEqual([]);
  });

  it('explains a page that could not be printed, writing nothing', async () => {
    const { fs, handlers, printToPdf } = setup({ canceled: false, filePath: '/d/Acme.pdf' });
    printToPdf.mockRejectedValueOnce(new Error('Failed to generate PDF'));
    expect(
      errorOf(await handlers['files:print-to-pdf']({ suggestedName: 'Acme' }, sender)),
    ).toEqual({
      code: 'io-error',
      message: 'Acme.pdf could not be made because the page could not be printed.',
    });
    expect(fs.log).toEqual([]);
  });

  it('explains a PDF that could not be written', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: '/d/Acme.pdf' });
    fs.failWrite = 'ENOSPC';
    expect(
      errorOf(await handlers['files:print-to-pdf']({ suggestedName: 'Acme' }, sender)),
    ).toEqual({
      code: 'io-error',
      message: 'Acme.pdf could not be saved because the disk is full.',
    });
  });
});

describe('files:claim-open-requests', () => {
  it('tells main that the sender listens for opened files', async () => {
    const { handlers, claimOpenRequests } = setup({ canceled: true });
    expect(await handlers['files:claim-open-requests']({}, sender)).toEqual({
      ok: true,
      value: null,
    });
    expect(claimOpenRequests).toHaveBeenCalledExactlyOnceWith(sender);
  });
});

describe('the text channels and the recent files', () => {
  it('note a text file saved or opened, and not one refused as text', async () => {
    const saved = setup({ canceled: false, filePath: '/d/a.partnerbook' });
    await saved.handlers['files:save-text'](
      { suggestedName: 'a.partnerbook', content: '{}', filters: [] },
      sender,
    );
    expect(saved.fileUsed).toHaveBeenCalledExactlyOnceWith('/d/a.partnerbook');

    const opened = setup({ canceled: true }, { canceled: false, filePaths: ['/d/l1.csv'] });
    opened.fs.files.set('/d/l1.csv', new Uint8Array([0x5a, 0x6f, 0xeb]));
    await opened.handlers['files:open-text']({ filters: csv }, sender);
    expect(opened.fileUsed).not.toHaveBeenCalled();

    const text = setup({ canceled: true }, { canceled: false, filePaths: ['/d/ok.csv'] });
    text.fs.files.set('/d/ok.csv', new TextEncoder().encode('name\n'));
    await text.handlers['files:open-text']({ filters: csv }, sender);
    expect(text.fileUsed).toHaveBeenCalledExactlyOnceWith('/d/ok.csv');
  });
});
