import type { BackupInfo, BackupReason } from '../../../../shared/backups/backup-info';

/** How each reason for a backup reads in the list. */
export const REASON_LABELS: Record<BackupReason, string> = {
  scheduled: 'Every 15 minutes',
  quit: 'At quit',
  'before-restore': 'Before a restore',
  manual: 'Backed up by you',
};

// The tables a person recognises; bookkeeping tables (revisions, tombstones) are left out.
const TABLE_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  partners: ['partner', 'partners'],
  contacts: ['contact', 'contacts'],
  positioningDrafts: ['positioning draft', 'positioning drafts'],
  positioningIterations: ['iteration', 'iterations'],
  activities: ['activity', 'activities'],
  companyGoals: ['company goal', 'company goals'],
  partnerPlans: ['plan', 'plans'],
  investments: ['investment', 'investments'],
  metricEntries: ['metric entry', 'metric entries'],
  templates: ['template', 'templates'],
  qbrs: ['QBR', 'QBRs'],
  intelligenceEntries: ['intelligence entry', 'intelligence entries'],
  feedback: ['feedback entry', 'feedback entries'],
  decisions: ['decision', 'decisions'],
  stakeholders: ['stakeholder', 'stakeholders'],
  asks: ['ask', 'asks'],
};

/** The tables of a backup a person cares about, with their counts, in a fixed order. */
export function countLines(info: Pick<BackupInfo, 'counts'>): { label: string; count: number }[] {
  return Object.entries(TABLE_LABELS).flatMap(([table, [one, many]]) => {
    const count = info.counts[table] ?? 0;
    return count > 0 ? [{ label: count === 1 ? one : many, count }] : [];
  });
}

/** A one-line summary such as "12 partners, 30 contacts, 4 iterations". */
export function countSummary(info: Pick<BackupInfo, 'counts'>): string {
  const lines = countLines(info);
  if (lines.length === 0) return 'Empty';
  return lines.map(({ label, count }) => `${count.toLocaleString('en-US')} ${label}`).join(', ');
}

/** A size in KB or MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
