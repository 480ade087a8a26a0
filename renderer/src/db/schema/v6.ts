import type { SchemaVersion } from './schema-version';
import { v5 } from './v5';

/**
 * Version 6: the strategy tables. `companyGoals` (indexed by the start of their period, a nested
 * key path, so that goals list by period without a copied field), `partnerPlans` (by partner and
 * status: a partner's plans, and the plans in progress), `investments` (a partner's ledger by
 * date), `metricEntries` (a partner's entries of one metric over a date range, and one metric
 * across partners over a range, both by compound index) and `customMetrics` (by name). Workbooks
 * from earlier versions start with the tables empty: nothing to move, so no upgrade function;
 * records written later log their revisions and tombstones like every other table.
 */
export const v6: SchemaVersion = {
  version: 6,
  stores: {
    ...v5.stores,
    companyGoals: 'id, period.start',
    partnerPlans: 'id, partnerId, status',
    investments: 'id, partnerId, [partnerId+date], date',
    metricEntries: 'id, partnerId, [partnerId+metric+date], [metric+date]',
    customMetrics: 'id, name',
  },
};
