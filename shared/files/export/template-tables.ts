/**
 * The templates-library sheets of a workbook export: the user's own templates (one row each,
 * their content as text lines) and QBRs (one row each, the agenda and actions as lines).
 */
import { agendaMinutes, type Qbr } from '../../domain/templates/qbr';
import type { Template } from '../../domain/templates/template';
import { TEMPLATE_KIND_LABELS } from '../../domain/templates/template-kinds';
import { QBR_STATUS_LABELS } from '../../domain/templates/template-labels';
import { templateSummary } from '../../domain/templates/template-summary';
import { currencySchema } from '../../domain/strategy/money';
import { DEFAULT_CURRENCY, STRATEGY_SETTING_KEYS } from '../../domain/strategy/strategy-settings';
import type { Setting } from '../../domain/workbook';
import type { ExportSheet } from './export-sheet';
import { buildSheet, joinList, textOrNull, toDate, type ColumnSpec } from './sheet-builder';
import { dateCell } from './strategy-tables';

/** The template records an export reads; each table may be missing (older callers). */
export interface ExportableTemplates {
  templates?: readonly Template[];
  qbrs?: readonly Qbr[];
  /** For the workbook's currency, which scorecards without their own count money in. */
  settings?: readonly Setting[];
}

// The workbook's currency setting, or the default when unset or unreadable.
function workbookCurrency(settings: readonly Setting[] | undefined): string {
  const stored = settings?.find((setting) => setting.key === STRATEGY_SETTING_KEYS.currency);
  const parsed = currencySchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : DEFAULT_CURRENCY;
}

const ID = 38;

const stamps = <
  T extends { id: string; createdAt: string; updatedAt: string },
>(): ColumnSpec<T>[] => [
  { header: 'Created', type: 'date', width: 17, value: (r) => toDate(r.createdAt) },
  { header: 'Updated', type: 'date', width: 17, value: (r) => toDate(r.updatedAt) },
  { header: 'ID', type: 'text', width: ID, value: (r) => r.id },
];

const lines = (items: readonly string[]): string | null =>
  items.length === 0 ? null : items.join('\n');

/** Builds the Templates and QBRs sheets; `partnerName` names a partner by id. */
export function templateSheets(
  workbook: ExportableTemplates,
  partnerName: (id: string) => string | null,
): ExportSheet[] {
  const currency = workbookCurrency(workbook.settings);
  const templates = [...(workbook.templates ?? [])].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
  const templateColumns: ColumnSpec<Template>[] = [
    { header: 'Kind', type: 'text', width: 18, value: (t) => TEMPLATE_KIND_LABELS[t.kind].one },
    { header: 'Name', type: 'text', width: 32, value: (t) => t.name },
    { header: 'Description', type: 'text', width: 40, value: (t) => textOrNull(t.description) },
    {
      header: 'Content',
      type: 'text',
      width: 60,
      value: (t) => lines(templateSummary(t, currency)),
    },
    ...stamps<Template>(),
  ];
  const qbrs = [...(workbook.qbrs ?? [])].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (partnerName(a.partnerId) ?? '').localeCompare(partnerName(b.partnerId) ?? ''),
  );
  const qbrColumns: ColumnSpec<Qbr>[] = [
    { header: 'Date', type: 'date', width: 12, value: (q) => dateCell(q.date) },
    { header: 'Partner', type: 'text', width: 32, value: (q) => partnerName(q.partnerId) },
    { header: 'Title', type: 'text', width: 32, value: (q) => q.title },
    { header: 'Status', type: 'text', width: 10, value: (q) => QBR_STATUS_LABELS[q.status] },
    {
      header: 'Agenda',
      type: 'text',
      width: 50,
      value: (q) =>
        lines(
          q.agenda.map(
            (item) => `${item.title} (${item.minutes} min)${item.owner ? ` — ${item.owner}` : ''}`,
          ),
        ),
    },
    { header: 'Minutes', type: 'number', width: 10, value: (q) => agendaMinutes(q.agenda) },
    { header: 'Attendees', type: 'text', width: 32, value: (q) => joinList(q.attendees) },
    { header: 'Outcomes', type: 'text', width: 50, value: (q) => textOrNull(q.outcomes) },
    {
      header: 'Actions',
      type: 'text',
      width: 50,
      value: (q) =>
        lines(
          q.actions.map(
            (action) =>
              `${action.done ? '[done] ' : ''}${action.description}` +
              `${action.owner ? ` — ${action.owner}` : ''}${action.due ? `, due ${action.due}` : ''}`,
          ),
        ),
    },
    { header: 'Partner ID', type: 'text', width: ID, value: (q) => q.partnerId },
    ...stamps<Qbr>(),
  ];
  return [
    buildSheet('Templates', templateColumns, templates),
    buildSheet('QBRs', qbrColumns, qbrs),
  ];
}
