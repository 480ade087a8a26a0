import type { AgendaItem, Qbr, QbrStatus } from '../../../../shared/domain/templates/qbr';

/**
 * The QBR editor's form: every input as the text it shows (minutes too, so that a half-typed
 * number is not lost), turned into the repository's input on save; the shared schema validates.
 */

/** One agenda item as the form holds it. */
export interface AgendaRow {
  title: string;
  minutes: string;
  owner: string;
  notes: string;
}

/** One action as the form holds it. */
export interface ActionRow {
  description: string;
  owner: string;
  due: string;
  done: boolean;
}

/** The whole form. */
export interface QbrForm {
  title: string;
  date: string;
  status: QbrStatus;
  agenda: AgendaRow[];
  /** One attendee per line. */
  attendees: string;
  outcomes: string;
  actions: ActionRow[];
}

/** A blank agenda item, for "Add agenda item". */
export const BLANK_ITEM: AgendaRow = { title: '', minutes: '10', owner: '', notes: '' };

/** A blank action, for "Add action". */
export const BLANK_ACTION: ActionRow = { description: '', owner: '', due: '', done: false };

/** The form for a stored QBR. */
export function toForm(qbr: Qbr): QbrForm {
  return {
    title: qbr.title,
    date: qbr.date,
    status: qbr.status,
    agenda: qbr.agenda.map((item) => ({
      title: item.title,
      minutes: String(item.minutes),
      owner: item.owner ?? '',
      notes: item.notes ?? '',
    })),
    attendees: qbr.attendees.join('\n'),
    outcomes: qbr.outcomes ?? '',
    actions: qbr.actions.map((action) => ({
      description: action.description,
      owner: action.owner ?? '',
      due: action.due ?? '',
      done: action.done,
    })),
  };
}

// Minutes as typed: a number, or NaN for the schema to refuse with its message.
const minutesOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** The agenda as the schema takes it. */
export function agendaOf(form: Pick<QbrForm, 'agenda'>): AgendaItem[] {
  return form.agenda.map((row) => ({
    title: row.title,
    minutes: minutesOf(row.minutes),
    owner: row.owner,
    notes: row.notes,
  }));
}

/** The repository's input for a form; empty text becomes absent in the schema. */
export function fromForm(form: QbrForm, partnerId: string) {
  return {
    partnerId,
    title: form.title,
    date: form.date,
    status: form.status,
    agenda: agendaOf(form),
    attendees: form.attendees
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    outcomes: form.outcomes,
    actions: form.actions.map((row) => ({
      description: row.description,
      owner: row.owner,
      ...(row.due === '' ? {} : { due: row.due }),
      done: row.done,
    })),
  };
}
