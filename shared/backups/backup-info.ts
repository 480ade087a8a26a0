import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/record';

/**
 * A backup is a `.partnerbook` snapshot of one workbook, written by the app on its own (every 15
 * minutes while the workbook changes, and at quit) or before a restore overwrites it. Each lives
 * as two files in the backups folder: `<id>.partnerbook` (the snapshot) and `<id>.json` (this
 * description), so that the list shows date, size and record counts without opening snapshots.
 */

/** Why a backup was written. */
export const BACKUP_REASONS = ['scheduled', 'quit', 'before-restore', 'manual'] as const;

/** Why a backup was written. */
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's id: the workbook's id and the moment written, to the millisecond in UTC, such as
 * `…-4000-8000-000000000001--20261129T112233123Z`. Only these characters, so an id can never
 * name a path outside the backups folder.
 */
export const backupIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}--\d{8}T\d{9}Z$/, {
    error: 'Not a backup of this app.',
  });

/** Most tables a backup's counts may name: a workbook has a few dozen; more is not ours. */
export const MAX_BACKUP_COUNTED_TABLES = 200;

/** How many records of each table a backup holds, by table name. */
export const backupCountsSchema = z
  .record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.number().int().nonnegative())
  .refine((counts) => Object.keys(counts).length <= MAX_BACKUP_COUNTED_TABLES, {
    error: `A backup counts the records of at most ${MAX_BACKUP_COUNTED_TABLES} tables.`,
  });

/** What a backup is, as its description file holds it. */
export const backupInfoSchema = z
  .object({
    id: backupIdSchema,
    workbookId: idSchema,
    workbookName: z.string().trim().min(1).max(200),
    createdAt: timestampSchema,
    /** The snapshot's size in bytes. */
    bytes: z.number().int().nonnegative(),
    counts: backupCountsSchema,
    reason: z.enum(BACKUP_REASONS),
  })
  .strict();

/** A backup's description. */
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** The id of the backup of a workbook written at the given moment. */
export function backupId(workbookId: string, createdAt: Date): string {
  const stamp = createdAt.toISOString().replace(/[-:.]/g, '');
  return `${workbookId}--${stamp}`;
}

/** The snapshot's file name in the backups folder. */
export const snapshotFileName = (id: string): string => `${id}.partnerbook`;

/** The description's file name in the backups folder. */
export const infoFileName = (id: string): string => `${id}.json`;

/** Total records in a backup, for a short summary. */
export function recordTotal(info: Pick<BackupInfo, 'counts'>): number {
  return Object.values(info.counts).reduce((sum, count) => sum + count, 0);
}

/**
 * A description file's backup, if the text is one and names this very file: a description
 * renamed to stand for another backup is not believed. Undefined for anything else.
 */
export function parseBackupInfo(fileName: string, text: string): BackupInfo | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = backupInfoSchema.safeParse(json);
  return parsed.success && infoFileName(parsed.data.id) === fileName ? parsed.data : undefined;
}

/**
 * The whole backups among a folder's descriptions (of one workbook, if given), newest first: a
 * description counts only beside its snapshot, since a crash between the two writes leaves a
 * snapshot without one, never the other way round.
 */
export function wholeBackups(
  infos: readonly BackupInfo[],
  fileNames: ReadonlySet<string>,
  workbookId?: string,
): BackupInfo[] {
  return infos
    .filter((info) => fileNames.has(snapshotFileName(info.id)))
    .filter((info) => workbookId === undefined || info.workbookId === workbookId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The description of a backup of `size` bytes written now: its id and time decided here. */
export function describeBackup(
  request: Pick<BackupInfo, 'workbookId' | 'workbookName' | 'counts' | 'reason'>,
  size: number,
  createdAt: Date,
): BackupInfo {
  return backupInfoSchema.parse({
    id: backupId(request.workbookId, createdAt),
    workbookId: request.workbookId,
    workbookName: request.workbookName,
    createdAt: createdAt.toISOString(),
    bytes: size,
    counts: request.counts,
    reason: request.reason,
  });
}
