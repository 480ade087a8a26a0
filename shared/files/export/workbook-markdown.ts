/**
 * A workbook as one Markdown document, for wikis and for reading without the app: the list of
 * partners as a table, then each approved positioning (its latest iteration) as the draft export
 * prints it. All user text is escaped, so nothing a user typed turns into markup.
 */
import { PARTNER_TYPE_LABELS, STAGE_LABELS, TIER_LABELS } from '../../domain/labels';
import type { Partner } from '../../domain/partner';
import type { PositioningDraft, PositioningIteration } from '../../domain/positioning';
import { exportDocOf } from '../../positioning/export-doc';
import { toMarkdown } from '../../positioning/export-text';
import { escapeMarkdownLine, markdownUrl } from '../../positioning/markdown-escape';

/** What the Markdown summary reads; a workbook snapshot's identity and tables fit it. */
export interface MarkdownWorkbook {
  name: string;
  partners: readonly Partner[];
  positioningDrafts: readonly PositioningDraft[];
  positioningIterations: readonly PositioningIteration[];
}

/** How the summary names the partner of a draft whose partner was deleted. */
export const DELETED_PARTNER = '(deleted partner)';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function partnerTable(partners: readonly Partner[]): string {
  if (partners.length === 0) return '_No partners yet._';
  const cell = (text: string | undefined): string => (text ? escapeMarkdownLine(text) : '');
  const rows = [...partners]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((p) =>
      [
        cell(p.name),
        STAGE_LABELS[p.stage],
        TIER_LABELS[p.tier],
        cell(p.types.map((type) => PARTNER_TYPE_LABELS[type]).join(', ')),
        cell(p.region),
        cell(p.owner),
        p.healthScore === undefined ? '' : String(p.healthScore),
        p.website ? markdownUrl(p.website) : '',
      ].join(' | '),
    );
  return [
    '| Partner | Stage | Tier | Types | Region | Owner | Health | Website |',
    '| --- | --- | --- | --- | --- | --- | ---: | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The approved drafts, company-wide first, then by partner name and title. */
function approvedDrafts(
  workbook: MarkdownWorkbook,
  partnerName: (id: string | undefined) => string | undefined,
): PositioningDraft[] {
  const key = (draft: PositioningDraft): string => partnerName(draft.partnerId) ?? '';
  return workbook.positioningDrafts
    .filter((draft) => draft.status === 'approved')
    .sort(
      (a, b) =>
        Number(a.partnerId !== undefined) - Number(b.partnerId !== undefined) ||
        collator.compare(key(a), key(b)) ||
        collator.compare(a.title, b.title),
    );
}

/** The workbook as Markdown: a title, the partners table, and every approved positioning. */
export function workbookMarkdown(workbook: MarkdownWorkbook): string {
  const names = new Map(workbook.partners.map((partner) => [partner.id, partner.name]));
  // A draft outlives its partner; it is then still a partner's positioning, not the company's.
  const partnerName = (id: string | undefined): string | undefined =>
    id === undefined ? undefined : (names.get(id) ?? DELETED_PARTNER);
  const approved = approvedDrafts(workbook, partnerName);
  // Only the approved drafts' heads are needed; a large workbook has a million iterations.
  const heads = new Set(approved.map((draft) => draft.headIterationId));
  const iterations = new Map<string, PositioningIteration>();
  for (const iteration of workbook.positioningIterations) {
    if (heads.has(iteration.id)) iterations.set(iteration.id, iteration);
  }

  const blocks = [
    `# ${escapeMarkdownLine(workbook.name)}`,
    `${count(workbook.partners.length, 'partner', 'partners')}, ${count(approved.length, 'approved positioning', 'approved positionings')}.`,
    '## Partners',
    partnerTable(workbook.partners),
    '## Approved positioning',
  ];
  if (approved.length === 0) blocks.push('_No positioning has been approved yet._');
  for (const draft of approved) {
    const head =
      draft.headIterationId === undefined ? undefined : iterations.get(draft.headIterationId);
    const subject = head
      ? { kind: 'iteration' as const, iteration: head }
      : { kind: 'working' as const, title: draft.title, fields: draft.fields };
    // The draft's status (approved), not the one its latest iteration was committed in.
    const doc = {
      ...exportDocOf(draft, partnerName(draft.partnerId), subject),
      status: draft.status,
    };
    blocks.push(toMarkdown(doc, { headingLevel: 3 }).trimEnd());
  }
  return `${blocks.join('\n\n')}\n`;
}
