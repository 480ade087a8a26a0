/**
 * Files for the command line: inputs are checked (exists, is a file, within the size limit)
 * before they are read; outputs are written to a temporary file in the target's folder, flushed
 * to disk, then renamed over the target, so that an interrupted or failed write never leaves a
 * half-written file, and an existing file is only replaced when the user says so (--force).
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readFile, rename, stat, unlink } from 'node:fs/promises';
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
export type FileParts = readonly (string | Uint8Array)[];

/**
 * Writes an output file atomically: all of it or, on any failure, nothing (the target is left
 * as it was and the temporary file removed).
 */
export async function writeOutput(
  file: NamedFile,
  parts: FileParts,
  force: boolean,
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
      for (const part of parts) await handle.writeFile(part);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(`${file.shown}: cannot write the file: ${systemReason(error)}.`);
  }
}
