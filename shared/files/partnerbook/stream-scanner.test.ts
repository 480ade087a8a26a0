import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScanError, StreamScanner, type ScanEvent, type ScanOptions } from './stream-scanner';

// Feeds the text cut at the given offsets, then ends it.
function scan(text: string, cuts: readonly number[] = [], options?: ScanOptions): ScanEvent[] {
  const scanner = new StreamScanner(options);
  const events: ScanEvent[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    events.push(...scanner.feed(text.slice(from, cut)));
    from = cut;
  }
  events.push(...scanner.feed(text.slice(from)));
  events.push(...scanner.end());
  return events;
}

// What the events say the file holds: head members parsed, and each table's records parsed.
function rebuild(events: readonly ScanEvent[]): Record<string, unknown> {
  const file: Record<string, unknown> = {};
  const tables: Record<string, unknown> = {};
  for (const event of events) {
    switch (event.kind) {
      case 'member':
        file[event.key] = JSON.parse(event.text);
        break;
      case 'tables':
        file.tables = tables;
        break;
      case 'table':
        tables[event.name] = JSON.parse(event.text);
        break;
      case 'list':
        tables[event.name] = [];
        break;
      case 'records': {
        const list = tables[event.table] as unknown[];
        expect(event.first).toBe(list.length);
        const records = JSON.parse(`[${event.text}]`) as unknown[];
        expect(records).toHaveLength(event.starts.length);
        // Each start is where its record's text begins.
        event.starts.forEach((start, index) => {
          const end = event.starts[index + 1] ?? event.text.length;
          const own = event.text.slice(start, end).replace(/,\s*$/, '');
          expect(JSON.parse(own)).toEqual(records[index]);
        });
        list.push(...records);
        break;
      }
      case 'listEnd':
        expect(tables[event.name]).toHaveLength(event.count);
        break;
    }
  }
  return file;
}

function failure(text: string, cuts: readonly number[] = [], options?: ScanOptions): ScanError {
  try {
    scan(text, cuts, options);
  } catch (error) {
    if (error instanceof ScanError) return error;
    throw error;
  }
  throw new Error('expected a ScanError');
}

const FILE = {
  format: 'partner-workbook',
  formatVersion: 6,
  workbook: { id: 'w1', name: 'EMEA {resellers} [1]' },
  tables: {
    partners: [
      { id: 'p1', name: 'Say "hi" \\ {not a brace}', tags: ['a', 'b]'] },
      { id: 'p2', name: 'Ünïcödé “quotes” 😀', nested: { deep: [[{}], []] } },
      { id: 'p3', n: -1.5e3, ok: true, no: null, empty: '' },
    ],
    contacts: [],
    odd: 'not a list',
    numbers: [1, 2.5, -3, true, null, 'text'],
  },
  exportedAt: '2026-11-30T07:00:00.000Z',
};

describe('StreamScanner', () => {
  it('hands over the head, each table and every record of a file fed whole', () => {
    const text = JSON.stringify(FILE);
    const events = scan(text);
    expect(rebuild(events)).toEqual(FILE);
    expect(events.map((event) => event.kind)).toEqual([
      'member',
      'member',
      'member',
      'tables',
      'list',
      'records',
      'listEnd',
      'list',
      'listEnd',
      'table',
      'list',
      'records',
      'listEnd',
      'member',
    ]);
  });

  it('gives the same records for any cuts of the text and any batch size, spaced or not', () => {
    const texts = [JSON.stringify(FILE), JSON.stringify(FILE, null, 2)];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 200 }),
        (text, cuts, batchRecords, batchChars) => {
          const at = cuts.map((cut) => cut % (text.length + 1));
          expect(rebuild(scan(text, at, { batchRecords, batchChars }))).toEqual(FILE);
        },
      ),
    );
  });

  it('cuts between every pair of characters, escapes and surrogates included', () => {
    const text = JSON.stringify(FILE);
    for (let cut = 0; cut <= text.length; cut += 1) {
      expect(rebuild(scan(text, [cut]))).toEqual(FILE);
    }
    const oneByOne = Array.from({ length: text.length }, (_, index) => index);
    expect(rebuild(scan(text, oneByOne))).toEqual(FILE);
  });

  it('batches records by count and by length', () => {
    const file = { tables: { t: Array.from({ length: 7 }, (_, id) => ({ id })) } };
    const batches = (options: ScanOptions) =>
      scan(JSON.stringify(file), [], options).flatMap((event) =>
        event.kind === 'records' ? [[event.first, event.starts.length]] : [],
      );
    expect(batches({ batchRecords: 3 })).toEqual([
      [0, 3],
      [3, 3],
      [6, 1],
    ]);
    // Each record is 8 characters ({"id":0}); a batch ends with the record that reaches 20.
    expect(batches({ batchChars: 20 })).toEqual([
      [0, 3],
      [3, 3],
      [6, 1],
    ]);
  });

  it('refuses an empty file, a file that is not an object, and text after the end', () => {
    expect(failure('').reason).toBe('the file is empty');
    expect(failure(' \n ').atEnd).toBe(true);
    expect(failure('[1]').reason).toBe('the file does not hold a JSON object');
    const after = failure('{"a":1}\n x');
    expect(after.reason).toBe('there is more text after the end of the workbook');
    expect([after.line, after.column]).toEqual([2, 2]);
  });

  it('says where the structure around records is wrong, with its line and column', () => {
    const missing = failure('{"a":1,\n"tables":{"t":[{"id":1} {"id":2}]}}');
    expect(missing.reason).toBe('expected “,” or “]” after a record, found “{”');
    expect([missing.line, missing.column]).toEqual([2, 25]);
    const key = failure('{"a":1, b:2}', [8]);
    expect(key.reason).toBe('expected a field name in double quotes, found “b”');
    expect([key.line, key.column]).toEqual([1, 9]);
    expect(failure('{"a" 1}').reason).toBe('expected “:” after a field name, found “1”');
    expect(failure('{"a":,}').reason).toBe('expected a value');
    expect(failure('{"tables":{"t":[1,]}}').reason).toBe('expected a value');
  });

  it('refuses a truncated file wherever it stops, as ending too early', () => {
    const text = JSON.stringify(FILE);
    for (const cut of [1, 10, text.indexOf('Say'), text.indexOf('p3'), text.length - 1]) {
      const error = failure(text.slice(0, cut));
      expect(error.atEnd).toBe(true);
      expect(error.reason).toBe('the text ends before the workbook does');
    }
  });

  it('stops a value that runs on past the limit instead of carrying it', () => {
    const text = `{"tables":{"t":[{"id":"${'x'.repeat(100)}`;
    const error = failure(text, [20, 60, 110], { maxValueChars: 64 });
    expect(error.reason).toBe('a value runs on for more than 0 MiB: the file is damaged');
    expect(error.atEnd).toBe(false);
    expect([error.line, error.column]).toEqual([1, 17]);
  });
});
