import {
  companyGoalInputSchema,
  type CompanyGoal,
  type CompanyGoalInput,
} from '../../../../shared/domain/strategy/company-goal';
import {
  measureInputText,
  parseMeasureValue,
} from '../../../../shared/domain/strategy/measure-input';
import { yearPeriod } from '../../../../shared/domain/strategy/period';
import { validate, type Validated } from '../../../../shared/domain/validation';
import { emptyUnitForm, formToUnit, unitToForm, type UnitForm } from './unit-form';

/** A company goal as its dialog edits it: every value as typed. */
export interface GoalForm {
  title: string;
  measure: string;
  unit: UnitForm;
  target: string;
  periodStart: string;
  periodEnd: string;
  notes: string;
}

/** A blank goal for the calendar year `today` falls in, in the workbook's currency. */
export function emptyGoalForm(currency: string, today: string): GoalForm {
  const year = yearPeriod(Number(today.slice(0, 4)));
  return {
    title: '',
    measure: '',
    unit: emptyUnitForm(currency),
    target: '',
    periodStart: year.start,
    periodEnd: year.end,
    notes: '',
  };
}

/** A stored goal as a form. */
export function goalToForm(goal: CompanyGoal, currency: string): GoalForm {
  return {
    title: goal.title,
    measure: goal.measure,
    unit: unitToForm(goal.unit, currency),
    target: measureInputText(goal.target, goal.unit),
    periodStart: goal.period.start,
    periodEnd: goal.period.end,
    notes: goal.notes ?? '',
  };
}

/**
 * The goal a form describes, checked with the shared schema, or a message per field. The target
 * is read for its unit first, so that "12,500.50" in euros is stored as 1250050 cents; every
 * field's message comes back at once, not one per attempt.
 */
export function readGoalForm(form: GoalForm): Validated<CompanyGoalInput> {
  const unit = formToUnit(form.unit);
  const target = parseMeasureValue(form.target, unit);
  const checked = validate(companyGoalInputSchema, {
    title: form.title,
    measure: form.measure,
    unit,
    target: target.ok ? target.value : 0,
    period: { start: form.periodStart, end: form.periodEnd },
    notes: form.notes,
  });
  if (target.ok) return checked;
  const errors = checked.ok ? {} : checked.errors;
  return { ok: false, errors: { ...errors, target: target.error } };
}
