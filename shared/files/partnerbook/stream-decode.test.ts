import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePartnerbook } from './decode';
import { FIXTURE_IDS, fixtureJson, fixtureText, type LooseFile } from './decode-fixture';
import { encodePartnerbook } from './encode';
import { PARTNERBOOK_VERSION } from './format';
import { SNAPSHOT_TABLES, type SnapshotTableName, type SnapshotTables } from './snapshot';
import { workbookSnapshot } from './snapshot-test-kit';
import {
  PartnerbookStreamDecoder,
  type CheckedRecordsSink,
  type StreamDecodeOptions,
  type StreamDecodeResult,
  WRITES_IN_FLIGHT,
} from './stream-decode';

const FILE = 'emea.partnerbook';

// A sink that keeps what it is given, table by table.
class Collected implements CheckedRecordsSink {
  readonly tables = Object.fromEntries(SNAPSHOT_TABLES.map((table) => [table, []])) as unknown as {
    [T in SnapshotTableName]: SnapshotTables[T][number][];
  };
  batches = 0;

  write<T extends SnapshotTableName>(table: T, records: SnapshotTables[T]): Promise<void> {
    (this.tables[table] as unknown[]).push(...records);
    this.batches += 1;
    return Promise.resolve();
  }
}

// Streams the text in pieces of `piece` characters.
async function stream(
  text: string,
  sink: CheckedRecordsSink = new Collected(),
  piece = 1_000,
  options: StreamDecodeOptions = {},
): Promise<StreamDecodeResult> {
  const decoder = new PartnerbookStreamDecoder(FILE, sink, options);
  for (let at = 0; at < text.length && !decoder.stopped; at += piece) {
    await decoder.feed(text.slice(at, at + piece));
  }
  return decoder.end();
}

async function refusal(text: string): Promise<string[]> {
  const sink = new Collected();
  const result = await stream(text, sink, 97);
  if (result.kind !== 'refused') throw new Error(`The file was not refused (${result.kind}).`);
  return result.problems.map((problem) => problem.message);
}

function changed(change: (file: LooseFile) => void): string {
  const file = fixtureJson();
  change(file);
  return JSON.stringify(file);
}

// What the whole-text decoder says of the same file.
function wholeRefusal(text: string): string[] {
  const result = decodePartnerbook(text, FILE);
  if (result.ok) throw new Error('The whole decoder accepted the file.');
  return result.problems.map((problem) => problem.message);
}

describe('PartnerbookStreamDecoder accepts', () => {
  it('any generated workbook, handing over every record the whole decoder reads', async () => {
    await fc.assert(
      fc.asyncProperty(
        workbookSnapshot(),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 5 }),
        async (snapshot, piece, batchRecords) => {
          const text = encodePartnerbook(snapshot, { exportedAt: '2026-11-30T07:00:00.000Z' });
          const whole = decodePartnerbook(text, FILE);
          if (!whole.ok) throw new Error('The generated file was refused.');
          const sink = new Collected();
          const result = await stream(text, sink, piece, { scan: { batchRecords } });
          expect(result.kind).toBe('opened');
          expect(sink.tables).toEqual(whole.snapshot.tables);
          if (result.kind !== 'opened') return;
          expect(result.workbook).toEqual(whole.snapshot.workbook);
          expect(result.info).toEqual(whole.info);
          for (const table of SNAPSHOT_TABLES) {
            expect(result.counts[table]).toBe(whole.snapshot.tables[table].length);
          }
          expect(result.keys.positioningIterations).toEqual(
            whole.snapshot.tables.positioningIterations.map(({ id, draftId }) => ({ id, draftId })),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('checks the next batch while the sink writes the one before', async () => {
    const log: string[] = [];
    let release = () => {};
    const sink: CheckedRecordsSink = {
      write: (table, records) => {
        log.push(`write ${table} ${records.length}`);
        return new Promise((resolve) => {
          release = () => {
            log.push(`written ${table}`);
            resolve();
          };
          // The write ends only after the decoder has gone on to check more.
          setTimeout(() => release(), 0);
        });
      },
    };
    const text = fixtureText();
    const result = await stream(text, sink, text.length, {
      onChecked: (records) => log.push(`checked ${records}`),
      writesInFlight: 1,
    });
    expect(result.kind).toBe('opened');
    // The partners' write is out when the contacts are checked.
    expect(log.slice(0, 4)).toEqual([
      'checked 2',
      'write partners 2',
      'checked 3',
      'written partners',
    ]);
  });

  it('keeps up to WRITES_IN_FLIGHT batches out at once, handed over in file order', async () => {
    const order: string[] = [];
    let out = 0;
    let most = 0;
    const sink: CheckedRecordsSink = {
      write: (table) => {
        order.push(table);
        out += 1;
        most = Math.max(most, out);
        return new Promise((resolve) =>
          setTimeout(() => {
            out -= 1;
            resolve();
          }, 0),
        );
      },
    };
    const text = fixtureText();
    const result = await stream(text, sink, text.length);
    expect(result.kind).toBe('opened');
    expect(out).toBe(0);
    expect(most).toBe(WRITES_IN_FLIGHT);
    const inFile = SNAPSHOT_TABLES.filter((table) => fixtureJson().tables[table].length > 0);
    expect(order).toEqual(inFile);
  });

  it('leaves an older format to the whole decoder, writing nothing', async () => {
    const sink = new Collected();
    const text = changed((file) => (file.formatVersion = PARTNERBOOK_VERSION - 1));
    const result = await stream(text, sink);
    expect(result).toEqual({ kind: 'whole', why: expect.stringContaining('format 5') as string });
    expect(sink.batches).toBe(0);
  });

  it('leaves a file whose format comes after its tables to the whole decoder', async () => {
    const { format, formatVersion, ...rest } = fixtureJson();
    const text = JSON.stringify({ ...rest, format, formatVersion });
    expect(await stream(text)).toEqual({
      kind: 'whole',
      why: expect.stringContaining('names its tables before its “format”') as string,
    });
  });

  it('takes the head in any order around the tables', async () => {
    const { tables, exportedAt, ...head } = fixtureJson();
    const result = await stream(JSON.stringify({ ...head, tables, exportedAt }));
    expect(result.kind).toBe('opened');
  });
});

describe('PartnerbookStreamDecoder refuses, with the messages of the whole decoder', () => {
  const cases: [string, (file: LooseFile) => void][] = [
    ['a newer version', (file) => (file.formatVersion = PARTNERBOOK_VERSION + 1)],
    ['another format', (file) => (file.format = 'excalidraw')],
    ['a bad head field', (file) => (file.exportedAt = 'yesterday')],
    [
      'bad records',
      (file) => {
        const [partner] = file.tables.partners;
        if (partner) partner.healthScore = 'high';
        const [iteration] = file.tables.positioningIterations;
        if (iteration) iteration.number = 0;
      },
    ],
    [
      'duplicate ids',
      (file) => {
        const [first, second] = file.tables.partners;
        if (first && second) second.id = first.id;
        file.tables.contacts.push({ ...file.tables.contacts[0] });
      },
    ],
    [
      'dangling references',
      (file) => {
        const missing = '99999999-0000-4000-8000-000000000009';
        const [contact] = file.tables.contacts;
        if (contact) contact.partnerId = missing;
        for (const table of ['partnerPlans', 'investments', 'metricEntries'] as const) {
          const [record] = file.tables[table];
          if (record) record.partnerId = missing;
        }
        file.tables.companyGoals = [];
        file.tables.customMetrics = [];
      },
    ],
    [
      'two histories of one record',
      (file) => {
        const revs = ['1-0123456789abcdef0123456789abcdef'];
        file.tables.revisions = [
          { table: 'partners', id: FIXTURE_IDS.partner, revs },
          { table: 'partners', id: FIXTURE_IDS.partner, revs },
        ];
      },
    ],
    [
      'sixty bad partners',
      (file) => {
        const [partner] = file.tables.partners;
        file.tables.partners = Array.from({ length: 60 }, () => ({ ...partner, healthScore: -1 }));
      },
    ],
  ];

  it.each(cases)('%s', async (_, change) => {
    const text = changed(change);
    expect(await refusal(text)).toEqual(wholeRefusal(text));
  });

  it('forbidden keys in the head, in a record and as a table name', async () => {
    const inRecord = fixtureText().replace(
      '{"name":"Baltic Data",',
      '{"constructor":{"prototype":{"polluted":true}},"name":"Baltic Data",',
    );
    expect(await refusal(inRecord)).toEqual(wholeRefusal(inRecord));
    const escaped = fixtureText().replace(
      '{"name":"Baltic Data",',
      '{"\\u005f_proto__":{"polluted":true},"name":"Baltic Data",',
    );
    expect(await refusal(escaped)).toEqual(wholeRefusal(escaped));
    const head = fixtureText().replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    expect(await refusal(head)).toEqual(wholeRefusal(head));
    const table = fixtureText().replace('"tables":{', '"tables":{"__proto__":[],');
    expect((await refusal(table))[0]).toMatch(
      /^emea\.partnerbook: tables\.__proto__: the field name “__proto__” is not allowed/,
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('unknown and missing tables, after the records it could check', async () => {
    const text = changed((file) => {
      file.tables.invoices = [{ id: 1 }];
      delete (file.tables as Record<string, unknown>).tombstones;
    });
    expect(await refusal(text)).toEqual(wholeRefusal(text));
  });

  it('a record that is not JSON, naming the record and the place in it', async () => {
    const text = fixtureText().replace('"tier":"gold",', '"tier":"gold" ');
    expect(await refusal(text)).toEqual([
      'emea.partnerbook: tables.partners[0]: this record is not valid JSON at its character 75: expected “,” or “}”, found “"”.',
    ]);
    expect(
      await refusal(fixtureText().replace('"name":"Harbor Cloud"', '"name":"Harbor Cloud"}')),
    ).toEqual([
      // A brace too many ends the record early: what follows is not a record.
      expect.stringMatching(
        /^emea\.partnerbook: the file is not valid JSON at line 3, column \d+: expected “,” or “]” after a record, found “:”\.$/,
      ),
    ]);
  });

  it('an empty, truncated or trailing file, with the line and column', async () => {
    expect(await refusal(' \n')).toEqual([
      'emea.partnerbook: the file is empty. Choose a .partnerbook file that Partner Workbook saved.',
    ]);
    const text = fixtureText();
    expect(await refusal(text.slice(0, Math.floor(text.length / 2)))).toEqual([
      expect.stringMatching(
        /^emea\.partnerbook: the file ends too early, at line \d+, column \d+ \(the text ends before the workbook does\): it looks cut off/,
      ),
    ]);
    expect(await refusal(`${text}\n{}`)).toEqual([
      expect.stringMatching(/at line \d+, column 1: there is more text after the end/),
    ]);
  });

  it('a table listed twice, or a tables field twice', async () => {
    const twice = fixtureText().replace('"tables":{', '"tables":{"partners":[],');
    expect(await refusal(twice)).toEqual([
      'emea.partnerbook: tables.partners: this table is listed twice.',
    ]);
  });

  it('writes nothing once a problem is found, and stops at the problem cap', async () => {
    const sink = new Collected();
    const text = changed((file) => {
      const [partner] = file.tables.partners;
      file.tables.partners = Array.from({ length: 2_000 }, () => ({ ...partner, tier: 'wood' }));
    });
    const result = await stream(text, sink, 5_000, { scan: { batchRecords: 100 } });
    expect(result.kind).toBe('refused');
    expect(sink.batches).toBe(0);
    if (result.kind === 'refused') {
      expect(result.problems.at(-1)?.message).toMatch(/…and at least [\d,]+ more problems/);
    }
  });

  it('rejects when the sink fails to write', async () => {
    const sink: CheckedRecordsSink = {
      write: () => Promise.reject(new Error('The disk is full.')),
    };
    await expect(stream(fixtureText(), sink)).rejects.toThrow('The disk is full.');
  });
});
