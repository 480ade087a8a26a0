/**
 * The plans of the dashboard benchmark's workbook (issue 6: a partner's plan view under 200 ms
 * with 10,000 partners). Six company goals for the year of `today`, and a plan for every other
 * partner: an in-progress plan for this year with five objectives tied to the goals (quarterly
 * targets, and actuals for the quarters gone by), sponsors, owners, a vision, target accounts,
 * QBR dates and risks; one planned partner in five also has last year's completed plan. Written
 * with raw IndexedDB in one transaction of relaxed durability (setup, not an edit).
 */
import { yearPeriod } from '../../../shared/domain/strategy/period';
import { createRng, nextInt, pick } from '../../../shared/util/prng';
import { seededPartnerId, type DashboardSeedPlan } from './dashboard-seed';
import { openRaw, transactionDone } from './raw-idb';

/** Objectives on each seeded plan: what the plan view bench waits for. */
export const SEEDED_OBJECTIVES = 5;

const T = '2026-01-01T00:00:00.000Z';
const GOALS = [
  ['Grow new ARR', 'New ARR', 'money'],
  ['Customers live on the integration', 'Live customers', 'count'],
  ['Certify partner engineers', 'Certified engineers', 'count'],
  ['Expand into the Nordics', 'Nordic customers won', 'count'],
  ['Sourced pipeline', 'Open sourced pipeline', 'money'],
  ['Joint case studies', 'Case studies published', 'count'],
] as const;
const PEOPLE = ['Ana Ruiz', 'Bo Lindqvist', 'Chen Wei', 'Dara Okafor', 'Eli Novak', 'Fay Moreau'];

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The partner number of the k-th planned partner (every other one), wrapping round. */
export function plannedPartner(k: number, partners: number): number {
  return 2 * (k % Math.max(1, Math.floor(partners / 2)));
}

function goalRecords(year: number) {
  return GOALS.map(([title, measure, unit], g) => ({
    id: uuid(0xa0, g),
    title,
    measure,
    target: unit === 'money' ? 400_000_000 : 120,
    unit: unit === 'money' ? { kind: 'money', currency: 'EUR' } : { kind: 'count' },
    period: yearPeriod(year),
    createdAt: T,
    updatedAt: T,
  }));
}

function planRecord(n: number, year: number, quartersDone: number, current: boolean) {
  const rng = createRng(0x9a5, n * 2 + (current ? 0 : 1));
  const objectives = Array.from({ length: SEEDED_OBJECTIVES }, (_, o) => {
    const [title, measure, unit] = GOALS[(n + o) % GOALS.length] ?? GOALS[0];
    const money = unit === 'money';
    const target = money ? nextInt(rng, 10, 500) * 100_000 : nextInt(rng, 2, 40);
    return {
      id: uuid(0xb0000000 + n * 2 + (current ? 0 : 1), o),
      title: `${title} with the partner`,
      ...(current ? { companyGoalId: uuid(0xa0, (n + o) % GOALS.length) } : {}),
      measure,
      unit: money ? { kind: 'money', currency: 'EUR' } : { kind: 'count' },
      progressMode: 'cumulative',
      quarters: [1, 2, 3, 4].map((quarter) => ({
        quarter,
        target,
        ...(quarter <= quartersDone
          ? { actual: Math.round((target * nextInt(rng, 40, 140)) / 100) }
          : {}),
      })),
      ownerOurs: pick(rng, PEOPLE),
      ownerPartner: pick(rng, PEOPLE),
      status: 'in-progress',
    };
  });
  return {
    id: uuid(0xc0000000 + n, current ? 0 : 1),
    partnerId: seededPartnerId(n),
    period: yearPeriod(current ? year : year - 1),
    status: current ? 'in-progress' : 'completed',
    vision:
      'The integration every mid-market finance team runs on: joint pipeline in three regions, ' +
      'certified engineers on both sides, and a reference customer in each segment we sell to.',
    ownerOurs: pick(rng, PEOPLE),
    ownerPartner: pick(rng, PEOPLE),
    sponsorOurs: pick(rng, PEOPLE),
    sponsorPartner: pick(rng, PEOPLE),
    objectives,
    targetAccounts: Array.from({ length: 5 }, (_, a) => `Account ${(n * 5 + a) % 997}`),
    qbrDates: [2, 5, 8, 11].map(
      (m) => `${current ? year : year - 1}-${String(m).padStart(2, '0')}-15`,
    ),
    risks: [
      { description: 'Their channel team is reorganising', mitigation: 'Meet the new lead early' },
      {
        description: 'Competing integration launched',
        mitigation: 'Joint webinar on the difference',
      },
    ],
    createdAt: T,
    updatedAt: T,
  };
}

/** Writes the goals and plans; returns how many plans. */
export async function seedDashboardPlans(dbName: string, plan: DashboardSeedPlan): Promise<number> {
  const year = Number(plan.today.slice(0, 4));
  const quartersDone = Math.floor((Number(plan.today.slice(5, 7)) - 1) / 3);
  const db = await openRaw(dbName);
  let written = 0;
  try {
    const tx = db.transaction(['companyGoals', 'partnerPlans'], 'readwrite', {
      durability: 'relaxed',
    });
    for (const goal of goalRecords(year)) tx.objectStore('companyGoals').put(goal);
    const plans = tx.objectStore('partnerPlans');
    for (let n = 0; n < plan.partners; n += 2) {
      plans.put(planRecord(n, year, quartersDone, true));
      written += 1;
      if (n % 10 === 0) {
        plans.put(planRecord(n, year, quartersDone, false));
        written += 1;
      }
    }
    await transactionDone(tx);
  } finally {
    db.close();
  }
  return written;
}
