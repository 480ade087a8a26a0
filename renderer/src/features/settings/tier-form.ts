import { TIER_LABELS } from '../../../../shared/domain/labels';
import { moneyInputText, type Currency } from '../../../../shared/domain/strategy/money';
import {
  slotRank,
  TIER_SLOTS,
  tierProgrammeSchema,
  type TierProgramme,
  type TierRequirement,
  type TierSlot,
} from '../../../../shared/domain/strategy/tier';
import { validate, type FieldErrors, type Validated } from '../../../../shared/domain/validation';
import { readAmount, readNumber } from './form-numbers';

/**
 * The tier programme as a form: always the four ladder slots, each switched on or off, so that
 * switching a slot off and on again keeps what was typed. Messages are keyed by slot
 * (`gold.name`, `gold.requirements.0`), not by the tier's place in the saved list, because the
 * form shows slots.
 */

/** What a requirement measures; the select offers these three. */
export type RequirementMeasure = 'health-score' | 'sourced-revenue' | 'influenced-revenue';

/** One requirement as typed. */
export interface RequirementForm {
  measure: RequirementMeasure;
  minimum: string;
}

/** One ladder slot as typed. */
export interface TierSlotForm {
  slot: TierSlot;
  enabled: boolean;
  name: string;
  requirements: RequirementForm[];
  benefits: string[];
}

const requirementForm = (requirement: TierRequirement): RequirementForm =>
  requirement.kind === 'health-score'
    ? { measure: 'health-score', minimum: String(requirement.minScore) }
    : { measure: requirement.basis, minimum: moneyInputText(requirement.minAnnual) };

/** The four slots filled from the stored programme; unused slots are off, named as standard. */
export function tierProgrammeForm(programme: TierProgramme): TierSlotForm[] {
  return TIER_SLOTS.map((slot) => {
    const tier = programme.find((t) => t.slot === slot);
    return tier
      ? {
          slot,
          enabled: true,
          name: tier.name,
          requirements: tier.requirements.map(requirementForm),
          benefits: [...tier.benefits],
        }
      : { slot, enabled: false, name: TIER_LABELS[slot], requirements: [], benefits: [] };
  });
}

type ReadRequirement = { ok: true; value: unknown } | { ok: false; error: string };

function readRequirement(form: RequirementForm, currency: Currency): ReadRequirement {
  if (form.measure === 'health-score') {
    return { ok: true, value: { kind: 'health-score', minScore: readNumber(form.minimum) } };
  }
  const amount = readAmount(form.minimum, currency);
  if (!amount.ok) return amount;
  if (amount.money === undefined) return { ok: false, error: 'Enter an amount.' };
  return { ok: true, value: { kind: 'revenue', basis: form.measure, minAnnual: amount.money } };
}

/**
 * Reads the slots that are switched on into a programme (ranks from the ladder), checked whole
 * by the programme schema. Amounts are read in the workbook's currency.
 */
export function readTierProgramme(
  slots: readonly TierSlotForm[],
  currency: Currency,
): Validated<TierProgramme> {
  const errors: FieldErrors = {};
  const used = slots.filter((s) => s.enabled);
  const candidate = used.map((s) => ({
    slot: s.slot,
    name: s.name,
    rank: slotRank(s.slot),
    requirements: s.requirements.map((requirement, index) => {
      const read = readRequirement(requirement, currency);
      if (read.ok) return read.value;
      errors[`${s.slot}.requirements.${index}`] = read.error;
      return undefined;
    }),
    benefits: s.benefits.map((benefit, index) => {
      if (benefit.trim() === '') errors[`${s.slot}.benefits.${index}`] = 'Describe the benefit.';
      return benefit;
    }),
  }));
  const checked = validate(tierProgrammeSchema, candidate);
  if (!checked.ok) {
    for (const [path, message] of Object.entries(checked.errors)) {
      errors[slotErrorKey(path, used)] ??= message;
    }
  }
  return Object.keys(errors).length > 0 || !checked.ok
    ? { ok: false, errors }
    : { ok: true, value: checked.value };
}

/**
 * Turns a schema path (`2.requirements.0.minAnnual.amountMinor`) into the slot's key
 * (`gold.requirements.0`): the tier's index becomes its slot, and the path stops at the field
 * or list item the form shows a message beside.
 */
function slotErrorKey(path: string, used: readonly TierSlotForm[]): string {
  const [index, field, item] = path.split('.');
  const slot = used[Number(index)]?.slot;
  if (slot === undefined || field === undefined) return '_';
  return item === undefined ? `${slot}.${field}` : `${slot}.${field}.${item}`;
}
