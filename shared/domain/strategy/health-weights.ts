import { z } from 'zod';

/**
 * How much each component counts in a partner's health score, in whole percent summing to 100.
 * The defaults sit inside the ranges partner programmes typically use (revenue 30–40, engagement
 * 20–25, enablement 15–20, pipeline 15–20, relationship 5–10).
 */

/** The components of the health score. */
export const HEALTH_COMPONENTS = [
  'revenue',
  'pipeline',
  'engagement',
  'enablement',
  'relationship',
] as const;

/** One component of the health score. */
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

const weight = z
  .number({ error: 'A weight is a whole percent from 0 to 100.' })
  .int({ error: 'A weight is a whole percent from 0 to 100.' })
  .min(0, { error: 'A weight is a whole percent from 0 to 100.' })
  .max(100, { error: 'A weight is a whole percent from 0 to 100.' });

/** Each component's weight in whole percent; together they make 100. */
export const healthWeightsSchema = z
  .object({
    revenue: weight,
    pipeline: weight,
    engagement: weight,
    enablement: weight,
    relationship: weight,
  })
  .superRefine((weights, ctx) => {
    const total = totalWeight(weights);
    if (total !== 100) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `The weights add up to ${total}%; make them add up to 100%.`,
      });
    }
  });

/** Each component's weight in whole percent. */
export type HealthWeights = z.infer<typeof healthWeightsSchema>;

/** The weights a new workbook starts with. */
export const DEFAULT_HEALTH_WEIGHTS: Readonly<HealthWeights> = {
  revenue: 35,
  pipeline: 20,
  engagement: 20,
  enablement: 15,
  relationship: 10,
};

/** The sum of the weights (100 when valid). */
export function totalWeight(weights: Readonly<Record<HealthComponent, number>>): number {
  return HEALTH_COMPONENTS.reduce((sum, component) => sum + weights[component], 0);
}
