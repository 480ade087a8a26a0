/**
 * The XLSX export opened by LibreOffice Calc: every sheet is converted to CSV by `soffice
 * --headless` and must give back the same values, with formula-looking text still text (never
 * computed). Skips with a printed reason where LibreOffice is not installed; CI installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportCellValue, ExportSheet } from '../../shared/files/export/export-sheet';
import { neutraliseText } from '../../shared/files/export/neutralise';
import { workbookSheets } from '../../shared/files/export/tables';
import { sheetsToXlsx } from '../../shared/files/export/xlsx-write';
import { exportWorkbook } from './fixtures/export-workbook';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) {
  console.warn(
    'Skipping the LibreOffice round trip: `soffice` is not installed (apt-get install libreoffice-calc).',
  );
}

// Separator, quote, UTF-8, from line 1, …, values "as shown" (token 9), no formulas, every sheet.
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

const checks: ExportSheet = {
  name: 'Checks',
  columns: [
    { header: 'Text', type: 'text', width: 20 },
    { header: 'Number', type: 'number', width: 10 },
    { header: 'When', type: 'date', width: 17 },
    { header: 'Flag', type: 'boolean', width: 8 },
  ],
  rows: [
    ['=1+1', 2, new Date('2024-02-29T23:59:00Z'), true],
    ['@SUM(A1)', -2.5, null, false],
    ['-2+3', 0, new Date('2000-01-01T00:00:00Z'), null],
    ['+1', 1234567.25, null, true],
    ['=HYPERLINK("http://x.example","click")', null, null, null],
    ['\t=1+2', null, null, null],
    ['Ünïcode “quotes”, commas\nand lines', 1e-3, null, null],
  ],
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** What LibreOffice shows for an exported value, given the exporter's formats. */
function shown(value: ExportCellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return neutraliseText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
}

describe.skipIf(!hasSoffice)('XLSX export opened by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-libreoffice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back every sheet’s values, with formula-looking text kept as text', async () => {
    const sheets = [...workbookSheets(exportWorkbook()), checks];
    const file = join(dir, 'export.xlsx');
    writeFileSync(file, await sheetsToXlsx(sheets));
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        dir,
        file,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const sheet of sheets) {
      const csv = readFileSync(join(dir, `export-${sheet.name}.csv`), 'utf8');
      const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const expected = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => r.map(shown))];
      expect(parsed.data, sheet.name).toEqual(expected);
    }
    // Spot checks by hand: nothing was computed.
    const partners = readFileSync(join(dir, 'export-Partners.csv'), 'utf8');
    expect(partners).toContain("'=1+1,,Prospect,No tier,'+44,'-2+3,'@SUM(A1),,0,");
    const checked = readFileSync(join(dir, 'export-Checks.csv'), 'utf8').split('\n');
    expect(checked[1]).toBe("'=1+1,2,2024-02-29 23:59,TRUE");
    expect(checked[2]).toBe("'@SUM(A1),-2.5,,FALSE");
  }, 180_000);
});
