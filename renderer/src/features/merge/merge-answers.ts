import type { Conflict, MergeCounts, Resolution } from '../../../../shared/files/merge/merge-types';

/** True when a conflict has a whole answer, or an answer for every differing field. */
export function isAnswered(conflict: Conflict, resolution: Resolution | undefined): boolean {
  if (resolution === undefined) return false;
  if (resolution === 'mine' || resolution === 'theirs') return true;
  return conflict.fields.every((field) => resolution.fields[field.field] !== undefined);
}

/** The side chosen for one field: the whole answer's, or the field's own. */
export function fieldSide(
  resolution: Resolution | undefined,
  field: string,
): 'mine' | 'theirs' | undefined {
  if (resolution === undefined) return undefined;
  if (resolution === 'mine' || resolution === 'theirs') return resolution;
  return resolution.fields[field];
}

/** Sets one field's side, keeping the others; a whole answer is spread over every field first. */
export function withField(
  conflict: Conflict,
  resolution: Resolution | undefined,
  field: string,
  side: 'mine' | 'theirs',
): Resolution {
  const fields: Record<string, 'mine' | 'theirs'> = {};
  for (const f of conflict.fields) {
    const current = fieldSide(resolution, f.field);
    if (current) fields[f.field] = current;
  }
  fields[field] = side;
  return { fields };
}

const TABLE_WORDS: Record<keyof MergeCounts, [string, string]> = {
  partners: ['partner', 'partners'],
  contacts: ['contact', 'contacts'],
  activities: ['activity', 'activities'],
  positioningDrafts: ['positioning draft', 'positioning drafts'],
  settings: ['setting', 'settings'],
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
  positioningIterations: ['iteration', 'iterations'],
  positioningStatusChanges: ['status change', 'status changes'],
};

/** What a merge does besides its conflicts, in words: "adds 3 partners, updates 1 contact". */
export function describeCounts(counts: MergeCounts): string[] {
  const lines: string[] = [];
  for (const [table, [one, many]] of Object.entries(TABLE_WORDS) as [
    keyof MergeCounts,
    [string, string],
  ][]) {
    const { added, updated, deleted } = counts[table];
    const parts = [
      added > 0 ? `adds ${added.toLocaleString()}` : '',
      updated > 0 ? `updates ${updated.toLocaleString()}` : '',
      deleted > 0 ? `deletes ${deleted.toLocaleString()}` : '',
    ].filter(Boolean);
    const total = added + updated + deleted;
    if (parts.length > 0) lines.push(`${parts.join(', ')} ${total === 1 ? one : many}`);
  }
  return lines;
}
