/**
 * The activity benchmark's workbook (issue 7): partners, a million activities spread over five
 * years and a hundred thousand feedback entries, generated from the seeded PRNG and written with
 * raw IndexedDB in large transactions of relaxed durability (setup, not an edit). Feedback rows
 * follow shared/domain/people/voice.ts. The derived activity counts are then built by the app's
 * own rebuild, and each partner's last activity is set as the log says.
 */
import type { Activity } from '../../../shared/domain/activity';
import { ACTIVITY_KINDS } from '../../../shared/domain/activity';
import type { Feedback } from '../../../shared/domain/people/voice';
import { textSortKey } from '../../../shared/domain/sort-key';
import { addDays } from '../../../shared/domain/strategy/iso-date';
import { createRng, nextFloat } from '../../../shared/util/prng';
import { openRaw, transactionDone } from './raw-idb';

/** What the activity benchmark seeds. */
export interface ActivitySeedPlan {
  seed: number;
  partners: number;
  activitiesPerPartner: number;
  feedback: number;
  /** The last day activities run up to; they spread over the five years before it. */
  lastDay: string;
}

const T = '2026-01-01T00:00:00.000Z';
const DAYS = 5 * 365;
const THEMES = ['Pricing', 'Onboarding', 'Integration', 'Support', 'Co-marketing'] as const;
const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

function floats(seed: number, stream: number): () => number {
  const rng = createRng(seed, stream);
  return () => nextFloat(rng);
}

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The id of the plan's partner number n. */
export const activityPartnerId = (n: number): string => uuid(0xa1, n);

const pick = <T>(list: readonly T[], rng: () => number): T =>
  list[Math.floor(rng() * list.length)] ?? (list[0] as T);

/** Writes the plan's partners; the database must exist with the app's schema. */
export async function seedActivityPartners(dbName: string, plan: ActivitySeedPlan): Promise<void> {
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction('partners', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('partners');
    for (let n = 0; n < plan.partners; n += 1) {
      const name = `Partner ${String(n).padStart(5, '0')}`;
      store.put({
        id: activityPartnerId(n),
        name,
        nameKey: textSortKey(name),
        types: [],
        stage: 'active',
        tier: 'none',
        tags: [],
        createdAt: T,
        updatedAt: T,
      });
    }
    await transactionDone(tx);
  } finally {
    db.close();
  }
}

/** Writes the activities of partners [from, to) in one transaction; returns how many. */
export async function seedActivities(
  dbName: string,
  plan: ActivitySeedPlan,
  from: number,
  to: number,
): Promise<number> {
  const db = await openRaw(dbName);
  let written = 0;
  try {
    const tx = db.transaction('activities', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('activities');
    for (let n = from; n < to; n += 1) {
      // One stream per partner: the same partner gets the same activities whatever the batching.
      const rng = floats(plan.seed, 2000 + n);
      const partnerId = activityPartnerId(n);
      // Each partner leans its own way, so that some drift and some do not.
      const inboundBias = rng();
      for (let a = 0; a < plan.activitiesPerPartner; a += 1) {
        const day = addDays(plan.lastDay, -Math.floor(rng() * DAYS));
        const record: Activity = {
          id: uuid(0xac000000 + n, a),
          partnerId,
          occurredAt: `${day}T${String(8 + Math.floor(rng() * 10)).padStart(2, '0')}:00:00.000Z`,
          kind: pick(ACTIVITY_KINDS, rng),
          direction: rng() < inboundBias ? 'inbound' : 'outbound',
          purpose: rng() < 0.5 ? 'development' : 'sales',
          title: `Activity ${a} with partner ${n}`,
          createdAt: T,
          updatedAt: T,
        };
        store.put(record);
        written += 1;
      }
    }
    await transactionDone(tx);
  } finally {
    db.close();
  }
  return written;
}

/** Writes feedback entries [from, to) in one transaction, straight into `feedback`. */
export async function seedFeedback(
  dbName: string,
  plan: ActivitySeedPlan,
  from: number,
  to: number,
): Promise<number> {
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction('feedback', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('feedback');
    const rng = floats(plan.seed, 3_000_000 + from);
    for (let n = from; n < to; n += 1) {
      const record: Feedback = {
        id: uuid(0xfb, n),
        speakerKind: rng() < 0.5 ? 'partner-contact' : 'customer',
        speakerName: `Speaker ${n}`,
        speakerOrganisation: `Organisation ${n % 997}`,
        date: addDays(plan.lastDay, -Math.floor(rng() * DAYS)),
        words: `What speaker ${n} said about working with us, in a sentence or two.`,
        theme: pick(THEMES, rng),
        sentiment: pick(SENTIMENTS, rng),
        partnerId: activityPartnerId(Math.floor(rng() * plan.partners)),
        createdAt: T,
        updatedAt: T,
      };
      store.put(record);
    }
    await transactionDone(tx);
  } finally {
    db.close();
  }
  return to - from;
}
