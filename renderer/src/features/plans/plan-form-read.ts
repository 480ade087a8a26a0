import { isoDateSchema } from '../../../../shared/domain/strategy/iso-date';
import { parseMeasureValue } from '../../../../shared/domain/strategy/measure-input';
import {
  partnerPlanInputSchema,
  type Objective,
  type PlanRisk,
  type PlanStatus,
  type QuarterFigure,
} from '../../../../shared/domain/strategy/partner-plan';
import { periodQuarters, type Period } from '../../../../shared/domain/strategy/period';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { formToUnit } from '../goals/unit-form';
import { formPeriod, quarterKey, type ObjectiveForm, type PlanForm } from './plan-form';

/**
 * Reads a plan form into the fields the plan repository saves, with a message per field. Figures
 * are read for their objective's unit (money typed in major units, stored in minor units); a
 * quarter may have a target alone, but an actual needs its target. Blank risks, QBR dates and
 * account lines are left out rather than refused, and the shared schema's messages about the
 * remaining ones are moved back to the rows on screen.
 */

/** The plan fields a form describes, as saved. */
export interface PlanDraft {
  partnerId: string;
  period: Period;
  status: PlanStatus;
  vision: string;
  ownerOurs: string;
  ownerPartner: string;
  sponsorOurs: string;
  sponsorPartner: string;
  objectives: Objective[];
  targetAccounts: string[];
  qbrDates: string[];
  risks: PlanRisk[];
}

/** A form read: the draft (figures that could not be read left out) and the messages. */
export interface PlanRead {
  draft: PlanDraft;
  /** Empty when the draft may be saved. */
  errors: FieldErrors;
}

function readQuarters(
  form: ObjectiveForm,
  index: number,
  quarterCount: number,
  errors: FieldErrors,
): QuarterFigure[] {
  const unit = formToUnit(form.unit);
  const figures: QuarterFigure[] = [];
  form.quarters.forEach((slot, at) => {
    const quarter = at + 1;
    const filled = slot.target.trim() !== '' || slot.actual.trim() !== '';
    if (!filled) return;
    if (quarter > quarterCount) {
      errors[quarterKey(index, quarter, 'target')] =
        'This quarter is outside the plan’s period; clear its figures.';
      return;
    }
    const target = slot.target.trim() === '' ? undefined : parseMeasureValue(slot.target, unit);
    const actual = slot.actual.trim() === '' ? undefined : parseMeasureValue(slot.actual, unit);
    if (target === undefined) {
      errors[quarterKey(index, quarter, 'target')] = 'Enter the quarter’s target first.';
    } else if (!target.ok) errors[quarterKey(index, quarter, 'target')] = target.error;
    if (actual !== undefined && !actual.ok) {
      errors[quarterKey(index, quarter, 'actual')] = actual.error;
    }
    if (target?.ok !== true) return;
    figures.push(
      actual?.ok === true
        ? { quarter, target: target.value, actual: actual.value }
        : { quarter, target: target.value },
    );
  });
  return figures;
}

function readObjective(
  form: ObjectiveForm,
  index: number,
  quarterCount: number,
  errors: FieldErrors,
): Objective {
  return {
    id: form.id,
    title: form.title,
    companyGoalId: form.companyGoalId === '' ? undefined : form.companyGoalId,
    measure: form.measure,
    unit: formToUnit(form.unit),
    progressMode: form.progressMode,
    quarters: readQuarters(form, index, quarterCount, errors),
    ownerOurs: form.ownerOurs,
    ownerPartner: form.ownerPartner,
    status: form.status,
    notes: form.notes,
  };
}

// Moves messages about kept rows (`risks.1.description`) back to their row on screen.
function remap(errors: FieldErrors, list: string, rows: readonly number[]): FieldErrors {
  const moved: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const match = new RegExp(`^${list}\\.(\\d+)(.*)$`).exec(key);
    const row = match ? rows[Number(match[1])] : undefined;
    moved[match && row !== undefined ? `${list}.${row}${match[2] ?? ''}` : key] = message;
  }
  return moved;
}

/** Reads a plan form for the given partner. */
export function readPlanForm(form: PlanForm, partnerId: string): PlanRead {
  const errors: FieldErrors = {};
  const valid = formPeriod(form);
  const period = valid ?? { start: form.periodStart, end: form.periodEnd };
  // With no valid period yet, no quarter is called outside it: the period's message says enough.
  const quarterCount = valid ? periodQuarters(valid).length : Number.POSITIVE_INFINITY;
  const riskRows = form.risks.flatMap((risk, row) =>
    risk.description.trim() === '' && risk.mitigation.trim() === '' ? [] : [row],
  );
  const dateRows = form.qbrDates.flatMap((date, row) => (date.trim() === '' ? [] : [row]));
  for (const row of dateRows) {
    if (!isoDateSchema.safeParse(form.qbrDates[row]).success) {
      errors[`qbrDates.${row}`] = 'Enter a date like 2026-03-31.';
    }
  }
  const draft: PlanDraft = {
    partnerId,
    period,
    status: form.status,
    vision: form.vision,
    ownerOurs: form.ownerOurs,
    ownerPartner: form.ownerPartner,
    sponsorOurs: form.sponsorOurs,
    sponsorPartner: form.sponsorPartner,
    objectives: form.objectives.map((o, index) => readObjective(o, index, quarterCount, errors)),
    targetAccounts: form.targetAccounts
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    qbrDates: dateRows.flatMap((row) => form.qbrDates[row] ?? []),
    risks: riskRows.flatMap((row) => form.risks[row] ?? []),
  };
  const checked = validate(partnerPlanInputSchema, draft);
  const schemaErrors = checked.ok ? {} : remap(checked.errors, 'risks', riskRows);
  for (const [key, message] of Object.entries(schemaErrors)) {
    // Account lines and dates are edited as one field each; their messages go to that field.
    const field = key.startsWith('targetAccounts') ? 'targetAccounts' : key;
    errors[field] ??= message;
  }
  return { draft, errors };
}
