import { isPartnerbookFileName } from '../../../../shared/files/partnerbook/decode';

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
