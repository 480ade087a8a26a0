import type { SchemaVersion } from './schema-version';
import { v6 } from './v6';

/**
 * Version 7: the templates library and QBRs. `templates` holds the user's own templates (the
 * built-in ones live in code), indexed by kind so that the library lists one kind at a time;
 * `qbrs` holds each partner's quarterly business reviews, by partner and by partner and date so
 * that a partner's reviews list in date order, and by date for the upcoming reviews across
 * partners. Workbooks from earlier versions start with both tables empty: nothing to move, so
 * no upgrade function.
 */
export const v7: SchemaVersion = {
  version: 7,
  stores: {
    ...v6.stores,
    templates: 'id, kind',
    qbrs: 'id, partnerId, [partnerId+date], date',
  },
};
