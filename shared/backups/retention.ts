/**
 * Which backups of one workbook to keep: the newest `keepLast` (10), and the newest of each UTC
 * day over the last `dailyDays` (14) days, counting today; every other one may go. A pure rule,
 * shared by the desktop app's backups folder and the web build's private file system.
 */

/** How many backups to keep. */
export interface RetentionPolicy {
  keepLast: number;
  dailyDays: number;
}

/** The policy the app uses: the last 10, and one a day for 14 days. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 10, dailyDays: 14 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The backups to delete, given all backups of one workbook; order does not matter. */
export function backupsToPrune<B extends { id: string; createdAt: string }>(
  backups: readonly B[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): B[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((backup) => backup.id));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const firstDay = today - (policy.dailyDays - 1) * DAY_MS;
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (Date.parse(`${day}T00:00:00.000Z`) < firstDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
  return newestFirst.filter((backup) => !keep.has(backup.id));
}
