// validate and info on files read as a stream (those over the size read whole, lowered here to
// stream small files) say what they say of the same files read whole; export, merge and
// import --into refuse a file too large to read whole, naming the commands that read it.
import { existsSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_IDS,
  fixtureJson,
  fixtureText,
  type LooseFile,
} from '../../../shared/files/partnerbook/decode-fixture';
import {
  MAX_PARTNERBOOK_BYTES,
  MAX_PARTNERBOOK_CHARS,
  PARTNERBOOK_VERSION,
} from '../../../shared/files/partnerbook/format';
import { WORKBOOK_READING } from '../../../electron/cli/workbook-file';
import { oneErrorLine, put, run, runWith, useTempDir, type CliRun } from './cli-kit';

const tmp = useTempDir();

const MIB = 1024 * 1024;

// Every file over 0 bytes is streamed, `chunkBytes` at a time.
const streamed = (chunkBytes: number) => ({ workbookReading: { wholeBytes: 0, chunkBytes } });

function changed(change: (file: LooseFile) => void): string {
  const file = fixtureJson();
  change(file);
  return JSON.stringify(file);
}

// Names of two, three and four bytes in UTF-8, so that small chunks cut characters apart.
const MANY_BYTES = changed((file) => {
  (file.workbook as Record<string, unknown>).name = 'Nordics – Øresund 北欧 🚀';
  const [partner] = file.tables.partners;
  if (partner) partner.name = 'Ålesund Data 🛰️';
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function withByte(text: string, byte: number): Uint8Array {
  const encoded = bytes(text);
  const middle = Math.floor(encoded.length / 2);
  return new Uint8Array([...encoded.subarray(0, middle), byte, ...encoded.subarray(middle)]);
}

// The file cut inside a character of several bytes.
function cutInCharacter(text: string): Uint8Array {
  const encoded = bytes(text);
  const at = encoded.findIndex((byte) => byte >= 0xc0);
  return encoded.subarray(0, at + 1);
}

const partnerId = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const VARIANTS: [string, string | Uint8Array][] = [
  ['the valid fixture', fixtureText()],
  ['characters of several bytes', MANY_BYTES],
  [
    'bad records',
    changed((file) => {
      const [partner] = file.tables.partners;
      const [contact] = file.tables.contacts;
      if (partner) partner.stage = 'thriving';
      if (contact) contact.email = 'not an address';
    }),
  ],
  [
    'a duplicate id',
    changed((file) => {
      const [, other] = file.tables.partners;
      if (other) other.id = FIXTURE_IDS.partner;
    }),
  ],
  [
    'a reference to no record',
    changed((file) => {
      const [contact] = file.tables.contacts;
      if (contact) contact.partnerId = partnerId(99);
    }),
  ],
  [
    'more problems than are listed',
    changed((file) => {
      const [partner] = file.tables.partners;
      if (!partner) return;
      const many = Array.from({ length: 60 }, (_, index) => ({
        ...partner,
        id: partnerId(100 + index),
        stage: 'thriving',
      }));
      file.tables.partners.push(...many);
    }),
  ],
  ['a file cut inside a character', cutInCharacter(MANY_BYTES)],
  ['a byte that is not UTF-8 in the middle', withByte(fixtureText(), 0xff)],
];

const VALID = new Set<string | Uint8Array>([fixtureText(), MANY_BYTES]);

// Files that are not whole JSON: the streamed decoder finds the same place (its scanner says
// why in its own words), and the same outcome.
const SYNTAX_VARIANTS: [string, string, RegExp][] = [
  [
    'a file cut in its head',
    fixtureText().slice(0, 200),
    /^emea\.partnerbook: the file ends too early, at line 1, column 201 \(.+\): it looks cut off/,
  ],
  [
    'a file cut in its tables',
    fixtureText().slice(0, -300),
    /^emea\.partnerbook: the file ends too early, at line \d+, column \d+ \(.+\): it looks cut off/,
  ],
  [
    'a file that is not JSON',
    'partners: 2',
    /^emea\.partnerbook: the file is not (valid JSON at |a workbook file: it is not JSON \()line 1, column 1/,
  ],
];

const position = (text: string): string | undefined => /line \d+, column \d+/.exec(text)?.[0];

const COMMANDS = [['validate'], ['info', '--json'], ['info']];

async function bothWays(
  name: string,
  content: string | Uint8Array,
  argv: string[],
  chunkBytes: number,
): Promise<{ whole: CliRun; stream: CliRun }> {
  await put(tmp.dir, name, content);
  const whole = await run(tmp.dir, ...argv, name);
  const stream = await runWith(streamed(chunkBytes), tmp.dir, ...argv, name);
  return { whole, stream };
}

describe('validate and info on a streamed file', () => {
  it.each(VARIANTS)('say of %s what they say of it read whole', async (_, content) => {
    for (const argv of COMMANDS) {
      for (const chunkBytes of [64, WORKBOOK_READING.chunkBytes]) {
        const { whole, stream } = await bothWays('emea.partnerbook', content, argv, chunkBytes);
        expect(whole.code).toBe(VALID.has(content) ? 0 : 1);
        expect(stream, `${argv.join(' ')}, ${chunkBytes} bytes at a time`).toEqual(whole);
      }
    }
  });

  it.each(SYNTAX_VARIANTS)(
    'say of %s where it goes wrong, as read whole',
    async (_, text, says) => {
      for (const argv of COMMANDS) {
        const { whole, stream } = await bothWays('emea.partnerbook', text, argv, 64);
        const [wholeSaid, streamSaid] = [whole, stream].map((result) =>
          argv[0] === 'validate'
            ? result.stdout
            : oneErrorLine(result).replace(/^partner-workbook: /, ''),
        );
        expect(stream.code).toBe(1);
        expect(whole.code).toBe(1);
        expect(streamSaid).toMatch(says);
        expect(wholeSaid).toMatch(says);
        expect(streamSaid?.trimEnd().split('\n')).toHaveLength(1);
        expect(position(streamSaid ?? '')).toBe(position(wholeSaid ?? ''));
      }
    },
  );

  it.each([1, 2, 3, 5])('read %i bytes at a time, cutting characters apart', async (chunk) => {
    const cases: [string | Uint8Array, number][] = [
      [MANY_BYTES, 0],
      [withByte(MANY_BYTES, 0xc3), 1],
      [cutInCharacter(MANY_BYTES), 1],
    ];
    for (const [content, code] of cases) {
      for (const argv of [['validate'], ['info', '--json']]) {
        const { whole, stream } = await bothWays('nordics.partnerbook', content, argv, chunk);
        expect(whole.code).toBe(code);
        expect(stream).toEqual(whole);
      }
    }
  });

  it('checks the valid fixture: its counts, as read whole', async () => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    const result = await runWith(streamed(64), tmp.dir, 'validate', 'emea.partnerbook');
    expect(result).toEqual({
      code: 0,
      stdout: `emea.partnerbook: valid workbook file “EMEA resellers” (format version ${PARTNERBOOK_VERSION}): 2 partners, 1 contact, 1 positioning draft, 1 iteration, 1 activity.\n`,
      stderr: '',
    });
  });

  it('refuses a file of an older format, which only the whole decoder reads', async () => {
    const old = PARTNERBOOK_VERSION - 1;
    await put(
      tmp.dir,
      'old.partnerbook',
      changed((file) => (file.formatVersion = old)),
    );
    const why = `the file is in format ${old}, and a file of an older format opens only up to ${(MAX_PARTNERBOOK_CHARS / MIB).toLocaleString('en-US')} MiB (Partner Workbook never wrote a larger one).`;
    const validate = await runWith(streamed(64), tmp.dir, 'validate', 'old.partnerbook');
    expect(validate).toEqual({ code: 1, stdout: `old.partnerbook: ${why}\n`, stderr: '' });
    const info = await runWith(streamed(64), tmp.dir, 'info', 'old.partnerbook');
    expect(info.code).toBe(1);
    expect(oneErrorLine(info)).toBe(`partner-workbook: old.partnerbook: ${why}`);
  });

  it('refuses a file that names its tables before its format', async () => {
    const { format, formatVersion, ...rest } = fixtureJson();
    await put(tmp.dir, 'late.partnerbook', JSON.stringify({ ...rest, format, formatVersion }));
    const result = await runWith(streamed(64), tmp.dir, 'validate', 'late.partnerbook');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^late\.partnerbook: the file names its tables before its /);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it.runIf(process.platform === 'linux')(
    'refuses a file over the most a workbook file holds before reading it',
    async () => {
      // Sparse: no byte of it is written or read.
      await put(tmp.dir, 'huge.partnerbook', '');
      await truncate(path.join(tmp.dir, 'huge.partnerbook'), MAX_PARTNERBOOK_BYTES + 1);
      const result = await run(tmp.dir, 'validate', 'huge.partnerbook');
      expect(result).toEqual({
        code: 1,
        stdout:
          'huge.partnerbook: the file is too large to open (4,097 MiB; a workbook file holds at most 4,096 MiB).\n',
        stderr: '',
      });
    },
  );
});

describe('commands that read a file whole', () => {
  // Files over 100 bytes are too large to read whole.
  const lowered = { workbookReading: { ...WORKBOOK_READING, wholeBytes: 100 } };
  const refusal = (command: string) =>
    `partner-workbook: emea.partnerbook: the file is ${bytes(fixtureText()).length.toLocaleString('en-US')} bytes, and ${command} reads workbook files of up to 100 bytes; validate and info read larger ones, up to 4 GiB.`;

  it.each([
    ['export', ['export', 'emea.partnerbook', '--format', 'md', '--out', 'out.md']],
    ['merge', ['merge', 'emea.partnerbook', 'emea.partnerbook', '--out', 'out.partnerbook']],
    [
      'import --into',
      ['import', 'crm.csv', '--into', 'emea.partnerbook', '--out', 'out.partnerbook'],
    ],
  ])(
    '%s refuses a file too large to read whole, naming validate and info',
    async (command, argv) => {
      await put(tmp.dir, 'emea.partnerbook', fixtureText());
      await put(tmp.dir, 'crm.csv', 'Account Name\nBaltic Data\n');
      const result = await runWith(lowered, tmp.dir, ...argv);
      expect(result.code).toBe(1);
      expect(oneErrorLine(result)).toBe(refusal(command));
      expect(existsSync(path.join(tmp.dir, 'out.md'))).toBe(false);
      expect(existsSync(path.join(tmp.dir, 'out.partnerbook'))).toBe(false);
      // validate reads it all the same.
      const validate = await runWith(lowered, tmp.dir, 'validate', 'emea.partnerbook');
      expect(validate.code).toBe(0);
    },
  );

  it.runIf(process.platform === 'linux')(
    'export says so of a file over 500 MiB, before reading it',
    async () => {
      await put(tmp.dir, 'big.partnerbook', '');
      await truncate(path.join(tmp.dir, 'big.partnerbook'), 600 * MIB);
      const result = await run(
        tmp.dir,
        'export',
        'big.partnerbook',
        '--format',
        'md',
        '--out',
        'big.md',
      );
      expect(oneErrorLine(result)).toBe(
        'partner-workbook: big.partnerbook: the file is 600 MiB, and export reads workbook files of up to 500 MiB; validate and info read larger ones, up to 4 GiB.',
      );
    },
  );
});

describe('help', () => {
  it('says which commands read which sizes', async () => {
    expect((await run(tmp.dir, 'validate', '--help')).stdout).toContain(
      'Reads files of up to 4 GiB, one over 500 MiB as a stream',
    );
    expect((await run(tmp.dir, 'info', '--help')).stdout).toContain('up to 4 GiB');
    for (const command of ['export', 'merge', 'import']) {
      expect((await run(tmp.dir, command, '--help')).stdout).toMatch(
        /workbook files of up to 500 MiB \(validate and info read larger ones\)/,
      );
    }
  });
});
