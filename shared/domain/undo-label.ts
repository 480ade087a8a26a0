/**
 * Names of the changes the undo history lists ("Rename partner", "Delete 3 activities") and of
 * the records a refused undo names: one wording for every screen, menu and announcement.
 */

/** What a change did to its records. */
export type ChangeVerb = 'Add' | 'Edit' | 'Delete' | 'Restore';

// Singular and plural nouns of the tables a user changes.
const NOUNS: Record<string, readonly [string, string]> = {
  partners: ['partner', 'partners'],
  contacts: ['contact', 'contacts'],
  activities: ['activity', 'activities'],
  positioningDrafts: ['draft', 'drafts'],
  positioningIterations: ['iteration', 'iterations'],
  positioningIterationSummaries: ['iteration', 'iterations'],
  positioningStatusChanges: ['status change', 'status changes'],
  settings: ['setting', 'settings'],
  companyGoals: ['goal', 'goals'],
  partnerPlans: ['plan', 'plans'],
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
};

/** The noun of a table's records, singular for one and plural otherwise. */
export function recordNoun(table: string, count = 1): string {
  const [one, many] = NOUNS[table] ?? ['record', 'records'];
  return count === 1 ? one : many;
}

/** A change's label: "Add activity", "Delete 3 activities", "Edit partner “Acme”". */
export function changeLabel(verb: ChangeVerb, table: string, count = 1, name?: string): string {
  const counted =
    count === 1 ? recordNoun(table) : `${count.toLocaleString('en')} ${recordNoun(table, count)}`;
  return name ? `${verb} ${counted} “${name}”` : `${verb} ${counted}`;
}

/** A record's own name, if it has one to show (a partner's name, a draft's title). */
export function recordName(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  for (const field of ['name', 'title']) {
    const value: unknown = (record as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** The message when an undo (or redo) would overwrite a record that changed since. */
export function changedSinceMessage(
  action: 'undo' | 'redo',
  label: string,
  table: string,
  record: unknown,
): string {
  const name = recordName(record);
  const what = name ? `the ${recordNoun(table)} “${name}”` : `a ${recordNoun(table)} it touched`;
  const verb = action === 'undo' ? 'undone' : 'redone';
  return `“${label}” can’t be ${verb}: ${what} has changed since. Nothing was changed.`;
}

/** An import's label: "Import 1,240 partners from accounts.csv". */
export function importLabel(partners: number, fileName: string): string {
  const counted = `${partners.toLocaleString('en')} ${partners === 1 ? 'partner' : 'partners'}`;
  return `Import ${counted} from ${fileName}`;
}

/** A merge's label: "Merge “EMEA resellers (Dana).partnerbook”", named by their file. */
export function mergeLabel(fileName: string): string {
  return `Merge “${fileName}”`;
}

/** The label of a change too large to keep in the undo history: it is listed, not undoable. */
export function tooLargeLabel(label: string): string {
  return `${label} (too large to undo)`;
}

const megabytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / (1024 * 1024))).toLocaleString('en')} MB`;

/**
 * Why a change cannot be undone from the history, to follow "can’t be undone: " where it was made
 * and when Undo reaches it.
 */
export function tooLargeReason(limit: number): string {
  return `it changed more than ${megabytes(limit)} of records, more than the undo history keeps for one change`;
}
