import { measureInputText } from '../../../../shared/domain/strategy/measure-input';
import type {
  Objective,
  ObjectiveStatus,
  PartnerPlan,
  PlanStatus,
  ProgressMode,
} from '../../../../shared/domain/strategy/partner-plan';
import type { Period } from '../../../../shared/domain/strategy/period';
import { emptyUnitForm, unitToForm, type UnitForm } from '../goals/unit-form';

/**
 * A partner plan as its editor holds it: every value as typed, so that a half-typed figure or
 * date is never lost to a save. plan-form-read.ts turns it back into plan fields.
 */

/** One quarter's figures as typed. */
export interface QuarterForm {
  target: string;
  actual: string;
}

/** One objective as edited. */
export interface ObjectiveForm {
  id: string;
  title: string;
  /** The company goal served, or '' for none. */
  companyGoalId: string;
  measure: string;
  unit: UnitForm;
  progressMode: ProgressMode;
  /** Quarter 1 first; as many as the period has, or more while figures remain past its end. */
  quarters: QuarterForm[];
  ownerOurs: string;
  ownerPartner: string;
  status: ObjectiveStatus;
  notes: string;
}

/** One risk as edited. */
export interface RiskForm {
  description: string;
  mitigation: string;
}

/** A plan as edited. */
export interface PlanForm {
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
  vision: string;
  ownerOurs: string;
  ownerPartner: string;
  sponsorOurs: string;
  sponsorPartner: string;
  objectives: ObjectiveForm[];
  /** One account per line. */
  targetAccounts: string;
  qbrDates: string[];
  risks: RiskForm[];
}

const blankQuarter = (): QuarterForm => ({ target: '', actual: '' });

/** Quarter slots for an objective: `count` of them, figures placed by quarter number. */
function quarterSlots(objective: Objective, count: number): QuarterForm[] {
  const last = Math.max(count, ...objective.quarters.map((figure) => figure.quarter));
  const slots = Array.from({ length: last }, blankQuarter);
  for (const figure of objective.quarters) {
    slots[figure.quarter - 1] = {
      target: measureInputText(figure.target, objective.unit),
      actual: figure.actual === undefined ? '' : measureInputText(figure.actual, objective.unit),
    };
  }
  return slots;
}

/** A stored objective as a form, with at least `quarterCount` quarter slots. */
export function objectiveToForm(
  objective: Objective,
  quarterCount: number,
  currency: string,
): ObjectiveForm {
  return {
    id: objective.id,
    title: objective.title,
    companyGoalId: objective.companyGoalId ?? '',
    measure: objective.measure,
    unit: unitToForm(objective.unit, currency),
    progressMode: objective.progressMode,
    quarters: quarterSlots(objective, quarterCount),
    ownerOurs: objective.ownerOurs ?? '',
    ownerPartner: objective.ownerPartner ?? '',
    status: objective.status,
    notes: objective.notes ?? '',
  };
}

/** A new objective in the workbook's currency, with blank figures for each quarter. */
export function emptyObjectiveForm(
  id: string,
  quarterCount: number,
  currency: string,
): ObjectiveForm {
  return {
    id,
    title: '',
    companyGoalId: '',
    measure: '',
    unit: emptyUnitForm(currency),
    progressMode: 'cumulative',
    quarters: Array.from({ length: quarterCount }, blankQuarter),
    ownerOurs: '',
    ownerPartner: '',
    status: 'not-started',
    notes: '',
  };
}

/** A stored plan as a form. */
export function planToForm(plan: PartnerPlan, quarterCount: number, currency: string): PlanForm {
  return {
    periodStart: plan.period.start,
    periodEnd: plan.period.end,
    status: plan.status,
    vision: plan.vision ?? '',
    ownerOurs: plan.ownerOurs ?? '',
    ownerPartner: plan.ownerPartner ?? '',
    sponsorOurs: plan.sponsorOurs ?? '',
    sponsorPartner: plan.sponsorPartner ?? '',
    objectives: plan.objectives.map((o) => objectiveToForm(o, quarterCount, currency)),
    targetAccounts: plan.targetAccounts.join('\n'),
    qbrDates: plan.qbrDates,
    risks: plan.risks.map((risk) => ({
      description: risk.description,
      mitigation: risk.mitigation ?? '',
    })),
  };
}

/** The form's period, when both ends are filled in. */
export function formPeriod(form: Pick<PlanForm, 'periodStart' | 'periodEnd'>): Period | undefined {
  return form.periodStart !== '' && form.periodEnd !== '' && form.periodEnd >= form.periodStart
    ? { start: form.periodStart, end: form.periodEnd }
    : undefined;
}

/** The key of a quarter figure's message: objectives.0.q2.target. */
export function quarterKey(index: number, quarter: number, field: keyof QuarterForm): string {
  return `objectives.${index}.q${quarter}.${field}`;
}
