/**
 * The dashboard benchmark's workbook: partners with metric entries spread over three years,
 * generated from the seeded PRNG and written with raw IndexedDB in large transactions of relaxed
 * durability (setup, not an edit). The derived figures are then built by the app's own rebuild.
 */
import { LIFECYCLE_STAGES, PARTNER_TIERS } from '../../../shared/domain/partner';
import { textSortKey } from '../../../shared/domain/sort-key';
import { addDays } from '../../../shared/domain/strategy/iso-date';
import { BUILT_IN_METRIC_KEYS } from '../../../shared/domain/strategy/metric';
import { createRng, nextFloat } from '../../../shared/util/prng';
import { openRaw, transactionDone } from './raw-idb';

/** What the dashboard benchmark seeds. */
export interface DashboardSeedPlan {
  seed: number;
  partners: number;
  /** Metric entries per partner, over the built-in metrics in turn. */
  entriesPerPartner: number;
  /** The day the entries run up to (three years back from it). */
  today: string;
}

const T = '2026-01-01T00:00:00.000Z';
const MONEY = new Set(['sourced-pipeline', 'sourced-revenue', 'influenced-revenue']);

// Floats in [0, 1) from one seeded stream.
function floats(seed: number, stream: number): () => number {
  const rng = createRng(seed, stream);
  return () => nextFloat(rng);
}

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The id of the plan's partner number n. */
export const seededPartnerId = (n: number): string => uuid(0xd1, n);

function partnerRecord(n: number, rng: () => number) {
  const name = `Partner ${String(n).padStart(5, '0')}`;
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(rng() * list.length)] ?? (list[0] as T);
  return {
    id: seededPartnerId(n),
    name,
    nameKey: textSortKey(name),
    types: [],
    stage: pick(LIFECYCLE_STAGES),
    tier: pick(PARTNER_TIERS),
    tags: [],
    ...(rng() < 0.6
      ? { lastActivityAt: `${addDays('2026-11-01', -Math.floor(rng() * 90))}T09:00:00.000Z` }
      : {}),
    createdAt: T,
    updatedAt: T,
  };
}

/** Writes the plan's partners; the database must exist with the app's schema. */
export async function seedDashboardPartners(
  dbName: string,
  plan: DashboardSeedPlan,
): Promise<void> {
  const rng = floats(plan.seed, 1);
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction('partners', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('partners');
    for (let n = 0; n < plan.partners; n += 1) store.put(partnerRecord(n, rng));
    await transactionDone(tx);
  } finally {
    db.close();
  }
}

/** Writes the entries of partners [from, to) in one transaction; returns how many. */
export async function seedDashboardEntries(
  dbName: string,
  plan: DashboardSeedPlan,
  from: number,
  to: number,
): Promise<number> {
  const db = await openRaw(dbName);
  let written = 0;
  try {
    const tx = db.transaction(['metricEntries', 'investments'], 'readwrite', {
      durability: 'relaxed',
    });
    const entries = tx.objectStore('metricEntries');
    const investments = tx.objectStore('investments');
    for (let n = from; n < to; n += 1) {
      // One stream per partner: the same partner gets the same entries whatever the batching.
      const rng = floats(plan.seed, 1000 + n);
      const partnerId = seededPartnerId(n);
      const scale = 10 ** (2 + Math.floor(rng() * 4));
      for (let e = 0; e < plan.entriesPerPartner; e += 1) {
        const metric = BUILT_IN_METRIC_KEYS[e % BUILT_IN_METRIC_KEYS.length] ?? 'leads';
        const money = MONEY.has(metric);
        entries.put({
          id: uuid(0xe0000000 + n, e),
          partnerId,
          metric,
          date: addDays(plan.today, -Math.floor(rng() * 1095)),
          value: money ? Math.round(rng() * scale * 100) : Math.floor(rng() * 10),
          ...(money ? { currency: 'EUR' } : {}),
          createdAt: T,
          updatedAt: T,
        });
        written += 1;
      }
      // Every third partner has money invested: the return chart needs a spread.
      if (n % 3 === 0) {
        investments.put({
          id: uuid(0xf0000000 + n, 0),
          partnerId,
          kind: 'money',
          date: addDays(plan.today, -Math.floor(rng() * 300)),
          tag: 'co-marketing',
          amount: { amountMinor: Math.round(rng() * scale * 50) + 1, currency: 'EUR' },
          fundType: 'mdf',
          createdAt: T,
          updatedAt: T,
        });
      }
    }
    await transactionDone(tx);
  } finally {
    db.close();
  }
  return written;
}
