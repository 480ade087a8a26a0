/**
 * The tables a workbook exports to XLSX and CSV: one sheet each for partners, contacts,
 * positioning drafts, iterations and activities (and the strategy sheets, strategy-tables.ts,
 * the templates and QBRs, template-tables.ts, the stage and tier changes, history-tables.ts,
 * and the people sheets, people-tables.ts), with human labels instead of stored codes and
 * each draft's fields flattened to one text cell. Rows are sorted the way a reader scans them.
 */
import type { Activity } from '../../domain/activity';
import {
  ACTIVITY_DIRECTION_LABELS,
  ACTIVITY_PURPOSE_LABELS,
  PARTNER_TYPE_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from '../../domain/labels';
import type { Contact, Partner } from '../../domain/partner';
import type { DraftField, PositioningDraft, PositioningIteration } from '../../domain/positioning';
import { fieldToText, isFieldEmpty } from '../../positioning/field-text';
import { AUDIENCE_LABELS, STATUS_LABELS } from '../../positioning/labels';
import { templateById } from '../../positioning/templates';
import type { ExportSheet } from './export-sheet';
import type { ColumnSpec } from './sheet-builder';
import { strategySheets, type ExportableStrategy } from './strategy-tables';
import { historySheets, type ExportableHistory } from './history-tables';
import { peopleSheets, type ExportablePeople } from './people-tables';
import { templateSheets, type ExportableTemplates } from './template-tables';
import { buildSheet, joinList, textOrNull, toDate } from './sheet-builder';

/** The records an export reads; a workbook snapshot (with more tables) fits this shape. */
export interface ExportableWorkbook
  extends ExportableStrategy, ExportableTemplates, ExportableHistory, ExportablePeople {
  partners: readonly Partner[];
  contacts: readonly Contact[];
  positioningDrafts: readonly PositioningDraft[];
  positioningIterations: readonly PositioningIteration[];
  activities: readonly Activity[];
}

/** What the Partner column says for a draft that belongs to no partner. */
export const COMPANY_WIDE = 'Company-wide';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ID = 38;
const DATE = 17;

/** A draft's or iteration's non-empty fields as one text: "Label:" then the value, blank-line separated. */
export function fieldsToText(fields: readonly DraftField[]): string | null {
  const blocks = fields
    .filter((field) => !isFieldEmpty(field))
    .map((field) => `${field.label}:\n${fieldToText(field)}`);
  return blocks.length === 0 ? null : blocks.join('\n\n');
}

const recordDates = <
  T extends { createdAt: string; updatedAt: string; id: string },
>(): ColumnSpec<T>[] => [
  { header: 'Created', type: 'date', width: DATE, value: (record) => toDate(record.createdAt) },
  { header: 'Updated', type: 'date', width: DATE, value: (record) => toDate(record.updatedAt) },
  { header: 'ID', type: 'text', width: ID, value: (record) => record.id },
];

const partnerColumns: ColumnSpec<Partner>[] = [
  { header: 'Name', type: 'text', width: 32, value: (p) => p.name },
  {
    header: 'Types',
    type: 'text',
    width: 30,
    value: (p) => joinList(p.types.map((type) => PARTNER_TYPE_LABELS[type])),
  },
  { header: 'Stage', type: 'text', width: 13, value: (p) => STAGE_LABELS[p.stage] },
  { header: 'Tier', type: 'text', width: 11, value: (p) => TIER_LABELS[p.tier] },
  { header: 'Region', type: 'text', width: 15, value: (p) => textOrNull(p.region) },
  { header: 'Industry', type: 'text', width: 20, value: (p) => textOrNull(p.industry) },
  { header: 'Owner', type: 'text', width: 18, value: (p) => textOrNull(p.owner) },
  { header: 'Website', type: 'text', width: 30, value: (p) => textOrNull(p.website) },
  { header: 'Health score', type: 'number', width: 13, value: (p) => p.healthScore ?? null },
  { header: 'Last activity', type: 'date', width: DATE, value: (p) => toDate(p.lastActivityAt) },
  { header: 'Tags', type: 'text', width: 28, value: (p) => joinList(p.tags) },
  { header: 'Notes', type: 'text', width: 50, value: (p) => textOrNull(p.notes) },
  ...recordDates<Partner>(),
];

/**
 * Builds a workbook's export sheets: the five above, the strategy sheets, the templates', the
 * history, then the people sheets.
 */
export function workbookSheets(workbook: ExportableWorkbook): ExportSheet[] {
  const partnerNames = new Map(workbook.partners.map((p) => [p.id, p.name]));
  const partnerName = (id: string | undefined): string | null =>
    id === undefined ? COMPANY_WIDE : (partnerNames.get(id) ?? null);
  const byName = (a: string | null, b: string | null): number => collator.compare(a ?? '', b ?? '');

  const partners = [...workbook.partners].sort((a, b) => byName(a.name, b.name));

  const contacts = [...workbook.contacts].sort(
    (a, b) => byName(partnerName(a.partnerId), partnerName(b.partnerId)) || byName(a.name, b.name),
  );
  const contactColumns: ColumnSpec<Contact>[] = [
    { header: 'Partner', type: 'text', width: 32, value: (c) => partnerName(c.partnerId) },
    { header: 'Name', type: 'text', width: 26, value: (c) => c.name },
    { header: 'Role', type: 'text', width: 24, value: (c) => textOrNull(c.role) },
    { header: 'Email', type: 'text', width: 30, value: (c) => textOrNull(c.email) },
    { header: 'Phone', type: 'text', width: 18, value: (c) => textOrNull(c.phone) },
    { header: 'Notes', type: 'text', width: 50, value: (c) => textOrNull(c.notes) },
    { header: 'Partner ID', type: 'text', width: ID, value: (c) => c.partnerId },
    ...recordDates<Contact>(),
  ];

  const drafts = [...workbook.positioningDrafts].sort(
    (a, b) =>
      byName(partnerName(a.partnerId), partnerName(b.partnerId)) || byName(a.title, b.title),
  );
  const draftTitles = new Map(drafts.map((d) => [d.id, d.title]));
  const draftColumns: ColumnSpec<PositioningDraft>[] = [
    { header: 'Title', type: 'text', width: 32, value: (d) => d.title },
    { header: 'Partner', type: 'text', width: 32, value: (d) => partnerName(d.partnerId) },
    { header: 'Audience', type: 'text', width: 22, value: (d) => AUDIENCE_LABELS[d.audience] },
    { header: 'Template', type: 'text', width: 24, value: (d) => templateById(d.template).name },
    { header: 'Status', type: 'text', width: 11, value: (d) => STATUS_LABELS[d.status] },
    { header: 'Iterations', type: 'number', width: 11, value: (d) => d.iterationCount },
    { header: 'Working copy', type: 'text', width: 60, value: (d) => fieldsToText(d.fields) },
    {
      header: 'Copied from',
      type: 'text',
      width: 32,
      value: (d) => (d.copiedFrom ? (draftTitles.get(d.copiedFrom.draftId) ?? null) : null),
    },
    { header: 'Partner ID', type: 'text', width: ID, value: (d) => d.partnerId ?? null },
    ...recordDates<PositioningDraft>(),
  ];

  const draftOrder = new Map(drafts.map((d, index) => [d.id, index]));
  const draftsById = new Map(drafts.map((d) => [d.id, d]));
  const iterations = [...workbook.positioningIterations].sort(
    (a, b) =>
      (draftOrder.get(a.draftId) ?? drafts.length) - (draftOrder.get(b.draftId) ?? drafts.length) ||
      a.number - b.number,
  );
  const iterationColumns: ColumnSpec<PositioningIteration>[] = [
    { header: 'Draft', type: 'text', width: 32, value: (i) => draftTitles.get(i.draftId) ?? null },
    {
      header: 'Partner',
      type: 'text',
      width: 32,
      value: (i) => {
        const draft = draftsById.get(i.draftId);
        return draft ? partnerName(draft.partnerId) : null;
      },
    },
    { header: 'Iteration', type: 'number', width: 10, value: (i) => i.number },
    { header: 'Committed', type: 'date', width: DATE, value: (i) => toDate(i.committedAt) },
    { header: 'Author', type: 'text', width: 20, value: (i) => textOrNull(i.author) },
    { header: 'Title', type: 'text', width: 32, value: (i) => i.title },
    { header: 'Audience', type: 'text', width: 22, value: (i) => AUDIENCE_LABELS[i.audience] },
    { header: 'Status', type: 'text', width: 11, value: (i) => STATUS_LABELS[i.status] },
    { header: 'Rationale', type: 'text', width: 40, value: (i) => i.rationale },
    { header: 'Evidence', type: 'text', width: 40, value: (i) => textOrNull(i.evidence) },
    { header: 'Evidence link', type: 'text', width: 30, value: (i) => textOrNull(i.evidenceUrl) },
    { header: 'Restored from', type: 'number', width: 14, value: (i) => i.restoredFrom ?? null },
    { header: 'Content', type: 'text', width: 60, value: (i) => fieldsToText(i.fields) },
    { header: 'Draft ID', type: 'text', width: ID, value: (i) => i.draftId },
    { header: 'Parent ID', type: 'text', width: ID, value: (i) => i.parentId ?? null },
    ...recordDates<PositioningIteration>(),
  ];

  const activities = [...workbook.activities].sort(
    (a, b) =>
      Date.parse(b.occurredAt) - Date.parse(a.occurredAt) ||
      byName(partnerName(a.partnerId), partnerName(b.partnerId)),
  );
  const activityColumns: ColumnSpec<Activity>[] = [
    { header: 'Date', type: 'date', width: DATE, value: (a) => toDate(a.occurredAt) },
    { header: 'Partner', type: 'text', width: 32, value: (a) => partnerName(a.partnerId) },
    { header: 'Title', type: 'text', width: 40, value: (a) => a.title },
    {
      header: 'Direction',
      type: 'text',
      width: 11,
      value: (a) => ACTIVITY_DIRECTION_LABELS[a.direction],
    },
    {
      header: 'Purpose',
      type: 'text',
      width: 20,
      value: (a) => ACTIVITY_PURPOSE_LABELS[a.purpose],
    },
    { header: 'Notes', type: 'text', width: 50, value: (a) => textOrNull(a.notes) },
    { header: 'Partner ID', type: 'text', width: ID, value: (a) => a.partnerId },
    ...recordDates<Activity>(),
  ];

  return [
    buildSheet('Partners', partnerColumns, partners),
    buildSheet('Contacts', contactColumns, contacts),
    buildSheet('Positioning drafts', draftColumns, drafts),
    buildSheet('Iterations', iterationColumns, iterations),
    buildSheet('Activities', activityColumns, activities),
    ...strategySheets(workbook, (id) => partnerNames.get(id) ?? null),
    ...templateSheets(workbook, (id) => partnerNames.get(id) ?? null),
    ...historySheets(workbook, (id) => partnerNames.get(id) ?? null),
    ...peopleSheets(workbook, (id) => partnerNames.get(id) ?? null),
  ];
}
