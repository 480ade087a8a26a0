// Fuzzed CSV import: the app's whole import path (encoding and delimiter detection, parsing,
// mapping, row checks, matching, the write through ImportRepo) on valid partner lists mutated
// byte by byte, on generated tables of hostile cells, and on a hand-written hostile corpus.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportHarness, type ImportChoices } from './import-harness';
import { CSV_CORPUS } from './hostile-corpus';
import {
  FuzzStats,
  expectPrototypesClean,
  fuzzRuns,
  fuzzSeed,
  prototypeFingerprint,
  testTimeout,
} from './fuzz-kit';
import {
  applyByteMutations,
  byteMutation,
  encodeText,
  textEncoding,
  type ByteMutation,
  type TextEncoding,
} from './mutations';
import { BASE_CSV_TEXTS, csvStyle, generatedTable, toCsvText } from './tabular-inputs';

const RUNS = fuzzRuns(150);
const stats = new FuzzStats('CSV import');
const harness = new ImportHarness(stats);
let prototypes: string[] = [];

const choices: fc.Arbitrary<ImportChoices> = fc.record({
  onMatch: fc.constantFrom('update', 'update', 'skip', 'create'),
  skipRowsWithProblems: fc.boolean(),
});

type CsvInput =
  | { from: 'base'; base: number; encoding: TextEncoding; mutations: ByteMutation[] }
  | { from: 'table'; text: string; encoding: TextEncoding; mutations: ByteMutation[] };

const csvInput: fc.Arbitrary<CsvInput> = fc.oneof(
  fc.record({
    from: fc.constant('base'),
    base: fc.nat({ max: BASE_CSV_TEXTS.length - 1 }),
    encoding: textEncoding,
    mutations: fc.array(byteMutation, { maxLength: 4 }),
  }),
  fc.record({
    from: fc.constant('table'),
    text: fc.tuple(generatedTable, csvStyle).map(([table, style]) => toCsvText(table, style)),
    encoding: textEncoding,
    mutations: fc.array(byteMutation, { maxLength: 1 }),
  }),
);

function bytesOf(input: CsvInput): Uint8Array {
  const text = input.from === 'base' ? (BASE_CSV_TEXTS[input.base] ?? '') : input.text;
  return applyByteMutations(encodeText(text, input.encoding), input.mutations);
}

beforeAll(() => {
  prototypes = prototypeFingerprint();
});

afterAll(async () => {
  await harness.close();
  console.info(stats.summary());
});

describe('CSV import under fuzzing', () => {
  it(
    'reads or refuses every hand-written hostile file, writing nothing on a refusal',
    async () => {
      for (const { name, bytes, fileName } of CSV_CORPUS) {
        await harness.importFile(
          bytes(),
          fileName,
          { onMatch: 'update', skipRowsWithProblems: false },
          name,
        );
      }
    },
    testTimeout(CSV_CORPUS.length, 1_000),
  );

  it(
    `imports or refuses ${RUNS} generated and mutated files in words, writing nothing on a refusal`,
    async () => {
      await fc.assert(
        fc.asyncProperty(csvInput, choices, async (input, choice) => {
          await harness.importFile(
            bytesOf(input),
            'fuzz.csv',
            choice,
            JSON.stringify(input).slice(0, 300),
          );
        }),
        { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
      );
      stats.expectWithinLimits();
      expect(stats.accepted).toBeGreaterThan(0);
      expect(stats.refused).toBeGreaterThan(0);
    },
    testTimeout(RUNS),
  );

  it('leaves every prototype as it was', () => {
    expectPrototypesClean(prototypes);
  });
});
