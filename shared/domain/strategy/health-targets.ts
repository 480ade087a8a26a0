import { z } from 'zod';
import { positiveMoneySchema } from './money';

/**
 * What a healthy partner looks like, against which each health component is scored (the rules
 * are in health-components.ts). Money targets depend on the business and its currency, so they
 * have no default: until one is set, the component it drives is left out of the score and the UI
 * says so. Activity and certification targets have modest defaults.
 */

/** The targets the health components are scored against. */
export const healthTargetsSchema = z.object({
  /** Partner-sourced revenue over twelve months that earns full revenue marks. */
  sourcedRevenuePerYear: positiveMoneySchema.optional(),
  /** Partner-influenced revenue over twelve months that earns full revenue marks. */
  influencedRevenuePerYear: positiveMoneySchema.optional(),
  /** Open partner-sourced pipeline that earns full pipeline marks. */
  openPipeline: positiveMoneySchema.optional(),
  /** Activities in 90 days that earn full marks for volume. */
  activitiesPer90Days: z
    .number({ error: 'Enter a whole number of activities.' })
    .int({ error: 'Enter a whole number of activities.' })
    .min(1, { error: 'Expect at least one activity.' })
    .max(1000, { error: 'At most 1,000 activities.' })
    .default(6),
  /** Certified people at the partner that earn full enablement marks. */
  certifiedPeople: z
    .number({ error: 'Enter a whole number of people.' })
    .int({ error: 'Enter a whole number of people.' })
    .min(1, { error: 'Expect at least one certified person.' })
    .max(10_000, { error: 'At most 10,000 people.' })
    .default(3),
});

/** The targets the health components are scored against. */
export type HealthTargets = z.infer<typeof healthTargetsSchema>;

/** The targets a new workbook starts with: no money targets yet. */
export const DEFAULT_HEALTH_TARGETS: Readonly<HealthTargets> = {
  activitiesPer90Days: 6,
  certifiedPeople: 3,
};
