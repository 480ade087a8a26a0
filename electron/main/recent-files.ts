/**
 * The recently opened list behind File > Open Recent: the last workbook files opened or saved,
 * newest first, kept as a small JSON file in userData. The file is validated when read: a damaged
 * or foreign file gives an empty list rather than an error, and paths that no longer exist are
 * dropped. Only main reads these paths; the renderer never sees or sends them.
 * Runs in the Electron main process; storage is passed in, so tests use a fake.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PARTNERBOOK_EXTENSION } from '../../shared/files/partnerbook/format';
import { errorCode, nodeFileSystem, pathExists, writeFileAtomically } from './file-io';

/** How many files Open Recent lists. */
export const MAX_RECENT_FILES = 10;

/** The name of the list's file in userData. */
export const RECENT_FILES_FILE_NAME = 'recent-files.json';

// Entries past the cap or over a long path's length are a damaged or hand-edited file, not ours.
const recentFilesFileSchema = z.object({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(4096)).max(100),
});

/**
 * True for a `.partnerbook` path. Only workbook files are listed, because Open Recent hands what it
 * lists to the renderer as a workbook to open; an exported CSV or PDF has no place there.
 */
export function isWorkbookFilePath(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() === `.${PARTNERBOOK_EXTENSION}`;
}

/** Where the list is kept and how main checks a path. */
export interface RecentFilesStorage {
  /** The stored text; undefined when there is none yet. */
  read(): Promise<string | undefined>;
  /** Replaces the stored text (atomically, so a crash leaves the old or the new list). */
  write(text: string): Promise<void>;
  /** False when nothing is at the path any more. */
  exists(filePath: string): Promise<boolean>;
  /** Where problems are reported; the list itself never fails. */
  warn(message: string): void;
}

function parseStored(text: string): string[] | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  const parsed = recentFilesFileSchema.safeParse(json);
  return parsed.success ? parsed.data.files : 'it does not have the expected shape';
}

function newestFirst(files: readonly string[]): string[] {
  const unique = [...new Set(files.filter((file) => path.isAbsolute(file)))];
  return unique.slice(0, MAX_RECENT_FILES);
}

/** The list, kept in memory and written through to storage after each change. */
export class RecentFiles {
  private files: string[] = [];
  private readonly listeners = new Set<() => void>();
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly storage: RecentFilesStorage) {}

  /**
   * Reads the stored list, keeping files added before it finished first. Never rejects: a missing,
   * unreadable or damaged file means an empty list.
   */
  async load(): Promise<void> {
    let stored: string[] = [];
    try {
      const text = await this.storage.read();
      const parsed = text === undefined ? [] : parseStored(text);
      if (typeof parsed === 'string') {
        this.storage.warn(`The recent files list was ignored because ${parsed}.`);
      } else {
        stored = parsed;
      }
    } catch (error) {
      this.storage.warn(`The recent files list could not be read: ${String(error)}`);
    }
    const candidates = newestFirst(stored);
    const present = await Promise.all(candidates.map((file) => this.storage.exists(file)));
    const kept = candidates.filter((_file, index) => present[index] === true);
    this.replace(newestFirst([...this.files, ...kept]), kept.length !== stored.length);
  }

  /** The files, newest first. */
  list(): readonly string[] {
    return this.files;
  }

  /** Puts the file at the top (moving it there when listed already). */
  add(filePath: string): void {
    this.replace(newestFirst([path.resolve(filePath), ...this.files]), true);
  }

  /** Takes the file off the list. */
  remove(filePath: string): void {
    if (!this.files.includes(filePath)) return;
    this.replace(
      this.files.filter((file) => file !== filePath),
      true,
    );
  }

  /** Takes the file off the list if nothing is at its path any more. */
  async removeIfMissing(filePath: string): Promise<void> {
    if (this.files.includes(filePath) && !(await this.storage.exists(filePath))) {
      this.remove(filePath);
    }
  }

  /** Empties the list. */
  clear(): void {
    this.replace([], true);
  }

  /** Calls the listener after each change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Resolves once every change so far is written (for quitting and for tests). */
  saved(): Promise<void> {
    return this.writes;
  }

  private replace(files: string[], persist: boolean): void {
    const changed =
      files.length !== this.files.length || files.some((file, i) => file !== this.files[i]);
    this.files = files;
    if (persist) this.persist();
    if (changed) for (const listener of this.listeners) listener();
  }

  private persist(): void {
    const text = `${JSON.stringify({ version: 1, files: this.files }, null, 2)}\n`;
    // One write at a time, in order, so that the last change is the one that stays.
    this.writes = this.writes
      .then(() => this.storage.write(text))
      .catch((error: unknown) => {
        this.storage.warn(`The recent files list could not be saved: ${String(error)}`);
      });
  }
}

function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** The list kept as a file (userData/recent-files.json) on the real file system. */
export function nodeRecentFilesStorage(
  filePath: string,
  warn: (message: string) => void = console.warn,
): RecentFilesStorage {
  return {
    read: async () => {
      try {
        return await readFile(filePath, 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    write: async (text) => {
      await mkdir(path.dirname(filePath), { recursive: true });
      const written = await writeFileAtomically(nodeFileSystem, filePath, text);
      if (!written.ok) throw new Error(written.error.message);
    },
    exists: (candidate) => pathExists(nodeFileSystem, candidate),
    warn,
  };
}
