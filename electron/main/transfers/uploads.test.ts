import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../file-system-test-kit';
import { Uploads, type UploadStart } from './uploads';
import { errorOf, valueOf } from '../ipc/ipc-result-test-kit';

const WINDOW = 1;
const OTHER_WINDOW = 2;
const TEMPORARY = '/home/ana/.EMEA.partnerbook.abc123.tmp';
const bytes = (text: string) => new TextEncoder().encode(text);

function setup(maxPerOwner?: number) {
  const fs = new MemoryFileSystem();
  let next = 0;
  const uploads = new Uploads({
    fs,
    newToken: () => `token-${String(++next)}`,
    ...(maxPerOwner === undefined ? {} : { maxPerOwner }),
  });
  return { fs, uploads };
}

const save = (size: number, temporary = TEMPORARY): UploadStart => ({
  purpose: { kind: 'save', target: '/home/ana/EMEA.partnerbook' },
  label: 'EMEA.partnerbook',
  temporary,
  size,
});

describe('Uploads', () => {
  it('writes the pieces in order into a new temporary file and hands it over, flushed', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(7)));
    expect(token).toBe('token-1');
    expect(valueOf(await uploads.append(WINDOW, token, bytes('{"a"')))).toBeNull();
    expect(valueOf(await uploads.append(WINDOW, token, bytes(':1}')))).toBeNull();
    expect(valueOf(await uploads.finish(WINDOW, token, 'save'))).toEqual({
      temporary: TEMPORARY,
      size: 7,
      purpose: { kind: 'save', target: '/home/ana/EMEA.partnerbook' },
    });
    expect(fs.text(TEMPORARY)).toBe('{"a":1}');
    expect(fs.log).toEqual([
      `create ${TEMPORARY}`,
      `append 4 ${TEMPORARY}`,
      `append 3 ${TEMPORARY}`,
      `sync ${TEMPORARY}`,
    ]);
    expect([...fs.flushed]).toEqual([TEMPORARY]);
    expect(fs.openFiles.size).toBe(0);
    expect(uploads.pending()).toBe(0);
  });

  it('writes pieces sent without waiting in the order they were sent', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(3)));
    const sent = ['a', 'b', 'c'].map((piece) => uploads.append(WINDOW, token, bytes(piece)));
    expect((await Promise.all(sent)).every((result) => result.ok)).toBe(true);
    expect(fs.text(TEMPORARY)).toBe('abc');
  });

  it('refuses a token of another window, leaving the upload as it was', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(2)));
    const refusal = {
      code: 'not-allowed',
      message:
        'That file is not being saved by this window any more (it was finished or cancelled). Save it again.',
    };
    expect(errorOf(await uploads.append(OTHER_WINDOW, token, bytes('xx')))).toEqual(refusal);
    expect(errorOf(await uploads.finish(OTHER_WINDOW, token, 'save'))).toEqual(refusal);
    expect(errorOf(await uploads.abort(OTHER_WINDOW, token))).toEqual(refusal);
    expect(errorOf(await uploads.append(WINDOW, 'token-9', bytes('xx')))).toEqual(refusal);
    // The owner's upload goes on.
    expect((await uploads.append(WINDOW, token, bytes('ok'))).ok).toBe(true);
    expect((await uploads.finish(WINDOW, token, 'save')).ok).toBe(true);
    expect(fs.text(TEMPORARY)).toBe('ok');
  });

  it('refuses to finish an upload as another kind, and keeps it', async () => {
    const { uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(0)));
    expect(errorOf(await uploads.finish(WINDOW, token, 'backup')).code).toBe('not-allowed');
    expect(valueOf(await uploads.finish(WINDOW, token, 'save')).size).toBe(0);
  });

  it('ends an upload sent more bytes than announced, deleting its file', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(4)));
    expect((await uploads.append(WINDOW, token, bytes('abc'))).ok).toBe(true);
    expect(errorOf(await uploads.append(WINDOW, token, bytes('de')))).toEqual({
      code: 'invalid-argument',
      message: 'EMEA.partnerbook was not saved: more than the 4 bytes announced came.',
    });
    expect(fs.files.has(TEMPORARY)).toBe(false);
    expect(fs.openFiles.size).toBe(0);
    expect(errorOf(await uploads.append(WINDOW, token, bytes('d'))).code).toBe('not-allowed');
  });

  it('refuses to finish an upload that is short of its announced bytes, deleting its file', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(1_500)));
    await uploads.append(WINDOW, token, new Uint8Array(1_000));
    expect(errorOf(await uploads.finish(WINDOW, token, 'save'))).toEqual({
      code: 'invalid-argument',
      message: 'EMEA.partnerbook was not saved: 1,000 of its 1,500 bytes came.',
    });
    expect(fs.files.has(TEMPORARY)).toBe(false);
    expect(fs.flushed.size).toBe(0);
  });

  it('deletes the temporary file on abort', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(10)));
    await uploads.append(WINDOW, token, bytes('half'));
    expect(await uploads.abort(WINDOW, token)).toEqual({ ok: true, value: null });
    expect(fs.files.has(TEMPORARY)).toBe(false);
    expect(fs.openFiles.size).toBe(0);
    expect(fs.log.at(-1)).toBe(`remove ${TEMPORARY}`);
    expect(errorOf(await uploads.finish(WINDOW, token, 'save')).code).toBe('not-allowed');
  });

  it('explains a disk that fails a piece, and deletes what was written', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(10)));
    fs.failWrite = 'ENOSPC';
    expect(errorOf(await uploads.append(WINDOW, token, bytes('abc')))).toEqual({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be saved because the disk is full.',
    });
    expect(fs.files.has(TEMPORARY)).toBe(false);
    expect(uploads.pending()).toBe(0);
  });

  it('leaves a file that already had the temporary name alone', async () => {
    const { fs, uploads } = setup();
    fs.files.set(TEMPORARY, bytes('someone else'));
    expect(errorOf(await uploads.begin(WINDOW, save(1))).code).toBe('io-error');
    expect(fs.text(TEMPORARY)).toBe('someone else');
  });

  it('cleans up every upload of a window that went away, and only its own', async () => {
    const { fs, uploads } = setup();
    const mine = valueOf(await uploads.begin(WINDOW, save(4, '/d/.a.tmp')));
    valueOf(await uploads.begin(WINDOW, save(4, '/d/.b.tmp')));
    const theirs = valueOf(await uploads.begin(OTHER_WINDOW, save(4, '/d/.c.tmp')));
    await uploads.append(WINDOW, mine.token, bytes('ab'));
    await uploads.release(WINDOW);
    expect([...fs.files.keys()]).toEqual(['/d/.c.tmp']);
    expect([...fs.openFiles]).toEqual(['/d/.c.tmp']);
    expect(uploads.pending(WINDOW)).toBe(0);
    expect(uploads.pending(OTHER_WINDOW)).toBe(1);
    expect((await uploads.append(OTHER_WINDOW, theirs.token, bytes('abcd'))).ok).toBe(true);
  });

  it('keeps a window to a few uploads at once', async () => {
    const { uploads } = setup(2);
    await uploads.begin(WINDOW, save(1, '/d/.a.tmp'));
    const second = valueOf(await uploads.begin(WINDOW, save(1, '/d/.b.tmp')));
    expect(errorOf(await uploads.begin(WINDOW, save(1, '/d/.c.tmp')))).toEqual({
      code: 'not-allowed',
      message: 'Too many files are being saved at once; wait for one to finish.',
    });
    expect((await uploads.begin(OTHER_WINDOW, save(1, '/d/.d.tmp'))).ok).toBe(true);
    await uploads.abort(WINDOW, second.token);
    expect((await uploads.begin(WINDOW, save(1, '/d/.c.tmp'))).ok).toBe(true);
  });

  it('explains a flush that fails, and deletes the file', async () => {
    const { fs, uploads } = setup();
    const { token } = valueOf(await uploads.begin(WINDOW, save(0)));
    fs.failSync = 'EIO';
    expect(errorOf(await uploads.finish(WINDOW, token, 'save'))).toEqual({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be saved because of an unexpected file system error.',
    });
    expect(fs.files.has(TEMPORARY)).toBe(false);
    expect(fs.openFiles.size).toBe(0);
  });
});
