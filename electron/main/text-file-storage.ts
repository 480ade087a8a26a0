/**
 * A small text file in userData that main keeps its own state in (the window's position, the
 * update setting): read whole, replaced atomically, so a crash leaves the old text or the new.
 * Runs in the Electron main process; the modules that use it take the interface, so tests pass
 * an in-memory one.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, nodeFileSystem, writeFileAtomically } from './file-io';

/** Where a piece of main's state is kept. */
export interface TextFileStorage {
  /** The stored text; undefined when there is none yet. */
  read(): Promise<string | undefined>;
  /** Replaces the stored text (atomically, so a crash leaves the old or the new text). */
  write(text: string): Promise<void>;
  /** Where problems are reported; the state itself never fails. */
  warn(message: string): void;
}

/** The state kept as a file on the real file system. */
export function nodeTextFileStorage(
  filePath: string,
  warn: (message: string) => void = console.warn,
): TextFileStorage {
  return {
    read: async () => {
      try {
        return await readFile(filePath, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return undefined;
        throw error;
      }
    },
    write: async (text) => {
      await mkdir(path.dirname(filePath), { recursive: true });
      const written = await writeFileAtomically(nodeFileSystem, filePath, text);
      if (!written.ok) throw new Error(written.error.message);
    },
    warn,
  };
}
