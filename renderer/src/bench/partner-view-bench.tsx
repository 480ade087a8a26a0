/**
 * Benchmark 16's in-page half (issue 6: a partner's metrics view under 200 ms with 10,000
 * partners and 1,000,000 metric entries). The candidate mounts the real PerformanceView for one
 * partner on an open workbook and times it until its metric entries and health components are
 * painted; the baseline reads that partner's records with raw IndexedDB index reads.
 */
import { PerformanceView } from '../features/performance/PerformanceView';
import { openRaw, request } from './raw-idb';
import { timeView } from './view-timing';

/** Mounts one partner's PerformanceView on an open workbook; ms from mount to painted. */
export function renderPartnerView(dbName: string, partnerId: string): Promise<number> {
  return timeView(dbName, {
    view: <PerformanceView partnerId={partnerId} />,
    selector: 'table[aria-label="Metric entries"], table[aria-label="Health components"]',
    count: 2,
    what: 'The performance view',
  });
}

/** The baseline: raw index reads of one partner's entries, investments, plans and activities. */
export async function readPartnerRaw(dbName: string, partnerId: string): Promise<number> {
  const db = await openRaw(dbName);
  try {
    const started = performance.now();
    const stores = ['partners', 'metricEntries', 'investments', 'partnerPlans', 'activities'];
    const tx = db.transaction(stores, 'readonly');
    await Promise.all([
      request(tx.objectStore('partners').get(partnerId)),
      ...stores
        .slice(1)
        .map((store) => request(tx.objectStore(store).index('partnerId').getAll(partnerId))),
    ]);
    return performance.now() - started;
  } finally {
    db.close();
  }
}
