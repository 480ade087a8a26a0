/**
 * The XLSX benchmark's side of the bench page (14): one sheet of generated partners, 20 columns
 * of the cells the app exports (the app's partners sheet from workbookSheets, and five columns of
 * each partner's primary contact), written by the app's XLSX writer (sheetsToXlsx: formula
 * neutralising, bold frozen header, widths, date format) against write-excel-file alone over the
 * same header and values. Both run on the page's main thread; the app runs the same writer in
 * its export worker.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Contact } from '../../../shared/domain/partner';
import type { ExportColumn, ExportSheet } from '../../../shared/files/export/export-sheet';
import { workbookSheets } from '../../../shared/files/export/tables';
import { sheetsToXlsx, XLSX_DATE_FORMAT } from '../../../shared/files/export/xlsx-write';
import { generatePartnerBatch } from '../../../shared/sample/seeded-partners';
import type { PreparedSheet, WrittenXlsx } from './files-bench-api';

/** The fixed "now" of the generated partners. */
const GENERATED_AT = new Date('2026-11-01T09:00:00.000Z');

const CONTACT_COLUMNS: readonly (ExportColumn & { value: (contact: Contact) => string | null })[] =
  [
    { header: 'Primary contact', type: 'text', width: 26, value: (c) => c.name },
    { header: 'Contact role', type: 'text', width: 24, value: (c) => c.role ?? null },
    { header: 'Contact email', type: 'text', width: 30, value: (c) => c.email ?? null },
    { header: 'Contact phone', type: 'text', width: 18, value: (c) => c.phone ?? null },
  ];

let sheet: ExportSheet | undefined;

function preparedSheet(): ExportSheet {
  if (!sheet) throw new Error('Call prepareXlsxSheet() before this benchmark.');
  return sheet;
}

function prepareXlsxSheet(rows: number, seed: number): Promise<PreparedSheet> {
  const { partners, contacts } = generatePartnerBatch(seed, 0, rows, GENERATED_AT);
  const started = performance.now();
  const [partnerSheet] = workbookSheets({
    partners,
    contacts: [],
    positioningDrafts: [],
    positioningIterations: [],
    activities: [],
  });
  const buildSheetsMs = performance.now() - started;
  if (!partnerSheet) throw new Error('workbookSheets gave no partners sheet.');
  const idColumn = partnerSheet.columns.findIndex((column) => column.header === 'ID');
  const byPartner = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const own = byPartner.get(contact.partnerId);
    if (own) own.push(contact);
    else byPartner.set(contact.partnerId, [contact]);
  }
  const columns: ExportColumn[] = [
    ...partnerSheet.columns,
    ...CONTACT_COLUMNS.map(({ header, type, width }) => ({ header, type, width })),
    { header: 'Contacts', type: 'number', width: 10 },
  ];
  const sheetRows = partnerSheet.rows.map((row) => {
    const id = row[idColumn];
    const own = (typeof id === 'string' ? byPartner.get(id) : undefined) ?? [];
    const primary = own[0];
    return [
      ...row,
      ...CONTACT_COLUMNS.map((column) => (primary ? column.value(primary) : null)),
      own.length,
    ];
  });
  sheet = { name: 'Partners', columns, rows: sheetRows };
  return Promise.resolve({ rows: sheetRows.length, columns: columns.length, buildSheetsMs });
}

async function writeXlsxWithApp(): Promise<WrittenXlsx> {
  const source = preparedSheet();
  const started = performance.now();
  const bytes = await sheetsToXlsx([source]);
  return { ms: performance.now() - started, bytes: bytes.byteLength };
}

async function writeXlsxPlain(): Promise<WrittenXlsx> {
  const source = preparedSheet();
  const started = performance.now();
  // The library's plainest call: one sheet of the header and the values as they are, with the
  // default date format the library requires for Date cells.
  const header = source.columns.map((column) => column.header);
  const blob = await writeXlsxFile([header, ...source.rows], {
    dateFormat: XLSX_DATE_FORMAT,
  }).toBlob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { ms: performance.now() - started, bytes: bytes.byteLength };
}

/** The XLSX calls of the bench API. */
export const xlsxBench = {
  prepareXlsxSheet,
  writeXlsxWithApp,
  writeXlsxPlain,
};
