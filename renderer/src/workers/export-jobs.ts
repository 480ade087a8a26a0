/**
 * What the export worker does, apart from the worker itself so that tests run it in process:
 * read the workbook's tables in one transaction, build one sheet per table, and write them as an
 * Excel workbook or a zip of CSV files.
 */
import { Dexie } from 'dexie';
import { sheetsToCsvZip } from '../../../shared/files/export/csv-write';
import { workbookSheets } from '../../../shared/files/export/tables';
import { sheetsToXlsx } from '../../../shared/files/export/xlsx-write';
import { WorkbookDatabase } from '../db/database';
import { readSnapshot } from '../db/repos/snapshot-read';
import { exportRequestSchema, type ExportResponse } from './export-messages';

type Post = (response: ExportResponse, transfer?: Transferable[]) => void;

/** Runs one export request, posting progress and then the file or the reason it failed. */
export async function runExportJob(data: unknown, post: Post): Promise<void> {
  const parsed = exportRequestSchema.safeParse(data);
  if (!parsed.success) {
    post({ type: 'failed', message: 'The export request was not understood.' });
    return;
  }
  const request = parsed.data;
  if (!(await Dexie.exists(request.dbName))) {
    post({ type: 'failed', message: 'This workbook no longer exists on this computer.' });
    return;
  }
  const db = new WorkbookDatabase(request.dbName);
  try {
    await db.open();
    const snapshot = await readSnapshot(db, {
      onProgress: ({ done, total }) => post({ type: 'progress', phase: 'reading', done, total }),
    });
    const sheets = workbookSheets(snapshot.tables);
    post({ type: 'progress', phase: 'writing', done: 0, total: 1 });
    const bytes =
      request.format === 'xlsx'
        ? await sheetsToXlsx(sheets)
        : sheetsToCsvZip(sheets, { bom: request.bom });
    post({ type: 'exported', bytes }, [bytes.buffer]);
  } catch {
    post({ type: 'failed', message: 'The workbook could not be exported; nothing was saved.' });
  } finally {
    db.close();
  }
}
