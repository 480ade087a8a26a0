import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isWorkbookFilePath,
  MAX_RECENT_FILES,
  nodeRecentFilesStorage,
  RecentFiles,
  type RecentFilesStorage,
} from './recent-files';

/** Storage in memory, with the set of paths that exist. */
function memoryStorage(stored?: string, existing: readonly string[] = []) {
  const state = { text: stored, writes: [] as string[], present: new Set(existing) };
  const warn = vi.fn<(message: string) => void>();
  const storage: RecentFilesStorage = {
    read: () => Promise.resolve(state.text),
    write: (text) => {
      state.text = text;
      state.writes.push(text);
      return Promise.resolve();
    },
    exists: (filePath) => Promise.resolve(state.present.has(filePath)),
    warn,
  };
  return { storage, state, warn };
}

const stored = (files: unknown) => JSON.stringify({ version: 1, files });
const book = (n: number) => `/home/ana/book-${n}.partnerbook`;

function listOf(text: string | undefined): unknown {
  return text === undefined ? undefined : (JSON.parse(text) as { files: unknown }).files;
}

describe('RecentFiles', () => {
  it('puts the newest first, moves a file back to the top, and writes each change', async () => {
    const { storage, state } = memoryStorage();
    const recent = new RecentFiles(storage);
    await recent.load();
    recent.add(book(1));
    recent.add(book(2));
    recent.add(book(1));
    await recent.saved();
    expect(recent.list()).toEqual([book(1), book(2)]);
    expect(listOf(state.text)).toEqual([book(1), book(2)]);
    expect(state.writes).toHaveLength(3);
  });

  it(`keeps only the last ${MAX_RECENT_FILES}`, async () => {
    const { storage, state } = memoryStorage();
    const recent = new RecentFiles(storage);
    for (let n = 1; n <= MAX_RECENT_FILES + 3; n++) recent.add(book(n));
    await recent.saved();
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]).toBe(book(MAX_RECENT_FILES + 3));
    expect(recent.list()).not.toContain(book(3));
    expect(listOf(state.text)).toEqual(recent.list());
  });

  it('reads the stored list back and drops files that no longer exist', async () => {
    const { storage, state } = memoryStorage(stored([book(1), book(2), book(3)]), [
      book(1),
      book(3),
    ]);
    const recent = new RecentFiles(storage);
    await recent.load();
    await recent.saved();
    expect(recent.list()).toEqual([book(1), book(3)]);
    // The shorter list is written back, so the gone file is not checked again next start.
    expect(listOf(state.text)).toEqual([book(1), book(3)]);
  });

  it('starts empty, with a warning, from a damaged or foreign file, and never throws', async () => {
    const damaged = [
      '{"version":1,"files":["/home/ana/a.partnerbook"',
      '',
      'null',
      '[]',
      stored('/home/ana/a.partnerbook'),
      stored([42]),
      JSON.stringify({ version: 2, files: [book(1)] }),
      JSON.stringify({ files: [book(1)] }),
      stored(Array.from({ length: 101 }, (_, n) => book(n))),
    ];
    for (const text of damaged) {
      const { storage, warn } = memoryStorage(text, [book(1)]);
      const recent = new RecentFiles(storage);
      await expect(recent.load()).resolves.toBeUndefined();
      expect(recent.list(), text).toEqual([]);
      expect(warn).toHaveBeenCalledTimes(1);
    }
  });

  it('drops relative paths and duplicates, and caps a long stored list', async () => {
    const files = [
      'relative.partnerbook',
      book(1),
      book(1),
      ...Array.from({ length: 20 }, (_, n) => book(n + 2)),
    ];
    const { storage } = memoryStorage(stored(files), files);
    const recent = new RecentFiles(storage);
    await recent.load();
    expect(recent.list()).toEqual(Array.from({ length: MAX_RECENT_FILES }, (_, n) => book(n + 1)));
  });

  it('keeps a file added while the list was still loading, on top', async () => {
    const { storage } = memoryStorage(stored([book(1)]), [book(1)]);
    const recent = new RecentFiles(storage);
    const loading = recent.load();
    recent.add(book(2));
    await loading;
    expect(recent.list()).toEqual([book(2), book(1)]);
  });

  it('survives an unreadable file and a failed write, with warnings', async () => {
    const { storage, warn } = memoryStorage();
    storage.read = () => Promise.reject(new Error('EACCES'));
    storage.write = () => Promise.reject(new Error('ENOSPC'));
    const recent = new RecentFiles(storage);
    await recent.load();
    recent.add(book(1));
    await recent.saved();
    expect(recent.list()).toEqual([book(1)]);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('removes, removes only when missing, clears, and tells listeners of each change', async () => {
    const { storage, state } = memoryStorage(undefined, [book(2)]);
    const recent = new RecentFiles(storage);
    const changed = vi.fn<() => void>();
    const unsubscribe = recent.onChange(changed);
    recent.add(book(1));
    recent.add(book(2));
    recent.add(book(3));
    recent.remove(book(3));
    await recent.removeIfMissing(book(2));
    expect(recent.list()).toEqual([book(2), book(1)]);
    await recent.removeIfMissing(book(1));
    expect(recent.list()).toEqual([book(2)]);
    recent.clear();
    expect(changed).toHaveBeenCalledTimes(6);
    unsubscribe();
    recent.add(book(4));
    expect(changed).toHaveBeenCalledTimes(6);
    await recent.saved();
    expect(listOf(state.text)).toEqual([book(4)]);
  });
});

describe('isWorkbookFilePath', () => {
  it('is true for .partnerbook files only', () => {
    expect(isWorkbookFilePath('/home/ana/EMEA.partnerbook')).toBe(true);
    expect(isWorkbookFilePath('/home/ana/EMEA.PartnerBook')).toBe(true);
    expect(isWorkbookFilePath('/home/ana/partners.csv')).toBe(false);
    expect(isWorkbookFilePath('/home/ana/brief.pdf')).toBe(false);
    expect(isWorkbookFilePath('/home/ana/partnerbook')).toBe(false);
  });
});

describe('nodeRecentFilesStorage', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'recent-files-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('persists the list as JSON in a folder it creates, and reads it back next start', async () => {
    const listFile = path.join(dir, 'userData', 'recent-files.json');
    const workbook = path.join(dir, 'EMEA.partnerbook');
    await writeFile(workbook, '{}');
    const first = new RecentFiles(nodeRecentFilesStorage(listFile));
    await first.load();
    first.add(workbook);
    await first.saved();
    expect(JSON.parse(await readFile(listFile, 'utf8'))).toEqual({ version: 1, files: [workbook] });

    const next = new RecentFiles(nodeRecentFilesStorage(listFile));
    await next.load();
    expect(next.list()).toEqual([workbook]);

    await rm(workbook);
    const afterDelete = new RecentFiles(nodeRecentFilesStorage(listFile));
    await afterDelete.load();
    expect(afterDelete.list()).toEqual([]);
  });

  it('reads a missing file as no list, and a corrupt one as an empty list', async () => {
    const listFile = path.join(dir, 'recent-files.json');
    const warn = vi.fn<(message: string) => void>();
    const storage = nodeRecentFilesStorage(listFile, warn);
    await expect(storage.read()).resolves.toBeUndefined();
    await writeFile(listFile, '\u0000\u0001 not json');
    const recent = new RecentFiles(storage);
    await recent.load();
    expect(recent.list()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('The recent files list was ignored because it is not JSON.');
  });
});
