/**
 * Runs the command line in process for tests: each test gets its own temporary folder as the
 * working directory, a fixed clock and predictable ids, and the output captured.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CliContext } from '../../../electron/cli/command';
import { main } from '../../../electron/cli/main';

/** The moment every test run happens at. */
export const NOW = new Date('2026-11-01T09:00:00.000Z');

/** What one run printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A temporary working folder, made before and removed after each test of the calling file. */
export function useTempDir(): { readonly dir: string } {
  const state = { dir: '' };
  beforeEach(async () => {
    state.dir = await mkdtemp(path.join(tmpdir(), 'partner-workbook-cli-'));
  });
  afterEach(async () => {
    await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}

/** Runs `partner-workbook <argv…>` in `cwd`; ids are 00000000-0000-4000-8000-000000000001 and up. */
export function run(cwd: string, ...argv: string[]): Promise<CliRun> {
  return runWith({}, cwd, ...argv);
}

/** {@link run} with parts of the context replaced, such as the sizes workbook files are read with. */
export async function runWith(
  overrides: Partial<CliContext>,
  cwd: string,
  ...argv: string[]
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let next = 0;
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    version: '9.8.7',
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`,
    ...overrides,
  });
  return { code, stdout, stderr };
}

/** Writes a file into the folder. */
export function put(dir: string, name: string, content: string | Uint8Array): Promise<void> {
  return writeFile(path.join(dir, name), content);
}

/** Reads a file of the folder as text. */
export function text(dir: string, name: string): Promise<string> {
  return readFile(path.join(dir, name), 'utf8');
}

/** Reads a workbook file of the folder as JSON. */
export async function workbookJson(dir: string, name: string): Promise<WorkbookJson> {
  return JSON.parse(await text(dir, name)) as WorkbookJson;
}

/** The parts of a workbook file the tests look at. */
export interface WorkbookJson {
  formatVersion: number;
  exportedAt: string;
  app?: { name: string; version: string };
  workbook: { id: string; name: string };
  tables: Record<string, Record<string, unknown>[]>;
}

/** Expects exactly one line on stderr, without a stack trace, and returns it. */
export function oneErrorLine(result: CliRun): string {
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) throw new Error(`Expected one line on stderr, got:\n${result.stderr}`);
  const [line = ''] = lines;
  if (/\n\s+at |Error:|\.ts:\d+/.test(result.stderr)) throw new Error(`A stack trace: ${line}`);
  return line;
}
