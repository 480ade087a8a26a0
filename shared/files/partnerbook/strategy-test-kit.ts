import fc from 'fast-check';
import { INVESTMENT_TAGS, FUND_TYPES } from '../../domain/strategy/investment';
import {
  BUILT_IN_METRICS,
  BUILT_IN_METRIC_KEYS,
  METRIC_AGGREGATIONS,
  METRIC_INDICATORS,
  METRIC_UNITS,
} from '../../domain/strategy/metric';
import {
  OBJECTIVE_STATUSES,
  PLAN_STATUSES,
  PROGRESS_MODES,
} from '../../domain/strategy/partner-plan';
import { periodQuarters } from '../../domain/strategy/period';

/**
 * For tests only: fast-check arbitraries for the strategy tables (company goals, partner plans,
 * investments, metric entries, custom metrics), as raw records that pick their partner, goal
 * and custom metric by position; {@link placeStrategy} turns them into records that point at
 * the workbook's own. Values always fit their units, so each record passes its schema.
 */

const id = fc.uuid({ version: 4 });
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const isoDate = timestamp.map((time) => time.slice(0, 10));
const period = fc
  .tuple(isoDate, isoDate)
  .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
const text = fc.oneof(
  fc.constantFrom('Grow ARR', 'Ümlaut plan', '東京', '"q"', 'a\\b', 'Joint webinars'),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
);
const currency = fc.constantFrom('EUR', 'USD', 'JPY');
const amount = fc.integer({ min: 0, max: 1_000_000_000 });
const unit = fc.oneof(
  fc.record({ kind: fc.constant('money' as const), currency }),
  fc.record({ kind: fc.constantFrom('count' as const, 'percent' as const) }),
  fc.record({
    kind: fc.constant('quantity' as const),
    label: fc.constantFrom('installs', 'seats'),
  }),
);
const record = { id, createdAt: timestamp, updatedAt: timestamp };

const goal = fc.record(
  { ...record, title: text, measure: text, target: amount, unit, period, notes: text },
  {
    requiredKeys: ['id', 'createdAt', 'updatedAt', 'title', 'measure', 'target', 'unit', 'period'],
  },
);

const objective = fc.record(
  {
    id,
    title: text,
    goal: fc.nat(),
    linked: fc.boolean(),
    measure: text,
    unit,
    progressMode: fc.constantFrom(...PROGRESS_MODES),
    quarters: fc.array(
      fc.record(
        { quarter: fc.integer({ min: 1, max: 8 }), target: amount, actual: amount },
        { requiredKeys: ['quarter', 'target'] },
      ),
      { maxLength: 4 },
    ),
    ownerOurs: text,
    status: fc.constantFrom(...OBJECTIVE_STATUSES),
  },
  { requiredKeys: ['id', 'title', 'goal', 'linked', 'measure', 'unit', 'quarters'] },
);

const plan = fc.record(
  {
    ...record,
    owner: fc.nat(),
    period,
    status: fc.constantFrom(...PLAN_STATUSES),
    vision: text,
    sponsorPartner: text,
    objectives: fc.uniqueArray(objective, { selector: (item) => item.id, maxLength: 3 }),
    targetAccounts: fc.array(text, { maxLength: 3 }),
    qbrDates: fc.array(isoDate, { maxLength: 3 }),
    risks: fc.array(fc.record({ description: text, mitigation: text }), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'owner', 'period', 'status', 'objectives'] },
);

const investmentCommon = {
  ...record,
  owner: fc.nat(),
  date: isoDate,
  tag: fc.constantFrom(...INVESTMENT_TAGS),
  note: text,
};
const commonKeys = ['id', 'createdAt', 'updatedAt', 'owner', 'date', 'tag'] as const;
const investment = fc.oneof(
  fc.record(
    {
      ...investmentCommon,
      kind: fc.constant('time' as const),
      hours: fc.integer({ min: 1, max: 672 }).map((quarters) => quarters / 4),
      person: text,
    },
    { requiredKeys: [...commonKeys, 'kind', 'hours', 'person'] },
  ),
  fc.record(
    {
      ...investmentCommon,
      kind: fc.constant('money' as const),
      amount: fc.record({ amountMinor: fc.integer({ min: 1, max: 1_000_000_000 }), currency }),
      fundType: fc.constantFrom(...FUND_TYPES),
    },
    { requiredKeys: [...commonKeys, 'kind', 'amount', 'fundType'] },
  ),
  fc.record(
    {
      ...investmentCommon,
      kind: fc.constant('energy' as const),
      rating: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: [...commonKeys, 'kind', 'rating'] },
  ),
);

const entry = fc.record({
  ...record,
  owner: fc.nat(),
  builtIn: fc.option(fc.constantFrom(...BUILT_IN_METRIC_KEYS), { nil: undefined }),
  custom: fc.nat(),
  date: isoDate,
  value: amount,
  currency,
  note: fc.option(text, { nil: undefined }),
});

const customMetric = fc.record(
  {
    ...record,
    name: text,
    definition: text,
    unit: fc.constantFrom(...METRIC_UNITS),
    unitLabel: fc.constantFrom('webinars', 'seats'),
    indicator: fc.constantFrom(...METRIC_INDICATORS),
    aggregation: fc.constantFrom(...METRIC_AGGREGATIONS),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'name', 'unit', 'indicator', 'aggregation'] },
);

const unique = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { selector: (value) => value.id, maxLength });

/** Raw strategy records of at most `max` of each kind. */
export function strategyRecords(max: number) {
  return fc.record({
    goals: unique(goal, max),
    plans: unique(plan, max),
    investments: unique(investment, max),
    entries: unique(entry, max),
    customMetrics: unique(customMetric, max),
  });
}

/** Raw strategy records, as {@link strategyRecords} makes them. */
export type RawStrategy =
  ReturnType<typeof strategyRecords> extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/**
 * The strategy tables (before their schemas' parse), pointing at `partners`: records that
 * belong to a partner are dropped when there is none, objectives link to a generated goal or to
 * none, quarters outside a plan's period (or repeated) are dropped, and each metric entry names
 * a built-in metric (with a value and currency that fit it) or a generated custom metric.
 */
export function placeStrategy(raw: RawStrategy, partners: readonly { id: string }[]) {
  const owner = (index: number) => at(partners, index)?.id;
  const partnerPlans = raw.plans.flatMap(({ owner: index, objectives, ...rest }) => {
    const partnerId = owner(index);
    if (partnerId === undefined) return [];
    const count = periodQuarters(rest.period).length;
    return [
      {
        ...rest,
        partnerId,
        objectives: objectives.map(({ goal: goalIndex, linked, quarters, ...objective }) => {
          const companyGoalId = linked ? at(raw.goals, goalIndex)?.id : undefined;
          const seen = new Set<number>();
          const kept = quarters.filter((figure) => {
            const keep = figure.quarter <= count && !seen.has(figure.quarter);
            seen.add(figure.quarter);
            return keep;
          });
          return { ...objective, ...(companyGoalId ? { companyGoalId } : {}), quarters: kept };
        }),
      },
    ];
  });
  const investments = raw.investments.flatMap(({ owner: index, ...rest }) => {
    const partnerId = owner(index);
    return partnerId === undefined ? [] : [{ ...rest, partnerId }];
  });
  const metricEntries = raw.entries.flatMap(
    ({ owner: index, builtIn, custom, currency, note, ...rest }) => {
      const partnerId = owner(index);
      const metric = builtIn ?? at(raw.customMetrics, custom)?.id;
      if (partnerId === undefined || metric === undefined) return [];
      const money = builtIn === undefined || BUILT_IN_METRICS[builtIn].unit === 'money';
      return [
        {
          ...rest,
          partnerId,
          metric,
          ...(money ? { currency } : {}),
          ...(note === undefined ? {} : { note }),
        },
      ];
    },
  );
  return {
    companyGoals: raw.goals,
    partnerPlans,
    investments,
    metricEntries,
    customMetrics: raw.customMetrics,
  };
}
