/**
 * Benchmark 17's in-page half (issue 6: a partner's plan view under 200 ms with 10,000 partners).
 * The candidate mounts the real PlanScreen (the full plan view that "Open plan" shows) for one
 * planned partner on an open workbook and times it until every objective and the partner's plan
 * history are painted; the baseline reads what any plan view must read with raw IndexedDB: the
 * partner, its plans by index, the company goals and the settings.
 */
import { PlanScreen } from '../features/plans/PlanScreen';
import { SEEDED_OBJECTIVES } from './plan-seed';
import { openRaw, request } from './raw-idb';
import { timeView } from './view-timing';

/** Mounts one partner's PlanScreen on an open workbook; ms from mount to painted. */
export function renderPlanView(dbName: string, partnerId: string): Promise<number> {
  return timeView(dbName, {
    view: <PlanScreen partnerId={partnerId} />,
    selector: 'fieldset.objective-card, ul[aria-label="Plans for this partner"]',
    count: SEEDED_OBJECTIVES + 1,
    what: 'The plan view',
  });
}

/** The baseline: raw reads of the partner, its plans, the company goals and the settings; ms. */
export async function readPlanRaw(dbName: string, partnerId: string): Promise<number> {
  const db = await openRaw(dbName);
  try {
    const started = performance.now();
    const tx = db.transaction(['partners', 'partnerPlans', 'companyGoals', 'settings'], 'readonly');
    await Promise.all([
      request(tx.objectStore('partners').get(partnerId)),
      request(tx.objectStore('partnerPlans').index('partnerId').getAll(partnerId)),
      request(tx.objectStore('companyGoals').getAll()),
      request(tx.objectStore('settings').getAll()),
    ]);
    return performance.now() - started;
  } finally {
    db.close();
  }
}
