/**
 * Inputs for the CSV and XLSX importers: valid partner lists (the sample workbook's own export,
 * and a CRM export), tables generated cell by cell with hostile text, ragged rows and quoted line
 * breaks, and a small XLSX writer over fflate so that a sheet's XML can be broken on purpose
 * (formulas, bad cell references, undefined shared strings, entities) before it is zipped.
 */
import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { sheetToCsv } from '../../shared/files/export/csv-write';
import { workbookSheets } from '../../shared/files/export/tables';
import { SEED_SNAPSHOT, SEEDED_NAMES } from './seed-workbook';
import { hostileString } from './mutations';

const partnersSheet = workbookSheets(SEED_SNAPSHOT.tables)[0];
if (!partnersSheet) throw new Error('the export has no partners sheet');

/** The seeded workbook's partners as the app exports them (CSV, comma-separated). */
export const EXPORTED_PARTNERS_CSV = sheetToCsv(partnersSheet);

/** The same as a semicolon-separated file with a byte-order mark, as Excel in Europe saves. */
export const EXPORTED_PARTNERS_SEMICOLON = sheetToCsv(partnersSheet, { delimiter: ';', bom: true });

/** A CRM export with a row per partner and its primary contact. */
export const CRM_CSV = [
  'Account Name,Website,Type,Account Owner,Primary Contact,Contact Email,Health,Tags,Notes',
  `${SEEDED_NAMES[0] ?? 'Acme'},balticdata.example,Reseller,Liis Tamm,Mari Kask,mari@balticdata.example,80,"cloud, emea",Renewed`,
  'Nordic Cloud,nordic.example,Technology Partner,Ola Berg,Per Olsen,per@nordic.example,,,',
  `${SEEDED_NAMES[1] ?? 'Beta'},,Referral,,,,55,gold|key,"Met at the summit\nand again in May"`,
].join('\r\n');

/** The valid partner lists every mutation starts from. */
export const BASE_CSV_TEXTS: readonly string[] = [
  EXPORTED_PARTNERS_CSV,
  EXPORTED_PARTNERS_SEMICOLON,
  CRM_CSV,
];

/** Header cells: ones the importer maps, and hostile ones. */
const headerCell: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Name',
      'Account Name',
      'Website',
      'Tier',
      'Lifecycle Stage',
      'Tags',
      'Notes',
      'Health',
      'Last activity',
      'Contact name',
      'Contact email',
      'Phone',
      'Country',
      'Owner',
    ),
  },
  { weight: 1, arbitrary: hostileString },
);

/** Data cells: seeded partner names (to hit updates), plausible values and hostile text. */
const dataCell: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SEEDED_NAMES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Gold',
      'platinum',
      'Active',
      'acme.com',
      'https://example.com/a?b=c',
      'ana@acme.com',
      '+44 20 7946 0000',
      '2025-03-31',
      '31/12/2024',
      '101',
      '55',
      'Germany',
      Array.from({ length: 40 }, (_, i) => `tag${i}`).join(','),
    ),
  },
  { weight: 3, arbitrary: hostileString },
);

/** A table: a header row and rows of any length (ragged on purpose). */
export interface GeneratedTable {
  header: string[];
  rows: string[][];
}

/** Tables with up to 12 columns and 20 rows. */
export const generatedTable: fc.Arbitrary<GeneratedTable> = fc.record({
  header: fc.array(headerCell, { minLength: 0, maxLength: 12 }),
  rows: fc.array(fc.array(dataCell, { maxLength: 14 }), { maxLength: 20 }),
});

/** How a generated table is written out as CSV. */
export interface CsvStyle {
  delimiter: ',' | ';' | '\t' | '|';
  quoting: 'needed' | 'all' | 'none';
  lineEnd: '\n' | '\r\n' | '\r';
}

/** Any way of writing CSV, including the broken one that never quotes. */
export const csvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  quoting: fc.constantFrom('needed', 'needed', 'all', 'none'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
});

/** A generated table as CSV text in the given style. */
export function toCsvText(table: GeneratedTable, style: CsvStyle): string {
  const quote = (cell: string): string => {
    const needed = /["\r\n]/.test(cell) || cell.includes(style.delimiter);
    if (style.quoting === 'none' || (style.quoting === 'needed' && !needed)) return cell;
    return `"${cell.replaceAll('"', '""')}"`;
  };
  return [table.header, ...table.rows]
    .map((row) => row.map(quote).join(style.delimiter))
    .join(style.lineEnd);
}

/** One cell of a hand-made sheet. */
export type XlsxCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: string }
  | { kind: 'formula'; formula: string; cached: string }
  | { kind: 'shared'; index: string }
  | { kind: 'raw'; xml: string };

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const columnName = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

function cellXml(cell: XlsxCell, ref: string): string {
  switch (cell.kind) {
    case 'text':
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.text)}</t></is></c>`;
    case 'number':
      return `<c r="${ref}"><v>${escapeXml(cell.value)}</v></c>`;
    case 'formula':
      return `<c r="${ref}"><f>${escapeXml(cell.formula)}</f><v>${escapeXml(cell.cached)}</v></c>`;
    case 'shared':
      return `<c r="${ref}" t="s"><v>${escapeXml(cell.index)}</v></c>`;
    case 'raw':
      return cell.xml;
  }
}

/** A sheet's XML from rows of cells, cell references in A1 form. */
export function sheetXml(rows: readonly (readonly XlsxCell[])[], prologue = ''): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`)).join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prologue}` +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a minimal XLSX package holding one sheet, keyed by their path in the zip. */
export function xlsxParts(
  sheet: string,
  options: { sheetName?: string; sharedStrings?: string } = {},
): Record<string, string> {
  const name = escapeXml(options.sheetName ?? 'Partners');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
  };
  if (options.sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = options.sharedStrings;
  return parts;
}

/** Parts zipped into an XLSX file's bytes (deflated unless `level` is 0). */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [path, content] of Object.entries(parts)) {
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level });
}

/** A generated table as a hand-made XLSX file, every cell inline text. */
export function tableToXlsx(table: GeneratedTable): Uint8Array {
  const rows = [table.header, ...table.rows].map((row) =>
    row.map((text): XlsxCell => ({ kind: 'text', text })),
  );
  return zipParts(xlsxParts(sheetXml(rows)));
}

/** Cells a hostile sheet holds besides text: formulas, odd numbers, bad shared strings, raw XML. */
export const hostileXlsxCell: fc.Arbitrary<XlsxCell> = fc.oneof(
  fc.record({ kind: fc.constant('text'), text: hostileString }),
  fc.record({
    kind: fc.constant('formula'),
    formula: fc.constantFrom('SUM(A1:A9)', 'HYPERLINK("javascript:alert(1)")', "cmd|'/C calc'!A0"),
    cached: fc.constantFrom('1', 'x', ''),
  }),
  fc.record({
    kind: fc.constant('number'),
    value: fc.constantFrom('1e400', 'NaN', '-0', '45000.5', 'x'),
  }),
  fc.record({
    kind: fc.constant('shared'),
    index: fc.constantFrom('0', '99999', '-1', '__proto__'),
  }),
  fc.record({
    kind: fc.constant('raw'),
    xml: fc.constantFrom(
      '<c r="XFD1048576"><v>1</v></c>',
      '<c r="A0"><v>1</v></c>',
      '<c r="__proto__"><v>1</v></c>',
      '<c><v>no ref</v></c>',
      '<c r="B2" t="b"><v>7</v></c>',
      '<c r="B2" t="d"><v>not a date</v></c>',
      '<c r="B2" t="e"><v>#REF!</v></c>',
      '<c r="B2" t="inlineStr"><is><t>unclosed',
      '<c r="B2" t="s"/>',
    ),
  }),
);
