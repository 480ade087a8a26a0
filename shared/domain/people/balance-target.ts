import { z } from 'zod';

/**
 * The activity mix the manager aims for, kept as one workbook setting: the share of activities
 * that should be inbound and the share that should serve partner development, in whole percent,
 * and how many percentage points either may stray before the balance view says it drifts. Whole
 * numbers keep the drift test exact (see balance.ts). A stored value that is missing or no longer
 * valid reads as the default, never as an error.
 */

/** The settings key the target mix is stored under. */
export const BALANCE_TARGET_SETTING_KEY = 'activity-balance';

const percent = (message: string) =>
  z
    .number({ error: message })
    .int({ error: message })
    .min(0, { error: message })
    .max(100, { error: message });

/** The target mix: inbound and development shares in whole percent, and the tolerance. */
export const balanceTargetSchema = z.object({
  /** The share of activities that should be inbound; the rest are outbound. */
  inboundPercent: percent('The inbound share is a whole percent from 0 to 100.').default(40),
  /** The share of activities that should serve partner development; the rest serve sales. */
  developmentPercent: percent('The development share is a whole percent from 0 to 100.').default(
    50,
  ),
  /** How far, in percentage points, a share may stray either way and still be within. */
  tolerancePoints: z
    .number({ error: 'The tolerance is a whole number of points from 0 to 50.' })
    .int({ error: 'The tolerance is a whole number of points from 0 to 50.' })
    .min(0, { error: 'The tolerance is a whole number of points from 0 to 50.' })
    .max(50, { error: 'The tolerance is a whole number of points from 0 to 50.' })
    .default(10),
});

/** The target activity mix. */
export type BalanceTarget = z.infer<typeof balanceTargetSchema>;

/** The mix a new workbook aims for: 40% inbound, half development, ±10 points. */
export const DEFAULT_BALANCE_TARGET: Readonly<BalanceTarget> = {
  inboundPercent: 40,
  developmentPercent: 50,
  tolerancePoints: 10,
};

/** Reads the stored setting, falling back to the default when it is missing or invalid. */
export function readBalanceTarget(stored: unknown): BalanceTarget {
  const parsed = balanceTargetSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_BALANCE_TARGET };
}
