import { isPartnerbookFileName } from '../../../../shared/files/partnerbook/decode';
import { DEFAULT_TABLE_LIMITS, formatMegabytes } from '../../../../shared/files/tabular/raw-table';
import { releaseSource, type FileSource } from '../../host/file-source';

/** What a file handed to the app is: a workbook to open, a list to import, or neither. */
export type IncomingKind = 'workbook' | 'list' | 'other';

// Old spreadsheet formats go to the import screen too, which says how to save them instead.
const LIST_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'xls', 'ods'];

/** Decides what to do with a file dropped on the window or opened by the system, by its name. */
export function incomingKind(fileName: string): IncomingKind {
  if (isPartnerbookFileName(fileName)) return 'workbook';
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return LIST_EXTENSIONS.includes(extension) ? 'list' : 'other';
}

/**
 * A list file as the import screen takes it (a Blob), or why it cannot be imported. The host
 * streams only files far past what an import reads (DEFAULT_TABLE_LIMITS), so such a file is
 * refused here, by its size, and released so that the host closes it.
 */
export function importableList(file: {
  name: string;
  data: FileSource;
}): { name: string; data: Blob } | { refusal: string } {
  const { name, data } = file;
  if (data instanceof Blob) return { name, data };
  releaseSource(data);
  const most = formatMegabytes(DEFAULT_TABLE_LIMITS.maxBytes);
  return {
    refusal: `“${name}” is ${formatMegabytes(data.size)}; files up to ${most} can be imported.`,
  };
}
