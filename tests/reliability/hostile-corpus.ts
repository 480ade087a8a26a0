/**
 * The hand-written hostile inputs, run every time alongside the generated ones: each is built in
 * code (no large fixtures in the repository) and named for what it tries. The CSV and XLSX cases
 * go through the app's import, the workbook files through the open path, the zips through the
 * guarded zip reader, and the command line takes all of them.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { fixtureJson } from '../../shared/files/partnerbook/decode-fixture';
import { encodePartnerbook } from '../../shared/files/partnerbook/encode';
import { SEED_SNAPSHOT, SEEDED_NAMES } from './seed-workbook';
import { concat, utf16, utf8 } from './mutations';
import { CRM_CSV, sheetXml, xlsxParts, zipParts, type XlsxCell } from './tabular-inputs';

/** One hostile input: its bytes (built when needed) and the name it is read under. */
export interface HostileCase {
  name: string;
  fileName: string;
  bytes: () => Uint8Array;
}

const csv = (name: string, bytes: () => Uint8Array | string): HostileCase => ({
  name,
  fileName: `${name.replace(/\W+/g, '-')}.csv`,
  bytes: () => {
    const made = bytes();
    return typeof made === 'string' ? utf8(made) : made;
  },
});

const SEEDED = SEEDED_NAMES[0] ?? 'Partner';
const manyTags = Array.from({ length: 30 }, (_, i) => `fuzz-tag-${i}`).join(';');

/** Hostile CSV files. */
export const CSV_CORPUS: readonly HostileCase[] = [
  csv('empty', () => ''),
  csv('only a byte-order mark', () => '\uFEFF'),
  csv('only white space', () => ' \r\n\t\r\n'),
  csv('only a header', () => 'Name,Website\r\n'),
  csv(
    'prototype keys as headers',
    () => '__proto__,constructor,prototype,Name\n{"polluted":1},x,y,Acme\n',
  ),
  csv(
    'prototype keys as values',
    () => 'Name,Tags,Notes\n__proto__,constructor;prototype,__proto__\n',
  ),
  csv('quoted line breaks', () => 'Name,Notes\n"Acme\nLtd","line one\r\nline two\rline three"\n'),
  csv('a quote never closed', () => 'Name,Notes\nAcme,"never closed\nBeta,x\n'),
  csv('text after a closing quote', () => 'Name,Notes\n"Acme"x,y\n'),
  csv('ragged rows', () => 'Name,Website,Tier\nAcme\nBeta,beta.io,Gold,extra,cells\n,,\n'),
  csv('600 columns', () => Array.from({ length: 600 }, (_, i) => `C${i}`).join(',') + '\nx\n'),
  csv(
    'formula cells',
    () => 'Name,Notes,Website\n=cmd|\' /C calc\'!A0,@SUM(1),+1\n-2+3,=HYPERLINK("x"),x\n',
  ),
  csv('invalid UTF-8 (read as Windows-1252)', () =>
    concat(utf8('Name,Notes\nCaf'), Uint8Array.of(0xe9, 0xff, 0xc3, 0x28), utf8(',x\n')),
  ),
  csv('a UTF-8 mark on invalid UTF-8', () =>
    concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('Name\nA'), Uint8Array.of(0xed, 0xa0, 0x80)),
  ),
  csv('UTF-16LE without a mark', () => utf16('Name,Website\nAcme,acme.com\n', 'le', false)),
  csv('UTF-16BE cut in half a character', () => utf16('Name\nAcme\n', 'be', true).slice(0, -1)),
  csv('NUL bytes', () => concat(utf8('Name\nAc'), Uint8Array.of(0, 0, 0), utf8('me\n'))),
  csv('a zip file named .csv', () => zipSync({ 'a.txt': strToU8('hello') })),
  csv('a 12 MB cell', () => `Name,Notes\nAcme,${'x'.repeat(12 * 1024 * 1024)}\n`),
  csv('a 12 MB header', () => `${'H'.repeat(12 * 1024 * 1024)},Name\n1,Acme\n`),
  csv('20,000 rows without names', () => 'Name,Notes\n' + ',x\n'.repeat(20_000)),
  csv('only delimiters', () => ',,,,,\n,,,,,\n;;;\n'),
  csv('CR line ends only', () => 'Name,Website\rAcme,acme.com\rBeta,beta.io\r'),
  csv('the same header five times', () => 'Name,Name,Name,name,NAME\nA,B,C,D,E\n'),
  csv('an update over the tag limit', () => `Name,Tags\n${SEEDED},"${manyTags}"\n`),
  csv(
    'an update with notes over the limit',
    () => `Name,Notes\n${SEEDED},${'n'.repeat(100_000)}\n`,
  ),
  csv(
    'markup in every cell',
    () =>
      'Name,Website,Notes\n<img src=x onerror=alert(1)>,javascript:alert(1),<svg onload=alert(1)>\n',
  ),
  csv('a CRM export', () => CRM_CSV),
];

const xlsx = (name: string, bytes: () => Uint8Array): HostileCase => ({
  name,
  fileName: `${name.replace(/\W+/g, '-')}.xlsx`,
  bytes,
});

const text = (t: string): XlsxCell => ({ kind: 'text', text: t });
const header = [text('Name'), text('Website'), text('Notes')];
const goodSheet = sheetXml([header, [text('Acme'), text('acme.com'), text('ok')]]);

/** A zip whose first entry's directory declares `size` (and optionally `compressed`) bytes. */
function forgedSizes(bytes: Uint8Array, size: number, compressed?: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = copy.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const central = view.getUint32(at + 16, true);
    view.setUint32(central + 24, size, true);
    if (compressed !== undefined) view.setUint32(central + 20, compressed, true);
    return copy;
  }
  return copy;
}

function withDirectoryField(
  bytes: Uint8Array,
  offset: number,
  value: number,
  width: 2 | 4,
): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = copy.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    if (width === 2) view.setUint16(at + offset, value, true);
    else view.setUint32(at + offset, value, true);
    return copy;
  }
  return copy;
}

function centralFlag(bytes: Uint8Array, flag: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = copy.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const central = view.getUint32(at + 16, true);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | flag, true);
    return copy;
  }
  return copy;
}

// Each entity expands ten times the one before: ten levels would be 10^10 characters.
const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => {
    const inner = i === 0 ? 'lol' : `lol${i}`;
    return `<!ENTITY lol${i + 1} "${`&${inner};`.repeat(10)}">`;
  }).join('') +
  ']>';

const zeros = (megabytes: number): Uint8Array => new Uint8Array(megabytes * 1024 * 1024);

/** Hostile XLSX files. */
export const XLSX_CORPUS: readonly HostileCase[] = [
  xlsx('empty', () => new Uint8Array(0)),
  xlsx('not a zip', () => utf8('Name,Website\nAcme,acme.com\n')),
  xlsx('an Excel 97 file', () =>
    Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
  ),
  xlsx('a good sheet', () => zipParts(xlsxParts(goodSheet))),
  xlsx('a truncated zip', () => zipParts(xlsxParts(goodSheet)).slice(0, 300)),
  xlsx('a zip bomb: 64 MB of zeros as the sheet', () =>
    zipParts({ ...xlsxParts(goodSheet), 'xl/worksheets/sheet1.xml': zeros(64) }),
  ),
  xlsx('a zip bomb beside the sheet', () =>
    zipParts({ ...xlsxParts(goodSheet), 'xl/media/x.bin': zeros(32) }),
  ),
  xlsx('a directory that understates a size', () =>
    forgedSizes(zipParts({ 'xl/workbook.xml': zeros(2), ...xlsxParts(goodSheet) }), 10),
  ),
  xlsx('a directory that claims 4 GB', () =>
    forgedSizes(zipParts(xlsxParts(goodSheet)), 0xfffffffe, 0xfffffffe),
  ),
  xlsx('a ZIP64 marker', () => withDirectoryField(zipParts(xlsxParts(goodSheet)), 10, 0xffff, 2)),
  xlsx('a directory offset past the end', () =>
    withDirectoryField(zipParts(xlsxParts(goodSheet)), 16, 0x7fffffff, 4),
  ),
  xlsx('an encrypted entry', () => centralFlag(zipParts(xlsxParts(goodSheet)), 1)),
  xlsx('10,001 entries', () => {
    const parts: Record<string, string> = xlsxParts(goodSheet);
    for (let i = 0; i < 10_001; i += 1) parts[`x/${i}`] = '';
    return zipParts(parts, 0);
  }),
  xlsx('entry names climbing out with ../ and absolute paths', () =>
    zipParts({
      ...xlsxParts(goodSheet),
      '../../evil.xml': goodSheet,
      '/etc/passwd': 'root',
      'C:\\Windows\\evil.xml': goodSheet,
    }),
  ),
  xlsx('a relationship target climbing out', () => {
    const parts = xlsxParts(goodSheet);
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] ?? '').replace(
      'worksheets/sheet1.xml',
      '../../../../etc/passwd',
    );
    return zipParts(parts);
  }),
  xlsx('billion laughs in the sheet', () => {
    const sheet = sheetXml([header, [text('&lol9;')]], LAUGHS).replace('&amp;lol9;', '&lol9;');
    return zipParts(xlsxParts(sheet));
  }),
  xlsx('billion laughs in the shared strings', () => {
    const shared = `<?xml version="1.0"?>${LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`;
    const sheet = sheetXml([header, [{ kind: 'shared', index: '0' }]]);
    return zipParts(xlsxParts(sheet, { sharedStrings: shared }));
  }),
  xlsx('an external entity', () => {
    const sheet = sheetXml(
      [header, [text('&xxe;')]],
      '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ).replace('&amp;xxe;', '&xxe;');
    return zipParts(xlsxParts(sheet));
  }),
  xlsx('formula cells', () =>
    zipParts(
      xlsxParts(
        sheetXml([
          header,
          [
            { kind: 'formula', formula: "cmd|'/C calc'!A0", cached: 'x' },
            text('a.com'),
            { kind: 'formula', formula: 'HYPERLINK("javascript:alert(1)")', cached: '' },
          ],
        ]),
      ),
    ),
  ),
  xlsx('10,001 formula cells', () => {
    const rows: XlsxCell[][] = [header];
    for (let i = 0; i < 10_001; i += 1)
      rows.push([{ kind: 'formula', formula: '1+1', cached: '2' }]);
    return zipParts(xlsxParts(sheetXml(rows)));
  }),
  xlsx('a cell in column XFD', () =>
    zipParts(
      xlsxParts(sheetXml([header, [{ kind: 'raw', xml: '<c r="XFD1048576"><v>1</v></c>' }]])),
    ),
  ),
  xlsx('a shared string that does not exist', () =>
    zipParts(xlsxParts(sheetXml([header, [{ kind: 'shared', index: '99999' }]]))),
  ),
  xlsx('prototype names everywhere', () => {
    const rows = [
      [text('__proto__'), text('constructor'), text('Name')],
      [text('{"polluted":1}'), text('prototype'), text('__proto__')],
    ];
    return zipParts(xlsxParts(sheetXml(rows), { sheetName: '__proto__' }));
  }),
  xlsx('a 20 MB inline string', () =>
    zipParts(xlsxParts(sheetXml([header, [text('x'.repeat(20 * 1024 * 1024))]]))),
  ),
  xlsx('elements nested 100,000 deep', () =>
    zipParts(
      xlsxParts(
        goodSheet.replace(
          '<sheetData>',
          `<sheetData>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`,
        ),
      ),
    ),
  ),
  xlsx('no workbook part', () => {
    const parts = xlsxParts(goodSheet);
    delete parts['xl/workbook.xml'];
    return zipParts(parts);
  }),
  xlsx('a workbook part that is not XML', () =>
    zipParts({ ...xlsxParts(goodSheet), 'xl/workbook.xml': zeros(1) }),
  ),
  xlsx('an update over the tag limit', () =>
    zipParts(
      xlsxParts(
        sheetXml([
          [text('Name'), text('Tags')],
          [text(SEEDED), text(manyTags)],
        ]),
      ),
    ),
  ),
];

const book = (name: string, bytes: () => Uint8Array | string): HostileCase => ({
  name,
  fileName: `${name.replace(/\W+/g, '-')}.partnerbook`,
  bytes: () => {
    const made = bytes();
    return typeof made === 'string' ? utf8(made) : made;
  },
});

/** The seed workbook as a valid file, to break. */
export const VALID_PARTNERBOOK = encodePartnerbook(SEED_SNAPSHOT, {
  exportedAt: '2026-11-01T09:00:00.000Z',
  app: { name: 'Partner Workbook', version: '0.1.0' },
});

const validJson = (): Record<string, unknown> & { tables: Record<string, unknown[]> } =>
  JSON.parse(VALID_PARTNERBOOK) as Record<string, unknown> & { tables: Record<string, unknown[]> };

const withFirstPartner = (change: (partner: Record<string, unknown>) => void): string => {
  const file = validJson();
  const partner = file.tables.partners?.[0] as Record<string, unknown>;
  change(partner);
  return JSON.stringify(file);
};

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** Hostile `.partnerbook` files. */
export const PARTNERBOOK_CORPUS: readonly HostileCase[] = [
  book('empty', () => ''),
  book('only a byte-order mark', () => '\uFEFF'),
  book('null', () => 'null'),
  book('an array', () => '[]'),
  book('a string', () => '"partner-workbook"'),
  book('an empty object', () => '{}'),
  book('another format', () => '{"format":"other","formatVersion":1}'),
  book('a future format version', () =>
    VALID_PARTNERBOOK.replace('"formatVersion":6', '"formatVersion":7'),
  ),
  book('format version 1e309', () =>
    VALID_PARTNERBOOK.replace('"formatVersion":6', '"formatVersion":1e309'),
  ),
  book('format version 0', () =>
    VALID_PARTNERBOOK.replace('"formatVersion":6', '"formatVersion":0'),
  ),
  book('format version 2.5', () =>
    VALID_PARTNERBOOK.replace('"formatVersion":6', '"formatVersion":2.5'),
  ),
  book('format version as text', () =>
    VALID_PARTNERBOOK.replace('"formatVersion":6', '"formatVersion":"6"'),
  ),
  book('an older format version with the newer tables', () =>
    VALID_PARTNERBOOK.replace('"formatVersion":6', '"formatVersion":1'),
  ),
  book('__proto__ at the top', () =>
    VALID_PARTNERBOOK.replace('{', '{"__proto__":{"polluted":1},'),
  ),
  book('__proto__ in a partner', () =>
    withFirstPartner((p) =>
      Object.defineProperty(p, '__proto__', { value: { polluted: 1 }, enumerable: true }),
    ),
  ),
  book('constructor.prototype in a partner', () =>
    withFirstPartner((p) => {
      Object.defineProperty(p, 'constructor', {
        value: { prototype: { polluted: 1 } },
        enumerable: true,
      });
    }),
  ),
  book('an escaped __proto__ key', () =>
    VALID_PARTNERBOOK.replace('{', '{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":1},'),
  ),
  book('a duplicated tables key', () =>
    VALID_PARTNERBOOK.replace(/\}\}\n$/, '},"tables":{"partners":[1]}}\n'),
  ),
  book('a duplicated partner id', () => {
    const file = validJson();
    const [first] = file.tables.partners ?? [];
    file.tables.partners?.push(first);
    return JSON.stringify(file);
  }),
  book('partners as text', () => {
    const f = validJson();
    (f.tables as Record<string, unknown>).partners = 'x';
    return JSON.stringify(f);
  }),
  book('a partner without an id', () =>
    withFirstPartner((p) => {
      delete p.id;
    }),
  ),
  book('a partner name of the wrong type', () =>
    withFirstPartner((p) => {
      p.name = { first: 1 };
    }),
  ),
  book('a 20 MB partner note', () =>
    withFirstPartner((p) => {
      p.notes = 'x'.repeat(20 * 1024 * 1024);
    }),
  ),
  book('100,000 empty partners', () => {
    const f = validJson();
    f.tables.partners = Array.from({ length: 100_000 }, () => ({}));
    return JSON.stringify(f);
  }),
  book('a field nested 200,000 deep', () =>
    VALID_PARTNERBOOK.replace('"tables":{', `"deep":${nested(200_000)},"tables":{`),
  ),
  book(
    'a nest 200,000 deep, cut off',
    () => `{"format":"partner-workbook","x":${'['.repeat(200_000)}`,
  ),
  book('truncated in the middle', () =>
    VALID_PARTNERBOOK.slice(0, Math.floor(VALID_PARTNERBOOK.length / 2)),
  ),
  book('invalid UTF-8 inside', () =>
    concat(
      utf8(VALID_PARTNERBOOK.slice(0, 200)),
      Uint8Array.of(0xc3, 0x28, 0xff),
      utf8(VALID_PARTNERBOOK.slice(200)),
    ),
  ),
  book('UTF-16 text', () => utf16(VALID_PARTNERBOOK, 'le', true)),
  book('a UTF-8 byte-order mark', () => `\uFEFF${VALID_PARTNERBOOK}`),
  book('markup in the names', () =>
    withFirstPartner((p) => {
      p.name = '<img src=x onerror=alert(1)>';
      p.website = 'javascript:alert(1)';
    }),
  ),
  book('a zip file', () => zipSync({ 'a.partnerbook': strToU8(VALID_PARTNERBOOK) })),
  book('a plan whose period starts on something that is not a date', () => {
    const file = fixtureJson();
    for (const plan of file.tables.partnerPlans)
      plan.period = { start: '<img>', end: '2026-12-31' };
    return JSON.stringify(file);
  }),
  book('the valid file', () => VALID_PARTNERBOOK),
];

/** Hostile zip archives for the zip reader itself (beyond the XLSX ones above). */
export const ZIP_CORPUS: readonly HostileCase[] = [
  ...XLSX_CORPUS,
  {
    name: 'a raw deflate stream that never ends',
    fileName: 'x.zip',
    bytes: () => forgedSizes(zipSync({ a: deflateSync(zeros(1)) }, { level: 0 }), 1024),
  },
];
