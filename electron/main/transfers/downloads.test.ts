import { describe, expect, it } from 'vitest';
import { MAX_IPC_CHUNK_BYTES } from '../../../shared/ipc/contract';
import { fsError, MemoryFileSystem } from '../file-system-test-kit';
import { Downloads } from './downloads';
import { errorOf, valueOf } from '../ipc/ipc-result-test-kit';

const WINDOW = 1;
const OTHER_WINDOW = 2;
const FILE = '/home/ana/Shared/EMEA.partnerbook';
const bytes = (text: string) => new TextEncoder().encode(text);

function setup(options: { pieceBytes?: number; maxPerOwner?: number } = {}) {
  const fs = new MemoryFileSystem();
  let next = 0;
  const downloads = new Downloads({
    fs,
    newToken: () => `token-${String(++next)}`,
    pieceBytes: options.pieceBytes ?? 4,
    ...(options.maxPerOwner === undefined ? {} : { maxPerOwner: options.maxPerOwner }),
  });
  return { fs, downloads };
}

const text = (piece: Uint8Array) => new TextDecoder().decode(piece);

describe('Downloads', () => {
  it('reads pieces of MAX_IPC_CHUNK_BYTES unless told otherwise', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set(FILE, new Uint8Array(MAX_IPC_CHUNK_BYTES + 1));
    const downloads = new Downloads({ fs });
    const { token, size } = valueOf(await downloads.open(WINDOW, FILE, MAX_IPC_CHUNK_BYTES + 1));
    expect(size).toBe(MAX_IPC_CHUNK_BYTES + 1);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(valueOf(await downloads.read(WINDOW, token, 0)).byteLength).toBe(MAX_IPC_CHUNK_BYTES);
    expect(valueOf(await downloads.read(WINDOW, token, MAX_IPC_CHUNK_BYTES)).byteLength).toBe(1);
  });

  it('answers with the name and size, then gives the pieces in order and closes at the end', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, bytes('{"a":12}\n'));
    const opened = valueOf(await downloads.open(WINDOW, FILE, 100));
    expect(opened).toEqual({ name: 'EMEA.partnerbook', size: 9, token: 'token-1' });
    expect(fs.openFiles.has(FILE)).toBe(true);
    // 9 bytes in pieces of 4: 4, 4 and 1.
    expect(text(valueOf(await downloads.read(WINDOW, 'token-1', 0)))).toBe('{"a"');
    expect(text(valueOf(await downloads.read(WINDOW, 'token-1', 4)))).toBe(':12}');
    expect(fs.openFiles.has(FILE)).toBe(true);
    expect(text(valueOf(await downloads.read(WINDOW, 'token-1', 8)))).toBe('\n');
    expect(fs.openFiles.size).toBe(0);
    expect(downloads.pending()).toBe(0);
    expect(errorOf(await downloads.read(WINDOW, 'token-1', 9)).code).toBe('not-allowed');
  });

  it('closes an empty file on its one empty piece', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, new Uint8Array(0));
    const { token, size } = valueOf(await downloads.open(WINDOW, FILE, 100));
    expect(size).toBe(0);
    expect(valueOf(await downloads.read(WINDOW, token, 0)).byteLength).toBe(0);
    expect(fs.openFiles.size).toBe(0);
  });

  it('refuses a token of another window without closing the file', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, bytes('abcdef'));
    const { token } = valueOf(await downloads.open(WINDOW, FILE, 100));
    expect(errorOf(await downloads.read(OTHER_WINDOW, token, 0))).toEqual({
      code: 'not-allowed',
      message:
        'That file is not open in this window any more (it was read to the end or failed). Open it again.',
    });
    expect(text(valueOf(await downloads.read(WINDOW, token, 0)))).toBe('abcd');
  });

  it('closes a file read out of order', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, bytes('abcdefgh'));
    const { token } = valueOf(await downloads.open(WINDOW, FILE, 100));
    await downloads.read(WINDOW, token, 0);
    expect(errorOf(await downloads.read(WINDOW, token, 0))).toEqual({
      code: 'invalid-argument',
      message: 'EMEA.partnerbook was read out of order (at 0 instead of 4); open it again.',
    });
    expect(fs.openFiles.size).toBe(0);
  });

  it('refuses a file over the limit before opening it, and one that is not a file', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, new Uint8Array(1));
    fs.reportedSize = 5 * 1024 * 1024 + 1;
    expect(errorOf(await downloads.open(WINDOW, FILE, 5 * 1024 * 1024))).toEqual({
      code: 'too-large',
      message: 'EMEA.partnerbook is 5.0 MB; Partner Workbook opens files of up to 5.0 MB.',
    });
    fs.directories.add('/d/folder');
    expect(errorOf(await downloads.open(WINDOW, '/d/folder', 100))).toEqual({
      code: 'io-error',
      message: 'folder is not a file.',
    });
    expect(fs.openFiles.size).toBe(0);
    expect(downloads.pending()).toBe(0);
  });

  it('explains a file that is gone', async () => {
    const { downloads } = setup();
    expect(errorOf(await downloads.open(WINDOW, '/d/gone.partnerbook', 100))).toEqual({
      code: 'io-error',
      message: 'gone.partnerbook could not be opened because the folder or file no longer exists.',
    });
  });

  it('refuses a file that shrank or grew while it was read, closing it', async () => {
    const shrank = setup();
    shrank.fs.files.set(FILE, bytes('abcdefgh'));
    const first = valueOf(await shrank.downloads.open(WINDOW, FILE, 100));
    shrank.fs.files.set(FILE, bytes('abcdef'));
    await shrank.downloads.read(WINDOW, first.token, 0);
    expect(errorOf(await shrank.downloads.read(WINDOW, first.token, 4))).toEqual({
      code: 'io-error',
      message: 'EMEA.partnerbook changed while it was being read; open it again.',
    });
    expect(shrank.fs.openFiles.size).toBe(0);

    const grew = setup();
    grew.fs.files.set(FILE, bytes('abcd'));
    const second = valueOf(await grew.downloads.open(WINDOW, FILE, 100));
    grew.fs.files.set(FILE, bytes('abcdefgh'));
    expect(errorOf(await grew.downloads.read(WINDOW, second.token, 0)).message).toBe(
      'EMEA.partnerbook changed while it was being read; open it again.',
    );
    expect(grew.fs.openFiles.size).toBe(0);
  });

  it('explains a read that fails, closing the file', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, bytes('abcdef'));
    const openToRead = fs.openToRead.bind(fs);
    fs.openToRead = async (filePath) => {
      const file = await openToRead(filePath);
      return { ...file, read: () => Promise.reject(fsError('EIO')) };
    };
    const { token } = valueOf(await downloads.open(WINDOW, FILE, 100));
    expect(errorOf(await downloads.read(WINDOW, token, 0))).toEqual({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be read because of an unexpected file system error.',
    });
    expect(fs.openFiles.size).toBe(0);
  });

  it('closes a file its window stopped reading, and leaves it open for another window', async () => {
    const { fs, downloads } = setup();
    fs.files.set(FILE, bytes('abcdefgh'));
    const { token } = valueOf(await downloads.open(WINDOW, FILE, 100));
    await downloads.read(WINDOW, token, 0);
    await downloads.close(OTHER_WINDOW, token);
    expect([...fs.openFiles]).toEqual([FILE]);
    await downloads.close(WINDOW, token);
    expect(fs.openFiles.size).toBe(0);
    expect(downloads.pending()).toBe(0);
    expect(errorOf(await downloads.read(WINDOW, token, 4)).code).toBe('not-allowed');
    // Closing it again, or a token never given, changes nothing and does not throw.
    await downloads.close(WINDOW, token);
    await downloads.close(WINDOW, 'token-9');
    expect(downloads.pending()).toBe(0);
  });

  it('closes every file of a window that went away, and only its own', async () => {
    const { fs, downloads } = setup();
    fs.files.set('/d/a', bytes('aaaaaa'));
    fs.files.set('/d/b', bytes('bbbbbb'));
    fs.files.set('/d/c', bytes('cccccc'));
    await downloads.open(WINDOW, '/d/a', 100);
    await downloads.open(WINDOW, '/d/b', 100);
    const theirs = valueOf(await downloads.open(OTHER_WINDOW, '/d/c', 100));
    await downloads.release(WINDOW);
    expect([...fs.openFiles]).toEqual(['/d/c']);
    expect(downloads.pending(WINDOW)).toBe(0);
    expect(text(valueOf(await downloads.read(OTHER_WINDOW, theirs.token, 0)))).toBe('cccc');
  });

  it('keeps a window to a few open files at once', async () => {
    const { fs, downloads } = setup({ maxPerOwner: 1 });
    fs.files.set('/d/a', bytes('a'));
    fs.files.set('/d/b.partnerbook', bytes('b'));
    await downloads.open(WINDOW, '/d/a', 100);
    expect(errorOf(await downloads.open(WINDOW, '/d/b.partnerbook', 100))).toEqual({
      code: 'not-allowed',
      message: 'b.partnerbook was not opened: too many files are being read at once.',
    });
    expect((await downloads.open(OTHER_WINDOW, '/d/b.partnerbook', 100)).ok).toBe(true);
  });
});
