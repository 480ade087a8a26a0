import type { PartnerbookUpgrade, RawPartnerbook } from './index';

/** The tables format 4 adds: the user's templates and QBRs. */
const ADDED_TABLES = ['templates', 'qbrs'] as const;

/**
 * Format 4 adds the templates library's stored tables: the user's own templates and each
 * partner's QBRs. A format 3 file holds neither, so the step gives it each as an empty table. A
 * file whose `tables` is not an object is left as it is, for the shape check to report.
 */
export const v3ToV4: PartnerbookUpgrade = {
  from: 3,
  upgrade: (file: RawPartnerbook): RawPartnerbook => {
    const { tables } = file;
    if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return file;
    const added = Object.fromEntries(ADDED_TABLES.map((table) => [table, []]));
    return { ...file, tables: { ...added, ...(tables as Record<string, unknown>) } };
  },
};
