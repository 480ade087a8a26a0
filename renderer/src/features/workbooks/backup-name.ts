import { PARTNERBOOK_EXTENSION } from '../../../../shared/files/partnerbook/format';

/** The suggested name of a workbook's backup file: its name, "backup" and the day, file-safe. */
export function backupFileName(name: string, day: Date): string {
  const safe =
    name
      .replace(/[/\\:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Workbook';
  return `${safe} backup ${day.toISOString().slice(0, 10)}.${PARTNERBOOK_EXTENSION}`;
}
