import { QBR_STATUS_LABELS } from '../../domain/templates/template-labels';
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from '../../domain/templates/template-kinds';
import { canonicalJson } from '../../util/content-hash';

/**
 * How templates' and QBRs' fields read in a merge conflict (see field-display.ts): the kind and
 * status as words, an agenda as its items with their minutes, attendees and actions as lists.
 */

/** Field names of templates and QBRs, for people, beyond the ones other tables share. */
export const TEMPLATE_FIELD_LABELS: Readonly<Record<string, string>> = {
  description: 'Description',
  body: 'Content',
  agenda: 'Agenda',
  attendees: 'Attendees',
  outcomes: 'Outcomes',
  actions: 'Actions',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : canonicalJson(value);

const agendaText = (items: unknown[]): string =>
  items
    .map((item) =>
      isRecord(item) ? `${text(item.title)} (${text(item.minutes)} min)` : text(item),
    )
    .join('; ');

/** A template's or QBR's field as display text; `partner` names a partner id. */
export function templateValue(
  table: 'templates' | 'qbrs',
  field: string,
  value: unknown,
  partner: (id: unknown) => string,
): string {
  if (field === 'partnerId') return partner(value);
  if (table === 'templates' && field === 'kind' && typeof value === 'string') {
    const kind = TEMPLATE_KINDS.find((known) => known === value);
    return kind === undefined ? value : TEMPLATE_KIND_LABELS[kind].one;
  }
  if (table === 'templates' && field === 'body' && isRecord(value)) {
    if (Array.isArray(value.items)) return agendaText(value.items);
    return canonicalJson(value);
  }
  if (table === 'qbrs' && field === 'status' && typeof value === 'string') {
    return value === 'planned' || value === 'held' ? QBR_STATUS_LABELS[value] : value;
  }
  if (field === 'agenda' && Array.isArray(value)) return agendaText(value);
  if (field === 'attendees' && Array.isArray(value)) return value.map(text).join(', ');
  if (field === 'actions' && Array.isArray(value)) {
    return value
      .map((action) => (isRecord(action) ? text(action.description) : text(action)))
      .join('; ');
  }
  return text(value);
}
