// Fuzzed XLSX import: the app's whole import path (the guarded zip reader, the sheet scan,
// read-excel-file, mapping, row checks, matching, the write through ImportRepo) on the app's own
// export mutated byte by byte (stored and deflated), on sheets generated cell by cell with
// formulas, bad references and hostile text, and on a hand-written hostile corpus.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetsToXlsx } from '../../shared/files/export/xlsx-write';
import { workbookSheets } from '../../shared/files/export/tables';
import { ImportHarness, type ImportChoices } from './import-harness';
import { XLSX_CORPUS } from './hostile-corpus';
import {
  FuzzStats,
  expectPrototypesClean,
  fuzzRuns,
  fuzzSeed,
  prototypeFingerprint,
  testTimeout,
} from './fuzz-kit';
import { applyByteMutations, byteMutation, hostileString, type ByteMutation } from './mutations';
import { SEED_SNAPSHOT } from './seed-workbook';
import {
  generatedTable,
  hostileXlsxCell,
  sheetXml,
  tableToXlsx,
  xlsxParts,
  zipParts,
  type GeneratedTable,
  type XlsxCell,
} from './tabular-inputs';

const RUNS = fuzzRuns(150);
const stats = new FuzzStats('XLSX import');
const harness = new ImportHarness(stats);
let prototypes: string[] = [];
// The app's own export of the seeded partners, deflated as written and re-packed stored, so that
// byte mutations hit both the compressed streams and the XML itself.
const exported: Uint8Array[] = [];

const choices: fc.Arbitrary<ImportChoices> = fc.record({
  onMatch: fc.constantFrom('update', 'update', 'skip', 'create'),
  skipRowsWithProblems: fc.boolean(),
});

type XlsxInput =
  | { from: 'export'; stored: boolean; mutations: ByteMutation[] }
  | { from: 'table'; table: GeneratedTable; mutations: ByteMutation[] }
  | {
      from: 'cells';
      rows: XlsxCell[][];
      sheetName: string;
      stored: boolean;
      mutations: ByteMutation[];
    };

const xlsxInput: fc.Arbitrary<XlsxInput> = fc.oneof(
  fc.record({
    from: fc.constant('export'),
    stored: fc.boolean(),
    mutations: fc.array(byteMutation, { maxLength: 3 }),
  }),
  fc.record({
    from: fc.constant('table'),
    table: generatedTable,
    mutations: fc.array(byteMutation, { maxLength: 1 }),
  }),
  fc.record({
    from: fc.constant('cells'),
    rows: fc.array(fc.array(hostileXlsxCell, { maxLength: 6 }), { maxLength: 8 }),
    sheetName: hostileString.map((name) => name.slice(0, 60)),
    stored: fc.boolean(),
    mutations: fc.array(byteMutation, { maxLength: 2 }),
  }),
);

const headerRow: XlsxCell[] = ['Name', 'Website', 'Tags', 'Notes'].map((text) => ({
  kind: 'text',
  text,
}));

function bytesOf(input: XlsxInput): Uint8Array {
  switch (input.from) {
    case 'export':
      return applyByteMutations(
        exported[input.stored ? 1 : 0] ?? new Uint8Array(),
        input.mutations,
      );
    case 'table':
      return applyByteMutations(tableToXlsx(input.table), input.mutations);
    case 'cells': {
      const parts = xlsxParts(sheetXml([headerRow, ...input.rows]), { sheetName: input.sheetName });
      return applyByteMutations(zipParts(parts, input.stored ? 0 : 6), input.mutations);
    }
  }
}

beforeAll(async () => {
  prototypes = prototypeFingerprint();
  const [partners] = workbookSheets(SEED_SNAPSHOT.tables);
  if (!partners) throw new Error('the export has no partners sheet');
  const deflated = await sheetsToXlsx([partners]);
  exported.push(deflated, zipParts(unzipSync(deflated), 0));
});

afterAll(async () => {
  await harness.close();
  console.info(stats.summary());
});

describe('XLSX import under fuzzing', () => {
  it(
    'reads or refuses every hand-written hostile workbook, writing nothing on a refusal',
    async () => {
      const choice: ImportChoices = { onMatch: 'update', skipRowsWithProblems: false };
      for (const { name, bytes, fileName } of XLSX_CORPUS) {
        await harness.importFile(bytes(), fileName, choice, name);
      }
    },
    testTimeout(XLSX_CORPUS.length, 2_000),
  );

  it(
    `imports or refuses ${RUNS} generated and mutated workbooks in words, writing nothing on a refusal`,
    async () => {
      await fc.assert(
        fc.asyncProperty(xlsxInput, choices, async (input, choice) => {
          const label = JSON.stringify(input).slice(0, 300);
          await harness.importFile(bytesOf(input), 'fuzz.xlsx', choice, label);
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
