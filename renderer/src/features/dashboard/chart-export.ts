import type { Chart } from 'chart.js';
import type { ExportSheet } from '../../../../shared/files/export/export-sheet';
import { csvFileName, sheetToCsvBytes } from '../../../../shared/files/export/csv-write';
import type { Host } from '../../host/host';

/**
 * Saves a chart as a PNG image and its figures as CSV through the host (a save dialog in the
 * desktop app, a download in a browser). The CSV writer neutralises cells that a spreadsheet
 * would read as formulas, and starts with a byte-order mark so that Excel reads it as UTF-8.
 */

/** The bytes of a data URL's base64 payload. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Saves the chart as it is drawn now, as a PNG named after the sheet. */
export async function saveChartPng(
  host: Host,
  chart: Pick<Chart, 'toBase64Image'>,
  sheet: ExportSheet,
): Promise<boolean> {
  const bytes = dataUrlBytes(chart.toBase64Image('image/png'));
  const suggestedName = csvFileName(sheet.name).replace(/\.csv$/, '.png');
  const saved = await host.saveBytes({
    suggestedName,
    parts: [bytes],
    filters: [{ name: 'PNG image', extensions: ['png'] }],
  });
  return saved.saved;
}

/** Saves the chart's figures as CSV. */
export async function saveChartCsv(host: Host, sheet: ExportSheet): Promise<boolean> {
  const saved = await host.saveBytes({
    suggestedName: csvFileName(sheet.name),
    parts: [sheetToCsvBytes(sheet, { bom: true })],
    filters: [{ name: 'CSV file', extensions: ['csv'] }],
  });
  return saved.saved;
}
