import type { Investment } from '../../../../shared/domain/strategy/investment';
import type { MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { PartnerFigures } from '../../../../shared/domain/strategy/partner-figures';
import { rebuildPartnerFigures } from '../partner-figures-store';
import type { SchemaVersion } from './schema-version';
import { v7 } from './v7';

/**
 * Version 8: `partnerFigures`, one derived record per partner (keyed by its id) that has metric
 * entries or investments (shared/domain/strategy/partner-figures.ts), so that the portfolio
 * dashboard reads ten thousand small records instead of a million entries. The upgrade builds it from the entries already
 * stored; from then on the repositories keep it in step in the same transactions as their writes.
 */
export const v8: SchemaVersion = {
  version: 8,
  stores: { ...v7.stores, partnerFigures: 'id' },
  upgrade: async (tx) => {
    await rebuildPartnerFigures({
      metricEntries: tx.table<MetricEntry, string>('metricEntries'),
      investments: tx.table<Investment, string>('investments'),
      partnerFigures: tx.table<PartnerFigures, string>('partnerFigures'),
    });
  },
};
