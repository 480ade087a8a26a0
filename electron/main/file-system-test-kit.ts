/**
 * Fakes for main-process tests: an in-memory HostFileSystem that records what happened and can be
 * told to fail the way disks do, an in-memory TextFileStorage, and timers that move only when told.
 * Only tests import it.
 */
import type { BackupFileSystem } from './backups/backup-files';
import type { ReadableFile, WritableFile } from './file-io';
import type { TextFileStorage } from './text-file-storage';
import type { Timers } from './window';

/** An error shaped like Node's file system errors. */
export function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

/** An in-memory file system that records what happened and can be told to fail. */
export class MemoryFileSystem implements BackupFileSystem {
  readonly files = new Map<string, Uint8Array<ArrayBuffer>>();
  readonly directories = new Set<string>();
  readonly log: string[] = [];
  failWrite: string | undefined;
  failRename: string | undefined;
  /** Fails every flush of a file written in pieces with this code. */
  failSync: string | undefined;
  reportedSize: number | undefined;
  /** What freeBytes reports. */
  free = 10 * 1024 * 1024 * 1024;
  /** Files written durably (flushed before they resolved). */
  readonly flushed = new Set<string>();
  /** Files open for writing or reading in pieces (createNewFile, openToRead), until closed. */
  readonly openFiles = new Set<string>();

  async writeNewFileFlushed(filePath: string, content: Uint8Array): Promise<void> {
    await this.writeNewFile(filePath, content);
    this.flushed.add(filePath);
  }

  makeDirectory(dirPath: string): Promise<void> {
    this.directories.add(dirPath);
    return Promise.resolve();
  }

  listNames(dirPath: string): Promise<string[]> {
    if (!this.directories.has(dirPath)) return Promise.reject(fsError('ENOENT'));
    const prefix = `${dirPath}/`;
    const names = [...this.files.keys()]
      .filter((file) => file.startsWith(prefix) && !file.slice(prefix.length).includes('/'))
      .map((file) => file.slice(prefix.length));
    return Promise.resolve(names);
  }

  freeBytes(): Promise<number> {
    return Promise.resolve(this.free);
  }

  writeNewFile(filePath: string, content: string | Uint8Array): Promise<void> {
    this.log.push(`write ${filePath}`);
    if (this.files.has(filePath)) return Promise.reject(fsError('EEXIST'));
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content.slice();
    // A failed write may still leave a partial file behind, as a full disk does.
    this.files.set(filePath, bytes.slice(0, 1));
    if (this.failWrite !== undefined) return Promise.reject(fsError(this.failWrite));
    this.files.set(filePath, bytes);
    return Promise.resolve();
  }

  createNewFile(filePath: string): Promise<WritableFile> {
    this.log.push(`create ${filePath}`);
    if (this.files.has(filePath)) return Promise.reject(fsError('EEXIST'));
    this.files.set(filePath, new Uint8Array(0));
    this.openFiles.add(filePath);
    let written: Uint8Array<ArrayBuffer> = new Uint8Array(0);
    return Promise.resolve({
      write: (bytes) => {
        this.log.push(`append ${String(bytes.byteLength)} ${filePath}`);
        if (this.failWrite !== undefined) return Promise.reject(fsError(this.failWrite));
        const next = new Uint8Array(written.byteLength + bytes.byteLength);
        next.set(written);
        next.set(bytes, written.byteLength);
        written = next;
        this.files.set(filePath, written);
        return Promise.resolve();
      },
      sync: () => {
        this.log.push(`sync ${filePath}`);
        if (this.failSync !== undefined) return Promise.reject(fsError(this.failSync));
        this.flushed.add(filePath);
        return Promise.resolve();
      },
      close: () => {
        this.openFiles.delete(filePath);
        return Promise.resolve();
      },
    });
  }

  openToRead(filePath: string): Promise<ReadableFile> {
    const opened = this.files.get(filePath);
    if (opened === undefined) return Promise.reject(fsError('ENOENT'));
    this.openFiles.add(filePath);
    // As an open file on disk: still readable after a rename or delete, changed by a write.
    const current = () => this.files.get(filePath) ?? opened;
    return Promise.resolve({
      read: (position, length) => {
        this.log.push(`read ${String(length)} at ${String(position)} ${filePath}`);
        return Promise.resolve(current().slice(position, position + length));
      },
      size: () => Promise.resolve(current().byteLength),
      close: () => {
        this.openFiles.delete(filePath);
        return Promise.resolve();
      },
    });
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

  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>> {
    this.log.push(`read ${filePath}`);
    const data = this.files.get(filePath);
    return data === undefined ? Promise.reject(fsError('ENOENT')) : Promise.resolve(data);
  }

  text(filePath: string): string | undefined {
    const data = this.files.get(filePath);
    return data === undefined ? undefined : new TextDecoder().decode(data);
  }
}

/** A TextFileStorage in memory that records each write and warning. */
export function memoryTextFileStorage(text?: string): TextFileStorage & {
  text: string | undefined;
  readonly writes: string[];
  readonly warnings: string[];
} {
  const storage = {
    text,
    writes: [] as string[],
    warnings: [] as string[],
    read: () => Promise.resolve(storage.text),
    write: (next: string) => {
      storage.text = next;
      storage.writes.push(next);
      return Promise.resolve();
    },
    warn: (message: string) => {
      storage.warnings.push(message);
    },
  };
  return storage;
}

/** A clock that only moves when the test says so. */
export class FakeTimers implements Timers<number> {
  private now = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: number): void {
    this.pending.delete(handle);
  }

  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.now) break;
      this.pending.delete(id);
      timer.callback();
    }
  }

  get size(): number {
    return this.pending.size;
  }
}
