/**
 * Files for the command line: inputs are checked (exists, is a file, within the size limit)
 * before they are read; outputs are written to a temporary file in the target's folder, flushed
 * to disk, then renamed over the target, so that an interrupted or failed write never leaves a
 * half-written file, and an existing file is only replaced when the user says so (--force).
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CliError, systemReason } from './errors';

/** A file the user named: its path as typed (for messages) and resolved (for the system). */
export interface NamedFile {
  /** The path as the user typed it. */
  shown: string;
  /** The absolute path. */
  path: string;
}

/** A path the user typed, resolved against `cwd`. */
export function namedFile(typed: string, cwd: string): NamedFile {
  return { shown: typed, path: path.resolve(cwd, typed) };
}

/** An input file's size, checked to exist and to be a file; the file is not read yet. */
export async function inputSize(file: NamedFile): Promise<number> {
  let info;
  try {
    info = await stat(file.path);
  } catch (error) {
    throw new CliError(`${file.shown}: cannot open the file: ${systemReason(error)}.`);
  }
  if (info.isDirectory()) throw new CliError(`${file.shown} is a folder, not a file.`);
  return info.size;
}

const megabytes = (bytes: number): string =>
  `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

/** Reads a whole input file, refusing one over `maxBytes` before reading it. */
export async function readInput(file: NamedFile, maxBytes: number): Promise<Uint8Array> {
  const size = await inputSize(file);
  if (size > maxBytes) {
    throw new CliError(
      `${file.shown}: the file is ${megabytes(size)}; files up to ${megabytes(maxBytes)} can be read.`,
    );
  }
  try {
    return new Uint8Array(await readFile(file.path));
  } catch (error) {
    throw new CliError(`${file.shown}: cannot read the file: ${systemReason(error)}.`);
  }
}

/**
 * Fails early, before any work, when an output cannot be written: its folder is missing, it is a
 * folder, or it exists and `force` is not set.
 */
export async function checkOutput(file: NamedFile, force: boolean): Promise<void> {
  const folder = path.dirname(file.path);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new CliError(`${file.shown}: the folder ${path.dirname(file.shown)} does not exist.`);
  }
  let existing;
  try {
    existing = await lstat(file.path);
  } catch {
    return;
  }
  if (existing.isDirectory()) throw new CliError(`${file.shown} is a folder, not a file.`);
  if (!force) throw new CliError(`${file.shown} already exists; add --force to replace it.`);
}

/** The parts of a file's content, written in order: text as UTF-8, bytes as they are. */
export type FileParts = Iterable<string | Uint8Array>;

/** What {@link writeOutput} refuses: more bytes than `maxBytes`, said as `tooLarge` says it. */
export interface OutputLimit {
  maxBytes: number;
  tooLarge: string;
}

// Bytes gathered before a write: parts come in all sizes, down to one comma.
const WRITE_BYTES = 4 * 1024 * 1024;

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

// The parts as they come (a generator may make them as it goes): one that cannot be made fails
// with its own reason, not as a failed write.
function* madeParts(parts: FileParts, file: NamedFile): Generator<string | Uint8Array> {
  const iterator = parts[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<string | Uint8Array>;
    try {
      next = iterator.next();
    } catch (error) {
      throw new CliError(`${file.shown}: ${reasonOf(error)}`);
    }
    if (next.done === true) return;
    yield next.value;
  }
}

async function writeParts(
  handle: FileHandle,
  file: NamedFile,
  parts: FileParts,
  limit: OutputLimit | undefined,
): Promise<void> {
  let gathered: Uint8Array[] = [];
  let gatheredBytes = 0;
  let total = 0;
  const flush = async (): Promise<void> => {
    // writeFile writes all of it (writev may stop short); joining a few megabytes costs little.
    const [only] = gathered;
    if (only) await handle.writeFile(gathered.length === 1 ? only : Buffer.concat(gathered));
    gathered = [];
    gatheredBytes = 0;
  };
  for (const part of madeParts(parts, file)) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    total += bytes.length;
    if (limit && total > limit.maxBytes) throw new CliError(`${file.shown}: ${limit.tooLarge}`);
    gathered.push(bytes);
    gatheredBytes += bytes.length;
    if (gatheredBytes >= WRITE_BYTES) await flush();
  }
  await flush();
}

/**
 * Writes an output file atomically: all of it or, on any failure, nothing (the target is left
 * as it was and the temporary file removed). The parts are taken one at a time, so a generator
 * can make a file larger than memory.
 */
export async function writeOutput(
  file: NamedFile,
  parts: FileParts,
  force: boolean,
  limit?: OutputLimit,
): Promise<void> {
  await checkOutput(file, force);
  const folder = path.dirname(file.path);
  const temporary = path.join(
    folder,
    `.${path.basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await writeParts(handle, file, parts, limit);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw new CliError(`${file.shown}: cannot write the file: ${systemReason(error)}.`);
  }
}
