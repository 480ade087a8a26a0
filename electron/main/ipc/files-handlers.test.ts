import { describe, expect, it, vi } from 'vitest';
import { MAX_IPC_FILE_CHARS, MAX_TRANSFER_BYTES } from '../../../shared/ipc/contract';
import { fsError, MemoryFileSystem } from '../file-system-test-kit';
import { Downloads } from '../transfers/downloads';
import { Uploads } from '../transfers/uploads';
import {
  createFilesHandlers,
  PDF_FILTERS,
  type DialogFileFilter,
  type FilesHandlerDeps,
  type OpenDialogAnswer,
  type SaveDialogAnswer,
} from './files-handlers';
import { errorOf, valueOf } from './ipc-result-test-kit';

interface FakeSender {
  id: number;
}

type Deps = FilesHandlerDeps<FakeSender>;

const csv: DialogFileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];
const sender: FakeSender = { id: 1 };
const otherWindow: FakeSender = { id: 2 };

const pdf = new TextEncoder().encode('%PDF-1.7\n…');

function setup(save: SaveDialogAnswer, open: OpenDialogAnswer = { canceled: true, filePaths: [] }) {
  const fs = new MemoryFileSystem();
  const showSaveDialog = vi.fn<Deps['showSaveDialog']>(() => Promise.resolve(save));
  const showOpenDialog = vi.fn<Deps['showOpenDialog']>(() => Promise.resolve(open));
  const printToPdf = vi.fn<Deps['printToPdf']>(() => Promise.resolve(pdf));
  const claimOpenRequests = vi.fn<Deps['claimOpenRequests']>();
  const fileUsed = vi.fn<(filePath: string) => void>();
  let tokens = 0;
  const newToken = () => `token-${String(++tokens)}`;
  const uploads = new Uploads({ fs, newToken });
  const downloads = new Downloads({ fs, newToken, pieceBytes: 4 });
  const handlers = createFilesHandlers<FakeSender>({
    showSaveDialog,
    showOpenDialog,
    printToPdf,
    claimOpenRequests,
    fileUsed,
    fs,
    uploads,
    downloads,
    uniqueSuffix: () => 'abc123',
  });
  return {
    fs,
    handlers,
    uploads,
    downloads,
    showSaveDialog,
    showOpenDialog,
    printToPdf,
    claimOpenRequests,
    fileUsed,
  };
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

const workbookFilter: DialogFileFilter[] = [
  { name: 'Partner Workbook file', extensions: ['partnerbook'] },
];

describe('files:begin-save, files:append-upload, files:commit-save, files:abort-upload', () => {
  const target = '/home/ana/EMEA.partnerbook';
  const temporary = '/home/ana/.EMEA.partnerbook.abc123.tmp';
  const content = new Uint8Array([0x7b, 0x7d, 0x0a, 0x00, 0xff]);
  const begin = { suggestedName: 'EMEA.partnerbook', filters: workbookFilter, size: 5 };

  it('asks where, writes the pieces into a temporary file beside it, then renames it over', async () => {
    const { fs, handlers, showSaveDialog, fileUsed } = setup({ canceled: false, filePath: target });
    fs.files.set(target, new TextEncoder().encode('old'));
    const begun = valueOf(await handlers['files:begin-save'](begin, sender));
    expect(begun).toEqual({ token: 'token-1' });
    expect(showSaveDialog).toHaveBeenCalledWith(sender, {
      defaultPath: 'EMEA.partnerbook',
      filters: workbookFilter,
    });
    const token = begun?.token ?? '';
    const pieces = [content.subarray(0, 2), content.subarray(2)];
    for (const bytes of pieces) {
      expect(await handlers['files:append-upload']({ token, bytes }, sender)).toEqual({
        ok: true,
        value: null,
      });
    }
    // Nothing replaces the old file before the commit.
    expect(fs.text(target)).toBe('old');
    expect(fileUsed).not.toHaveBeenCalled();
    expect(await handlers['files:commit-save']({ token }, sender)).toEqual({
      ok: true,
      value: { saved: true, path: target },
    });
    expect(fs.files.get(target)).toEqual(content);
    expect(fs.log).toEqual([
      `create ${temporary}`,
      `append 2 ${temporary}`,
      `append 3 ${temporary}`,
      `sync ${temporary}`,
      `rename ${temporary} -> ${target}`,
    ]);
    expect([...fs.files.keys()]).toEqual([target]);
    expect(fileUsed).toHaveBeenCalledExactlyOnceWith(target);
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    const { fs, handlers, uploads, fileUsed } = setup({ canceled: true });
    expect(await handlers['files:begin-save'](begin, sender)).toEqual({ ok: true, value: null });
    expect(fs.log).toEqual([]);
    expect(uploads.pending()).toBe(0);
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('refuses pieces and commits from another window, with a token it never had', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: target });
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    const bytes = content;
    expect(errorOf(await handlers['files:append-upload']({ token, bytes }, otherWindow))).toEqual({
      code: 'not-allowed',
      message:
        'That file is not being saved by this window any more (it was finished or cancelled). Save it again.',
    });
    expect(errorOf(await handlers['files:commit-save']({ token }, otherWindow)).code).toBe(
      'not-allowed',
    );
    expect(errorOf(await handlers['files:abort-upload']({ token }, otherWindow)).code).toBe(
      'not-allowed',
    );
    expect(fs.files.has(temporary)).toBe(true);
    // Still the first window's to finish.
    await handlers['files:append-upload']({ token, bytes }, sender);
    expect(valueOf(await handlers['files:commit-save']({ token }, sender))).toEqual({
      saved: true,
      path: target,
    });
  });

  it('refuses a piece past the announced size, deleting the temporary file and keeping the old one', async () => {
    const { fs, handlers, fileUsed } = setup({ canceled: false, filePath: target });
    fs.files.set(target, new TextEncoder().encode('old'));
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    const bytes = new Uint8Array(6);
    expect(errorOf(await handlers['files:append-upload']({ token, bytes }, sender))).toEqual({
      code: 'invalid-argument',
      message: 'EMEA.partnerbook was not saved: more than the 5 bytes announced came.',
    });
    expect([...fs.files.keys()]).toEqual([target]);
    expect(fs.text(target)).toBe('old');
    expect(errorOf(await handlers['files:commit-save']({ token }, sender)).code).toBe(
      'not-allowed',
    );
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('deletes the temporary file on abort, keeping the old one', async () => {
    const { fs, handlers, fileUsed } = setup({ canceled: false, filePath: target });
    fs.files.set(target, new TextEncoder().encode('old'));
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    await handlers['files:append-upload']({ token, bytes: content.subarray(0, 3) }, sender);
    expect(await handlers['files:abort-upload']({ token }, sender)).toEqual({
      ok: true,
      value: null,
    });
    expect([...fs.files.keys()]).toEqual([target]);
    expect(fs.text(target)).toBe('old');
    expect(fs.openFiles.size).toBe(0);
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('refuses to commit a save that is short of its bytes', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: target });
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    await handlers['files:append-upload']({ token, bytes: content.subarray(0, 3) }, sender);
    expect(errorOf(await handlers['files:commit-save']({ token }, sender))).toEqual({
      code: 'invalid-argument',
      message: 'EMEA.partnerbook was not saved: 3 of its 5 bytes came.',
    });
    expect(fs.files.size).toBe(0);
  });

  it('explains a full disk, deleting the partial file', async () => {
    const { fs, handlers } = setup({ canceled: false, filePath: '/mnt/usb/E.partnerbook' });
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    fs.failWrite = 'ENOSPC';
    expect(
      errorOf(await handlers['files:append-upload']({ token, bytes: content }, sender)),
    ).toEqual({
      code: 'io-error',
      message: 'E.partnerbook could not be saved because the disk is full.',
    });
    expect(fs.files.size).toBe(0);
  });

  it('keeps the old file and deletes the new one when the rename fails', async () => {
    const { fs, handlers, fileUsed } = setup({ canceled: false, filePath: target });
    fs.files.set(target, new TextEncoder().encode('old'));
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    await handlers['files:append-upload']({ token, bytes: content }, sender);
    fs.failRename = 'EBUSY';
    expect(errorOf(await handlers['files:commit-save']({ token }, sender))).toEqual({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be saved because the file is open in another program.',
    });
    expect([...fs.files.keys()]).toEqual([target]);
    expect(fs.text(target)).toBe('old');
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('cleans up the uploads of a window that closed', async () => {
    const { fs, handlers, uploads } = setup({ canceled: false, filePath: target });
    const token = valueOf(await handlers['files:begin-save'](begin, sender))?.token ?? '';
    await handlers['files:append-upload']({ token, bytes: content.subarray(0, 1) }, sender);
    await uploads.release(sender.id);
    expect(fs.files.size).toBe(0);
    expect(fs.openFiles.size).toBe(0);
    expect(errorOf(await handlers['files:commit-save']({ token }, sender)).code).toBe(
      'not-allowed',
    );
  });
});

describe('files:open-file and files:read-chunk', () => {
  it('returns null when the dialog is cancelled', async () => {
    const { handlers, showOpenDialog, fileUsed, downloads } = setup({ canceled: true });
    expect(await handlers['files:open-file']({ filters: workbookFilter }, sender)).toEqual({
      ok: true,
      value: null,
    });
    expect(showOpenDialog).toHaveBeenCalledWith(sender, {
      filters: workbookFilter,
      properties: ['openFile'],
    });
    expect(fileUsed).not.toHaveBeenCalled();
    expect(downloads.pending()).toBe(0);
  });

  it('answers with the name without its folder and the size, then the bytes unchanged in pieces', async () => {
    const { fs, handlers, fileUsed } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/home/ana/Shared/Zoë.partnerbook'] },
    );
    // Not UTF-8 on purpose: open-file hands bytes over without decoding them.
    const content = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xe9, 0x7d]);
    fs.files.set('/home/ana/Shared/Zoë.partnerbook', content);
    expect(await handlers['files:open-file']({ filters: workbookFilter }, sender)).toEqual({
      ok: true,
      value: { name: 'Zoë.partnerbook', size: 6, token: 'token-1' },
    });
    expect(fileUsed).toHaveBeenCalledExactlyOnceWith('/home/ana/Shared/Zoë.partnerbook');
    // Pieces of 4 bytes here (MAX_IPC_CHUNK_BYTES in the app).
    const first = await handlers['files:read-chunk']({ token: 'token-1', offset: 0 }, sender);
    expect(first).toEqual({ ok: true, value: content.slice(0, 4) });
    expect(
      errorOf(await handlers['files:read-chunk']({ token: 'token-1', offset: 4 }, otherWindow)),
    ).toMatchObject({ code: 'not-allowed' });
    const last = await handlers['files:read-chunk']({ token: 'token-1', offset: 4 }, sender);
    expect(last).toEqual({ ok: true, value: content.slice(4) });
    expect(fs.openFiles.size).toBe(0);
  });

  it('closes a file the renderer stopped reading, answering null whatever the token', async () => {
    const { fs, handlers, downloads } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/big.partnerbook'] },
    );
    fs.files.set('/d/big.partnerbook', new TextEncoder().encode('0123456789'));
    await handlers['files:open-file']({ filters: workbookFilter }, sender);
    await handlers['files:read-chunk']({ token: 'token-1', offset: 0 }, sender);
    // Another window cannot close it.
    expect(await handlers['files:close-download']({ token: 'token-1' }, otherWindow)).toEqual({
      ok: true,
      value: null,
    });
    expect(fs.openFiles.size).toBe(1);
    expect(await handlers['files:close-download']({ token: 'token-1' }, sender)).toEqual({
      ok: true,
      value: null,
    });
    expect(fs.openFiles.size).toBe(0);
    expect(downloads.pending()).toBe(0);
    expect(
      errorOf(await handlers['files:read-chunk']({ token: 'token-1', offset: 4 }, sender)).code,
    ).toBe('not-allowed');
    // A file already closed: nothing to do, nothing to report.
    expect(await handlers['files:close-download']({ token: 'token-1' }, sender)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('refuses a file over MAX_TRANSFER_BYTES without opening it', async () => {
    const { fs, handlers, fileUsed } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/huge.partnerbook'] },
    );
    fs.files.set('/d/huge.partnerbook', new Uint8Array(1));
    fs.reportedSize = MAX_TRANSFER_BYTES + 1;
    expect(errorOf(await handlers['files:open-file']({ filters: [] }, sender))).toEqual({
      code: 'too-large',
      message: 'huge.partnerbook is 4096.0 MB; Partner Workbook opens files of up to 4096.0 MB.',
    });
    expect(fs.openFiles.size).toBe(0);
    expect(fileUsed).not.toHaveBeenCalled();
  });

  it('opens a file of exactly MAX_TRANSFER_BYTES', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/edge.partnerbook'] },
    );
    fs.files.set('/d/edge.partnerbook', new Uint8Array(1));
    fs.reportedSize = MAX_TRANSFER_BYTES;
    expect(valueOf(await handlers['files:open-file']({ filters: [] }, sender))?.size).toBe(
      MAX_TRANSFER_BYTES,
    );
  });

  it('explains an unreadable file', async () => {
    const { fs, handlers } = setup(
      { canceled: true },
      { canceled: false, filePaths: ['/d/locked.partnerbook'] },
    );
    fs.files.set('/d/locked.partnerbook', new Uint8Array(1));
    fs.openToRead = () => Promise.reject(fsError('EACCES'));
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
