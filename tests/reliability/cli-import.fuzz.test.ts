// Fuzzed command line: `partner-workbook import` run in process (as tests/unit/cli does) on
// generated and mutated CSV and XLSX files into a workbook file, and on mutated workbook files
// given as --into (and to `validate`). Every run must end with exit code 0, 1 or 3 and one line
// in words on stderr; a failed run (1) must leave no output file, no temporary file and the
// --into file as it was; a written file must open in the app again.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { decodePartnerbookBytes } from '../../shared/files/partnerbook/decode-bytes';
import {
  FuzzStats,
  expectPrototypesClean,
  expectUserMessage,
  fuzzRuns,
  fuzzSeed,
  prototypeFingerprint,
  testTimeout,
} from './fuzz-kit';
import { CSV_CORPUS, PARTNERBOOK_CORPUS, VALID_PARTNERBOOK, XLSX_CORPUS } from './hostile-corpus';
import { jsonMutation, mutateJson, type JsonMutation } from './json-mutations';
import {
  applyByteMutations,
  byteMutation,
  encodeText,
  textEncoding,
  utf8,
  type ByteMutation,
  type TextEncoding,
} from './mutations';
import {
  BASE_CSV_TEXTS,
  csvStyle,
  generatedTable,
  tableToXlsx,
  toCsvText,
  type GeneratedTable,
} from './tabular-inputs';

const RUNS = fuzzRuns(150);
const stats = new FuzzStats('command line import');
let dir = '';
let prototypes: string[] = [];
const GOOD_CSV = BASE_CSV_TEXTS[2] ?? '';

type OnMatch = 'update' | 'skip' | 'create';

type CliInput =
  | {
      kind: 'csv';
      text: string;
      encoding: TextEncoding;
      mutations: ByteMutation[];
      onMatch: OnMatch;
    }
  | { kind: 'xlsx'; table: GeneratedTable; mutations: ByteMutation[]; onMatch: OnMatch }
  | { kind: 'into'; json: JsonMutation[]; mutations: ByteMutation[]; onMatch: OnMatch };

const onMatch = fc.constantFrom<OnMatch>('update', 'skip', 'create');

const cliInput: fc.Arbitrary<CliInput> = fc.oneof(
  fc.record({
    kind: fc.constant('csv'),
    text: fc.oneof(
      fc.constantFrom(...BASE_CSV_TEXTS),
      fc.tuple(generatedTable, csvStyle).map(([table, style]) => toCsvText(table, style)),
    ),
    encoding: textEncoding,
    mutations: fc.array(byteMutation, { maxLength: 2 }),
    onMatch,
  }),
  fc.record({
    kind: fc.constant('xlsx'),
    table: generatedTable,
    mutations: fc.array(byteMutation, { maxLength: 1 }),
    onMatch,
  }),
  fc.record({
    kind: fc.constant('into'),
    json: fc.array(jsonMutation, { maxLength: 2 }),
    mutations: fc.array(byteMutation, { maxLength: 1 }),
    onMatch,
  }),
);

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  let next = 0;
  const code = await main(argv, {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    cwd: dir,
    version: '9.8.7',
    now: () => new Date('2026-11-01T09:00:00.000Z'),
    newId: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`,
  });
  return { code, stderr };
}

function expectOneLineInWords(stderr: string, label: string): void {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines.length, `stderr of ${label}: ${stderr.slice(0, 500)}`).toBeLessThanOrEqual(1);
  for (const line of lines) {
    expectUserMessage(line, label);
    expect(line, label).not.toContain('unexpected error');
  }
}

/** Runs one import (and a validate of a workbook file given as --into) and checks the outcome. */
async function runImport(
  file: { name: string; bytes: Uint8Array },
  into: { name: string; bytes: Uint8Array },
  choice: OnMatch,
  label: string,
): Promise<void> {
  await writeFile(path.join(dir, file.name), file.bytes);
  await writeFile(path.join(dir, into.name), into.bytes);
  const before = sha(into.bytes);
  const start = performance.now();
  const args = ['import', file.name, '--into', into.name, '--out', 'out.partnerbook'];
  const result = await cli(...args, '--on-match', choice);
  const validate = into.name === 'base.partnerbook' ? undefined : await cli('validate', into.name);
  stats.record(result.code === 1 ? 'refused' : 'accepted', start, label);
  expect([0, 1, 3], `exit code of ${label}: ${result.stderr}`).toContain(result.code);
  expectOneLineInWords(result.stderr, label);
  if (validate) {
    expect([0, 1], `validate exit code of ${label}`).toContain(validate.code);
    for (const line of validate.stderr.split('\n').filter((l) => l !== '')) {
      expectUserMessage(line, label);
      expect(line, label).not.toContain('unexpected error');
    }
  }
  const files = (await readdir(dir)).sort();
  const expected = [file.name, into.name, ...(result.code === 1 ? [] : ['out.partnerbook'])];
  expect(files, `files left by ${label}`).toEqual([...new Set(expected)].sort());
  if (sha(new Uint8Array(await readFile(path.join(dir, into.name)))) !== before) {
    stats.partialWrites += 1;
  }
  if (result.code !== 1) {
    const written = new Uint8Array(await readFile(path.join(dir, 'out.partnerbook')));
    const reopened = decodePartnerbookBytes(written, 'out.partnerbook');
    expect(reopened.ok, `the file written for ${label} opens again`).toBe(true);
  }
  for (const name of files) await rm(path.join(dir, name));
}

const base = (): { name: string; bytes: Uint8Array } => ({
  name: 'base.partnerbook',
  bytes: utf8(VALID_PARTNERBOOK),
});

function filesOf(
  input: CliInput,
): [{ name: string; bytes: Uint8Array }, { name: string; bytes: Uint8Array }] {
  switch (input.kind) {
    case 'csv':
      return [
        {
          name: 'input.csv',
          bytes: applyByteMutations(encodeText(input.text, input.encoding), input.mutations),
        },
        base(),
      ];
    case 'xlsx':
      return [
        {
          name: 'input.xlsx',
          bytes: applyByteMutations(tableToXlsx(input.table), input.mutations),
        },
        base(),
      ];
    case 'into': {
      const text = mutateJson(JSON.parse(VALID_PARTNERBOOK) as Record<string, unknown>, input.json);
      return [
        { name: 'input.csv', bytes: utf8(GOOD_CSV) },
        { name: 'into.partnerbook', bytes: applyByteMutations(utf8(text), input.mutations) },
      ];
    }
  }
}

beforeAll(async () => {
  prototypes = prototypeFingerprint();
  dir = await mkdtemp(path.join(tmpdir(), 'partner-workbook-fuzz-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  console.info(stats.summary());
});

describe('the command line import under fuzzing', () => {
  it(
    'imports or refuses every hand-written hostile file in one line, leaving no partial file',
    async () => {
      for (const { name, bytes, fileName } of [...CSV_CORPUS, ...XLSX_CORPUS]) {
        const ext = fileName.endsWith('.xlsx') ? 'xlsx' : 'csv';
        await runImport({ name: `input.${ext}`, bytes: bytes() }, base(), 'update', name);
      }
      for (const { name, bytes } of PARTNERBOOK_CORPUS) {
        const into = { name: 'into.partnerbook', bytes: bytes() };
        await runImport({ name: 'input.csv', bytes: utf8(GOOD_CSV) }, into, 'update', name);
      }
    },
    testTimeout(CSV_CORPUS.length + XLSX_CORPUS.length + PARTNERBOOK_CORPUS.length, 2_000),
  );

  it(
    `imports or refuses ${RUNS} generated and mutated files in one line, leaving no partial file`,
    async () => {
      await fc.assert(
        fc.asyncProperty(cliInput, async (input) => {
          const [file, into] = filesOf(input);
          await runImport(file, into, input.onMatch, JSON.stringify(input).slice(0, 300));
        }),
        { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
      );
      stats.expectWithinLimits();
      expect(stats.accepted).toBeGreaterThan(0);
      expect(stats.refused).toBeGreaterThan(0);
    },
    testTimeout(RUNS, 100),
  );

  it('leaves every prototype as it was', () => {
    expectPrototypesClean(prototypes);
  });
});
