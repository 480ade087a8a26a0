import type { PartnerbookUpgrade, RawPartnerbook } from './index';

/** The tables format 3 adds: company goals, partner plans, investments and metrics. */
const ADDED_TABLES = [
  'companyGoals',
  'partnerPlans',
  'investments',
  'metricEntries',
  'customMetrics',
] as const;

/**
 * Format 3 adds the strategy tables (company goals, partner plans, the investment ledger,
 * metric entries and custom metric definitions). A format 2 file holds none of them, so the
 * step gives it each as an empty table. A file whose `tables` is not an object is left as it is,
 * for the shape check to report.
 */
export const v2ToV3: PartnerbookUpgrade = {
  from: 2,
  upgrade: (file: RawPartnerbook): RawPartnerbook => {
    const { tables } = file;
    if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return file;
    const added = Object.fromEntries(ADDED_TABLES.map((table) => [table, []]));
    return { ...file, tables: { ...added, ...(tables as Record<string, unknown>) } };
  },
};
