import type { IsoDate } from '../strategy/iso-date';
import type { Qbr, QbrInput } from './qbr';
import type { TemplateInput, TemplateOf } from './template';

/**
 * Between QBRs and agenda templates. A QBR starts from an agenda with the items' titles,
 * minutes, owners and notes; saving a QBR's agenda as a template keeps the titles, minutes and
 * owners but not the notes, which record one meeting.
 */

/** A new QBR's input from an agenda template, for a partner and date. */
export function qbrFromTemplate(
  template: Pick<TemplateOf<'qbr-agenda'>, 'body'>,
  start: { partnerId: string; date: IsoDate; title: string },
): QbrInput {
  return {
    partnerId: start.partnerId,
    date: start.date,
    title: start.title,
    status: 'planned',
    agenda: template.body.items.map((item) => ({ ...item })),
    attendees: [],
    actions: [],
  };
}

/** An agenda template's input from a QBR's agenda. */
export function templateFromQbr(
  qbr: Pick<Qbr, 'agenda'>,
  name: string,
  description?: string,
): TemplateInput {
  return {
    kind: 'qbr-agenda',
    name,
    description,
    body: {
      items: qbr.agenda.map((item) => ({
        title: item.title,
        minutes: item.minutes,
        owner: item.owner,
      })),
    },
  };
}
