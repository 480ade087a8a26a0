import type { z } from 'zod';
import { currencySchema, type Currency } from './money';
import { DEFAULT_HEALTH_TARGETS, healthTargetsSchema, type HealthTargets } from './health-targets';
import { DEFAULT_HEALTH_WEIGHTS, healthWeightsSchema, type HealthWeights } from './health-weights';
import { tierProgrammeSchema, type TierProgramme } from './tier';

/**
 * The workbook settings that the strategy figures read: the currency money is counted in, the
 * health score's weights and targets, and the tier programme. Each is one settings key, so that a
 * merge weighs each on its own. A value that is missing, or that no longer passes its schema (a
 * file from a tool that wrote it wrong), reads as the default, never as an error.
 */

/** The settings keys of the strategy settings. */
export const STRATEGY_SETTING_KEYS = {
  currency: 'currency',
  healthWeights: 'health-weights',
  healthTargets: 'health-targets',
  tiers: 'tier-programme',
} as const;

/** One of the strategy settings. */
export type StrategySettingName = keyof typeof STRATEGY_SETTING_KEYS;

/** Every strategy setting, read with defaults. */
export interface StrategySettings {
  currency: Currency;
  healthWeights: HealthWeights;
  healthTargets: HealthTargets;
  tiers: TierProgramme;
}

/** The schema each strategy setting is stored under. */
export const STRATEGY_SETTING_SCHEMAS: {
  [K in StrategySettingName]: z.ZodType<StrategySettings[K]>;
} = {
  currency: currencySchema,
  healthWeights: healthWeightsSchema,
  healthTargets: healthTargetsSchema,
  tiers: tierProgrammeSchema,
};

/** The currency a new workbook counts in. */
export const DEFAULT_CURRENCY: Currency = 'EUR';

/** What a workbook's strategy settings are before anyone sets them. */
export const DEFAULT_STRATEGY_SETTINGS: Readonly<StrategySettings> = {
  currency: DEFAULT_CURRENCY,
  healthWeights: DEFAULT_HEALTH_WEIGHTS,
  healthTargets: DEFAULT_HEALTH_TARGETS,
  tiers: [],
};

/** Reads stored setting values (by setting name) into settings, falling back per setting. */
export function readStrategySettings(
  stored: Partial<Record<StrategySettingName, unknown>>,
): StrategySettings {
  const read = <K extends StrategySettingName>(name: K): StrategySettings[K] => {
    const parsed = STRATEGY_SETTING_SCHEMAS[name].safeParse(stored[name]);
    return parsed.success ? parsed.data : DEFAULT_STRATEGY_SETTINGS[name];
  };
  return {
    currency: read('currency'),
    healthWeights: read('healthWeights'),
    healthTargets: read('healthTargets'),
    tiers: [...read('tiers')].sort((a, b) => a.rank - b.rank),
  };
}
