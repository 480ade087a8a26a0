// Fuzzed zip archives for the guarded zip reader (shared/files/zip), which every XLSX import goes
// through: generated archives with hostile entry names (`../`, absolute, drive letters,
// `__proto__`) and highly compressible entries, their directory fields forged (sizes, counts,
// offsets, flags, methods) and their bytes mutated, read under the app's limits and under tight
// ones. Each archive must be read within its limits or refused with a ZipRefusedError in words.
import fc from 'fast-check';
import { zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ZIP_LIMITS,
  inflateZipEntry,
  readZipDirectory,
  ZipRefusedError,
  type ZipLimits,
} from '../../shared/files/zip/safe-unzip';
import {
  FuzzStats,
  expectPrototypesClean,
  expectUserMessage,
  fuzzRuns,
  fuzzSeed,
  prototypeFingerprint,
  testTimeout,
} from './fuzz-kit';
import { ZIP_CORPUS } from './hostile-corpus';
import { applyByteMutations, byteMutation, type ByteMutation } from './mutations';

const RUNS = fuzzRuns(200);
const stats = new FuzzStats('zip reader');
let prototypes: string[] = [];

const TIGHT_LIMITS: ZipLimits = {
  maxEntries: 8,
  maxTotalBytes: 256 * 1024,
  maxRatio: 10,
  ratioGraceBytes: 1024,
};

// fflate files entries in a plain object, where `__proto__` would not be a name: the archive is
// made with this stand-in of the same length, then the name is patched in its bytes.
const PROTO_STAND_IN = '__proto_X';

const entryName = fc.oneof(
  fc.constantFrom(
    'xl/workbook.xml',
    '../../evil.txt',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    PROTO_STAND_IN,
    'constructor',
    'a/../../b',
    'dir/',
    'é/ü/名前.xml',
    '',
  ),
  fc.string({ maxLength: 30 }),
);

/** An entry's content: some bytes, or a run of one byte (which deflates a thousand to one). */
type ContentSpec = { bytes: number[] } | { run: number; length: number };

const entryContent: fc.Arbitrary<ContentSpec> = fc.oneof(
  fc.record({ bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }) }),
  fc.record({
    run: fc.integer({ min: 0, max: 255 }),
    length: fc.integer({ min: 0, max: 2_000_000 }),
  }),
);

const contentOf = (spec: ContentSpec): Uint8Array =>
  'bytes' in spec ? Uint8Array.from(spec.bytes) : new Uint8Array(spec.length).fill(spec.run);

// Every occurrence of the stand-in name in the archive's bytes, renamed `__proto__`.
function patchProtoNames(bytes: Uint8Array): Uint8Array {
  const from = new TextEncoder().encode(PROTO_STAND_IN);
  const to = new TextEncoder().encode('__proto__');
  for (let at = 0; at + from.length <= bytes.length; at += 1) {
    if (from.every((byte, i) => bytes[at + i] === byte)) bytes.set(to, at);
  }
  return bytes;
}

/** A forged field of the end-of-directory record or of the n-th central directory record. */
interface DirectoryForgery {
  record: number;
  field: 'count' | 'offset' | 'flags' | 'method' | 'compressed' | 'size' | 'nameLength' | 'local';
  value: number;
}

const FIELDS: Record<DirectoryForgery['field'], { offset: number; width: 2 | 4; end?: true }> = {
  count: { offset: 10, width: 2, end: true },
  offset: { offset: 16, width: 4, end: true },
  flags: { offset: 8, width: 2 },
  method: { offset: 10, width: 2 },
  compressed: { offset: 20, width: 4 },
  size: { offset: 24, width: 4 },
  nameLength: { offset: 28, width: 2 },
  local: { offset: 42, width: 4 },
};

const forgery: fc.Arbitrary<DirectoryForgery> = fc.record({
  record: fc.nat({ max: 8 }),
  field: fc.constantFrom(...(Object.keys(FIELDS) as DirectoryForgery['field'][])),
  value: fc.oneof(
    fc.constantFrom(0, 1, 8, 12, 0xffff, 0xffffffff, 0x7fffffff),
    fc.nat({ max: 0xffffffff }),
  ),
});

function forge(bytes: Uint8Array, forged: DirectoryForgery): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  let end = -1;
  for (let at = copy.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return copy;
  const { offset, width, end: inEnd } = FIELDS[forged.field];
  let at = end;
  if (!inEnd) {
    at = view.getUint32(end + 16, true);
    for (let n = 0; n < forged.record && at + 46 <= copy.length; n += 1) {
      at +=
        46 +
        view.getUint16(at + 28, true) +
        view.getUint16(at + 30, true) +
        view.getUint16(at + 32, true);
    }
    if (at + 46 > copy.length) return copy;
  }
  if (width === 2) view.setUint16(at + offset, forged.value & 0xffff, true);
  else view.setUint32(at + offset, forged.value >>> 0, true);
  return copy;
}

interface ZipInput {
  entries: [string, ContentSpec][];
  level: 0 | 6;
  forgeries: DirectoryForgery[];
  mutations: ByteMutation[];
  tight: boolean;
}

const zipInput: fc.Arbitrary<ZipInput> = fc.record({
  entries: fc.uniqueArray(fc.tuple(entryName, entryContent), {
    maxLength: 6,
    selector: ([name]) => name,
  }),
  level: fc.constantFrom<0 | 6>(0, 6),
  forgeries: fc.array(forgery, { maxLength: 2 }),
  mutations: fc.array(byteMutation, { maxLength: 2 }),
  tight: fc.boolean(),
});

function bytesOf(input: ZipInput): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of input.entries) files[name] = contentOf(content);
  const zipped = patchProtoNames(zipSync(files, { level: input.level }));
  return applyByteMutations(input.forgeries.reduce(forge, zipped), input.mutations);
}

/** Reads every entry of an archive under `limits`; checks the outcome. */
function readArchive(bytes: Uint8Array, limits: ZipLimits, label: string): void {
  const start = performance.now();
  let outcome: 'accepted' | 'refused' = 'accepted';
  try {
    const entries = readZipDirectory(bytes, limits);
    expect(entries.length).toBeLessThanOrEqual(limits.maxEntries);
    const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
    expect(declared).toBeLessThanOrEqual(limits.maxTotalBytes);
    for (const entry of entries) {
      try {
        const data = inflateZipEntry(bytes, entry);
        expect(data.length, label).toBe(entry.size);
      } catch (error) {
        if (!(error instanceof ZipRefusedError)) throw error;
        expectUserMessage(error.message, label);
        outcome = 'refused';
      }
    }
  } catch (error) {
    if (!(error instanceof ZipRefusedError)) throw error;
    expectUserMessage(error.message, label);
    outcome = 'refused';
  }
  stats.record(outcome, start, label);
}

beforeAll(() => {
  prototypes = prototypeFingerprint();
});

afterAll(() => {
  console.info(stats.summary());
});

describe('the zip reader under fuzzing', () => {
  it(
    'reads or refuses every hand-written hostile archive',
    () => {
      for (const { name, bytes } of ZIP_CORPUS) {
        const archive = bytes();
        readArchive(archive, DEFAULT_ZIP_LIMITS, name);
        readArchive(archive, TIGHT_LIMITS, `${name} (tight limits)`);
      }
    },
    testTimeout(ZIP_CORPUS.length, 2_000),
  );

  it(
    `reads or refuses ${RUNS} generated and forged archives within the limits`,
    () => {
      fc.assert(
        fc.property(zipInput, (input) => {
          const label = JSON.stringify(input);
          readArchive(
            bytesOf(input),
            input.tight ? TIGHT_LIMITS : DEFAULT_ZIP_LIMITS,
            label.slice(0, 300),
          );
        }),
        { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
      );
      stats.expectWithinLimits();
      expect(stats.accepted).toBeGreaterThan(0);
      expect(stats.refused).toBeGreaterThan(0);
    },
    testTimeout(RUNS, 20),
  );

  it('leaves every prototype as it was', () => {
    expectPrototypesClean(prototypes);
  });
});
