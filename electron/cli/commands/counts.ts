/**
 * How commands describe a workbook's size in one line: "25 partners, 60 contacts, …", with the
 * tables named as people say them.
 */
import {
  snapshotCounts,
  type SnapshotTableName,
  type WorkbookSnapshot,
} from '../../../shared/files/partnerbook/snapshot';

/** How each table is named in a sentence: one record, several records. */
export const TABLE_NOUNS: Readonly<Record<SnapshotTableName, readonly [string, string]>> = {
  partners: ['partner', 'partners'],
  contacts: ['contact', 'contacts'],
  positioningDrafts: ['positioning draft', 'positioning drafts'],
  positioningIterations: ['iteration', 'iterations'],
  positioningStatusChanges: ['status change', 'status changes'],
  activities: ['activity', 'activities'],
  companyGoals: ['company goal', 'company goals'],
  partnerPlans: ['partner plan', 'partner plans'],
  investments: ['investment', 'investments'],
  metricEntries: ['metric entry', 'metric entries'],
  customMetrics: ['custom metric', 'custom metrics'],
  templates: ['template', 'templates'],
  qbrs: ['QBR', 'QBRs'],
  partnerChanges: ['stage or tier change', 'stage or tier changes'],
  intelligenceEntries: ['intelligence entry', 'intelligence entries'],
  feedback: ['feedback entry', 'feedback entries'],
  decisions: ['decision', 'decisions'],
  stakeholders: ['stakeholder', 'stakeholders'],
  asks: ['ask', 'asks'],
  settings: ['setting', 'settings'],
  tombstones: ['deletion record', 'deletion records'],
  revisions: ['revision history', 'revision histories'],
};

/** "1 partner" or "1,000 partners". */
export function counted(count: number, [one, many]: readonly [string, string]): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** The main tables' counts as a phrase: "25 partners, 60 contacts, 12 positioning drafts, …". */
export function countsPhrase(snapshot: WorkbookSnapshot): string {
  return tableCountsPhrase(snapshotCounts(snapshot));
}

/** {@link countsPhrase} from the records each table holds. */
export function tableCountsPhrase(counts: Readonly<Record<SnapshotTableName, number>>): string {
  const main: SnapshotTableName[] = [
    'partners',
    'contacts',
    'positioningDrafts',
    'positioningIterations',
    'activities',
  ];
  return main.map((table) => counted(counts[table], TABLE_NOUNS[table])).join(', ');
}
