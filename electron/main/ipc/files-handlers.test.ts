import { describe, expect, it, vi } from 'vitest';
import { MAX_IPC_FILE_CHARS, type IpcResult } from '../../../shared/ipc/contract';
import {
  createFilesHandlers,
  type DialogFileFilter,
  type FilesHandlerDeps,
  type OpenDialogAnswer,
  type SaveDialogAnswer,
  type TextFileSystem,
} from './files-handlers';

interface FakeSender {
  id: number;
}

type Deps = FilesHandlerDeps<FakeSender>;

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

/** An in-memory file system that records what happened and can be told to fail. */
class MemoryFileSystem implements TextFileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly directories = new Set<string>();
  readonly log: string[] = [];
  failWrite: string | undefined;
  failRename: string | undefined;
  reportedSize: number | undefined;

  writeNewFile(filePath: string, content: string): Promise<void> {
    this.log.push(`write ${filePath}`);
    if (this.files.has(filePath)) return Promise.reject(fsError('EEXIST'));
    // A failed write may still leave a partial file behind, as a full disk does.
    this.files.set(filePath, new TextEncoder().encode(content.slice(0, 1)));
    if (this.failWrite !== undefined) return Promise.reject(fsError(this.failWrite));
    this.files.set(filePath, new TextEncoder().encode(content));
    return Promise.resolve();
  }

  rename(from: string, to: string): Promise<void> {
    this.log.push(`rename ${from} -> ${to}`);
    if (this.failRename !== undefined) return Promise.reject(fsError(this.failRename));
    const data = this.files.get(from);
    if (data === undefined) return Promise.reject(fsError('ENOENT'));
    this.files.delete(from);
    this.files.set(to, data);
    return Promise.resolve();
  }

  remove(filePath: string): Promise<void> {
    this.log.push(`remove ${filePath}`);
    this.files.delete(filePath);
    return Promise.resolve();
  }

  stat(filePath: string): Promise<{ size: number; isFile(): boolean }> {
    if (this.directories.has(filePath)) return Promise.resolve({ size: 0, isFile: () => false });
    const data = this.files.get(filePath);
    if (data === undefined) return Promise.reject(fsError('ENOENT'));
    const size = this.reportedSize ?? data.byteLength;
    return Promise.resolve({ size, isFile: () => true });
  }

  readFile(filePath: string): Promise<Uint8Array> {
    this.log.push(`read ${filePath}`);
    const data = this.files.get(filePath);
    return data === undefined ? Promise.reject(fsError('ENOENT')) : Promise.resolve(data);
  }

  text(filePath: string): string | undefined {
    const data = this.files.get(filePath);
    return data === undefined ? undefined : new TextDecoder().decode(data);
  }
}

const csv: DialogFileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];
const sender: FakeSender = { id: 1 };

function setup(save: SaveDialogAnswer, open: OpenDialogAnswer = { canceled: true, filePaths: [] }) {
  const fs = new MemoryFileSystem();
  const showSaveDialog = vi.fn<Deps['showSaveDialog']>(() => Promise.resolve(save));
  const showOpenDialog = vi.fn<Deps['showOpenDialog']>(() => Promise.resolve(open));
  const handlers = createFilesHandlers<FakeSender>({
    showSaveDialog,
    showOpenDialog,
    fs,
    uniqueSuffix: () => 'abc123',
  });
  return { fs, handlers, showSaveDialog, showOpenDialog };
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
