import type { SchemaVersion } from './schema-version';
import { v9 } from './v9';

/**
 * Version 10: people and the partner's voice (shared/domain/people). `intelligenceEntries` holds
 * each partner's dated knowledge in five sections, by partner and section so that one section
 * lists in one range, by section for the workbook-wide view of competition and trends, and by
 * the day observed, which staleness reads;
 * `feedback` holds what partners and customers said, by partner, date and the positioning
 * iteration it is evidence for; `decisions` holds decision records, by partner and date, with a
 * multi-entry index on the feedback they link to, so that a feedback entry finds the decisions it
 * informed; `stakeholders` holds colleagues across the company, by name and (multi-entry) by the
 * partners each matters for; `asks` holds what the manager needs from them, by stakeholder,
 * partner and status. Workbooks from earlier versions start with all five empty: nothing to
 * move, so no upgrade function.
 */
export const v10: SchemaVersion = {
  version: 10,
  stores: {
    ...v9.stores,
    intelligenceEntries: 'id, partnerId, [partnerId+section], section, observedAt',
    feedback: 'id, partnerId, date, positioningIterationId',
    decisions: 'id, partnerId, date, *feedbackIds',
    stakeholders: 'id, name, *partnerIds',
    asks: 'id, stakeholderId, partnerId, status',
  },
};
