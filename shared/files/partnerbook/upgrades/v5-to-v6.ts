import type { PartnerbookUpgrade, RawPartnerbook } from './index';

/** The tables format 6 adds: partner intelligence, the voice of partners, and alliances. */
const ADDED_TABLES = [
  'intelligenceEntries',
  'feedback',
  'decisions',
  'stakeholders',
  'asks',
] as const;

/**
 * Format 6 adds the people tables: intelligence entries, feedback, decisions, stakeholders and
 * asks. A format 5 file holds none of them, so the step gives it each as an empty table. A file
 * whose `tables` is not an object is left as it is, for the shape check to report.
 */
export const v5ToV6: PartnerbookUpgrade = {
  from: 5,
  upgrade: (file: RawPartnerbook): RawPartnerbook => {
    const { tables } = file;
    if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return file;
    const added = Object.fromEntries(ADDED_TABLES.map((table) => [table, []]));
    return { ...file, tables: { ...added, ...(tables as Record<string, unknown>) } };
  },
};
