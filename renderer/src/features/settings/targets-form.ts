import {
  healthTargetsSchema,
  type HealthTargets,
} from '../../../../shared/domain/strategy/health-targets';
import {
  moneyInputText,
  type Currency,
  type Money,
} from '../../../../shared/domain/strategy/money';
import { validate, type FieldErrors, type Validated } from '../../../../shared/domain/validation';
import { readAmount, readNumber } from './form-numbers';

/** The money targets, each left out of the score until set. */
export const MONEY_TARGETS = [
  'sourcedRevenuePerYear',
  'influencedRevenuePerYear',
  'openPipeline',
] as const;

/** One money target's key. */
export type MoneyTarget = (typeof MONEY_TARGETS)[number];

/** The target fields as typed. */
export interface TargetsForm {
  sourcedRevenuePerYear: string;
  influencedRevenuePerYear: string;
  openPipeline: string;
  activitiesPer90Days: string;
  certifiedPeople: string;
}

const moneyText = (money: Money | undefined) => (money ? moneyInputText(money) : '');

/** The fields filled from stored targets; money shows in its own currency's digits. */
export function targetsForm(targets: HealthTargets): TargetsForm {
  return {
    sourcedRevenuePerYear: moneyText(targets.sourcedRevenuePerYear),
    influencedRevenuePerYear: moneyText(targets.influencedRevenuePerYear),
    openPipeline: moneyText(targets.openPipeline),
    activitiesPer90Days: String(targets.activitiesPer90Days),
    certifiedPeople: String(targets.certifiedPeople),
  };
}

/**
 * Reads the fields into targets in the workbook's currency. Amounts that cannot be read get the
 * money parser's message; everything else is judged by the targets schema, whose messages are
 * keyed by the field (an amount's "more than zero" lands on the amount's field).
 */
export function readTargets(form: TargetsForm, currency: Currency): Validated<HealthTargets> {
  const errors: FieldErrors = {};
  const candidate: Record<string, unknown> = {
    activitiesPer90Days: readNumber(form.activitiesPer90Days),
    certifiedPeople: readNumber(form.certifiedPeople),
  };
  for (const key of MONEY_TARGETS) {
    const read = readAmount(form[key], currency);
    if (read.ok) candidate[key] = read.money;
    else errors[key] = read.error;
  }
  const checked = validate(healthTargetsSchema, candidate);
  if (!checked.ok) {
    for (const [path, message] of Object.entries(checked.errors)) {
      errors[path.split('.')[0] ?? path] ??= message;
    }
  }
  return Object.keys(errors).length > 0 || !checked.ok
    ? { ok: false, errors }
    : { ok: true, value: checked.value };
}
