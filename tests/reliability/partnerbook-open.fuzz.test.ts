// Fuzzed `.partnerbook` files: the decoder (size, UTF-8, JSON, forbidden keys, format and
// version, upgrades, every record, the checks across records) and the app's open path, which
// writes a decoded file into a new workbook database (fake-indexeddb), on valid files mutated
// in their JSON and their bytes and on a hand-written hostile corpus. A refused file must leave
// no database behind and the open workbook as it was.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePartnerbookBytes } from '../../shared/files/partnerbook/decode-bytes';
import { fixtureText } from '../../shared/files/partnerbook/decode-fixture';
import { WorkbookDatabase } from '../../renderer/src/db/database';
import { writeSnapshotToNewDatabase } from '../../renderer/src/db/repos/snapshot-repo';
import { runPartnerbookJob } from '../../renderer/src/workers/partnerbook-jobs';
import type { PartnerbookResponse } from '../../renderer/src/workers/partnerbook-messages';
import { contentHash } from './content-hash';
import {
  FuzzStats,
  expectPrototypesClean,
  expectUserMessage,
  fuzzRuns,
  fuzzSeed,
  prototypeFingerprint,
  testTimeout,
} from './fuzz-kit';
import { PARTNERBOOK_CORPUS, VALID_PARTNERBOOK } from './hostile-corpus';
import { jsonMutation, mutateJson, type JsonMutation } from './json-mutations';
import {
  applyByteMutations,
  byteMutation,
  encodeText,
  textEncoding,
  type ByteMutation,
  type TextEncoding,
} from './mutations';
import { SEED_SNAPSHOT } from './seed-workbook';

const RUNS = fuzzRuns(200);
const stats = new FuzzStats('.partnerbook open');
const BASES: readonly string[] = [VALID_PARTNERBOOK, fixtureText()];
let prototypes: string[] = [];
// The workbook open in the app while another file is opened: it must never change.
let current: WorkbookDatabase;
let currentHash = '';

interface PartnerbookInput {
  base: number;
  json: JsonMutation[];
  encoding: TextEncoding;
  bytes: ByteMutation[];
}

const partnerbookInput: fc.Arbitrary<PartnerbookInput> = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  json: fc.array(jsonMutation, { maxLength: 3 }),
  encoding: fc.oneof({ weight: 6, arbitrary: fc.constant('utf-8' as const) }, textEncoding),
  bytes: fc.oneof(
    { weight: 3, arbitrary: fc.constant<ByteMutation[]>([]) },
    fc.array(byteMutation, { minLength: 1, maxLength: 3 }),
  ),
});

function bytesOf(input: PartnerbookInput): Uint8Array {
  const base = BASES[input.base] ?? VALID_PARTNERBOOK;
  const text =
    input.json.length === 0
      ? base
      : mutateJson(JSON.parse(base) as Record<string, unknown>, input.json);
  return applyByteMutations(encodeText(text, input.encoding), input.bytes);
}

let opened = 0;

/** Decodes and opens one file; checks the outcome and that a refusal wrote nothing. */
async function openFile(bytes: Uint8Array, label: string): Promise<void> {
  const fileName = 'fuzz.partnerbook';
  const start = performance.now();
  const decoded = decodePartnerbookBytes(bytes, fileName);
  if (!decoded.ok) {
    expect(decoded.problems.length, label).toBeGreaterThan(0);
    for (const problem of decoded.problems) expectUserMessage(problem.message, label);
  }
  const dbName = `fuzz-open-${crypto.randomUUID()}`;
  const responses: PartnerbookResponse[] = [];
  const source = new Blob([bytes.slice()]);
  await runPartnerbookJob({ type: 'open', source, fileName, dbName }, (response) => {
    responses.push(response);
  });
  const final = responses.filter((response) => response.type !== 'progress').at(-1);
  stats.record(final?.type === 'opened' ? 'accepted' : 'refused', start, label);
  if (final?.type === 'failed') expectUserMessage(final.message, label);
  expect(final?.type, `the open of ${label}`).toBe(decoded.ok ? 'opened' : 'refused');
  if (final?.type === 'opened') {
    opened += 1;
    await Dexie.delete(dbName);
    return;
  }
  if (final?.type === 'refused') {
    for (const problem of final.problems) expectUserMessage(problem.message, label);
  }
  if (await Dexie.exists(dbName)) stats.partialWrites += 1;
  // The open workbook is hashed every 20 refusals (each hash reads every table).
  if (stats.refused % 20 === 0 && (await contentHash(current)) !== currentHash) {
    stats.partialWrites += 1;
  }
}

beforeAll(async () => {
  prototypes = prototypeFingerprint();
  const name = `fuzz-current-${crypto.randomUUID()}`;
  await writeSnapshotToNewDatabase(SEED_SNAPSHOT, name);
  current = new WorkbookDatabase(name);
  await current.open();
  currentHash = await contentHash(current);
});

afterAll(async () => {
  current.close();
  await Dexie.delete(current.name);
  console.info(stats.summary());
});

describe('.partnerbook files under fuzzing', () => {
  it(
    'opens or refuses every hand-written hostile file, leaving nothing behind',
    async () => {
      for (const { name, bytes } of PARTNERBOOK_CORPUS) await openFile(bytes(), name);
      expect(await contentHash(current)).toBe(currentHash);
    },
    testTimeout(PARTNERBOOK_CORPUS.length, 2_000),
  );

  it(
    `opens or refuses ${RUNS} mutated files in words, leaving nothing behind`,
    async () => {
      await fc.assert(
        fc.asyncProperty(partnerbookInput, async (input) => {
          await openFile(bytesOf(input), JSON.stringify(input).slice(0, 300));
        }),
        { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
      );
      expect(await contentHash(current)).toBe(currentHash);
      stats.expectWithinLimits();
      expect(opened).toBeGreaterThan(0);
      expect(stats.refused).toBeGreaterThan(0);
    },
    testTimeout(RUNS, 100),
  );

  it('leaves every prototype as it was', () => {
    expectPrototypesClean(prototypes);
  });
});
