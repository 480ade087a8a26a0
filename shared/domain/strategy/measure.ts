import { z } from 'zod';
import { currencySchema, formatMoney } from './money';

/**
 * What a goal or an objective is measured in. Money targets are kept in minor units of a named
 * currency, like every other amount; counts are whole numbers; other quantities name their unit.
 */

/** The unit of a target: money in a currency, a count, a percentage, or a named quantity. */
export const measureUnitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), currency: currencySchema }),
  z.object({ kind: z.literal('count') }),
  z.object({ kind: z.literal('percent') }),
  z.object({
    kind: z.literal('quantity'),
    label: z
      .string()
      .trim()
      .min(1, { error: 'Name the unit, for example “installs”.' })
      .max(40, { error: 'A unit name is at most 40 characters.' }),
  }),
]);

/** The unit of a target. */
export type MeasureUnit = z.infer<typeof measureUnitSchema>;

/** A message when a value does not fit its unit (money and counts are whole), else undefined. */
export function checkMeasureValue(value: number, unit: MeasureUnit): string | undefined {
  if (!Number.isFinite(value)) return 'Enter a number.';
  if ((unit.kind === 'money' || unit.kind === 'count') && !Number.isSafeInteger(value)) {
    return unit.kind === 'money'
      ? 'An amount is a whole number of minor units.'
      : 'A count is a whole number.';
  }
  if (unit.kind === 'count' && value < 0) return 'A count cannot be negative.';
  return undefined;
}

/** Shows a value in its unit: €1,200.00, 12, 40%, 300 installs. */
export function formatMeasureValue(value: number, unit: MeasureUnit, locale = 'en-US'): string {
  switch (unit.kind) {
    case 'money':
      return formatMoney({ amountMinor: value, currency: unit.currency }, locale);
    case 'count':
      return value.toLocaleString(locale);
    case 'percent':
      return `${value.toLocaleString(locale)}%`;
    case 'quantity':
      return `${value.toLocaleString(locale)} ${unit.label}`;
  }
}
