import type { Currency } from '../../../../shared/domain/strategy/money';
import { copyObjectives } from '../../../../shared/domain/strategy/next-plan';
import type {
  PartnerPlan,
  PartnerPlanInput,
  PlanStatus,
} from '../../../../shared/domain/strategy/partner-plan';
import { periodLabel, type Period } from '../../../../shared/domain/strategy/period';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { planFromTemplate } from '../../../../shared/domain/templates/plan-from-template';
import type { TemplateOf } from '../../../../shared/domain/templates/template';

/**
 * What a new plan starts from, as the new-plan dialog offers it: nothing, the objectives of the
 * partner's previous plan, or a plan template from the library (built in or the user's own).
 * The choice is one select whose values are "blank", "previous" or a template's id.
 */

/** A plan template as the library lists it. */
export type PlanTemplate = TemplateOf<'partner-plan'> & LibraryTemplate;

/** One choice of the "Start from" select. */
export interface PlanSourceOption {
  value: string;
  label: string;
}

/** The value of the "blank plan" choice. */
export const BLANK = 'blank';
/** The value of the "previous plan's objectives" choice. */
export const PREVIOUS = 'previous';

/** The plan templates of a library, built-in ones first as the library lists them. */
export function planTemplates(library: readonly LibraryTemplate[]): PlanTemplate[] {
  return library.filter((template): template is PlanTemplate => template.kind === 'partner-plan');
}

/** The choices: the previous plan's objectives when it has some, a blank plan, each template. */
export function planSourceOptions(
  previous: PartnerPlan | undefined,
  templates: readonly PlanTemplate[],
): PlanSourceOption[] {
  const options: PlanSourceOption[] = [];
  if (previous && previous.objectives.length > 0) {
    const label = `The objectives of the ${periodLabel(previous.period)} plan (targets kept, actuals cleared)`;
    options.push({ value: PREVIOUS, label });
  }
  options.push({ value: BLANK, label: 'A blank plan' });
  for (const template of templates) {
    const whose = template.builtIn ? 'built-in template' : 'my template';
    options.push({ value: template.id, label: `${template.name} (${whose})` });
  }
  return options;
}

/** The choice selected at first: the template asked for, else the previous plan, else blank. */
export function initialPlanSource(options: readonly PlanSourceOption[], preset?: string): string {
  const wanted = preset ?? PREVIOUS;
  return options.some((option) => option.value === wanted) ? wanted : BLANK;
}

/** Everything a new plan is made of besides its source. */
export interface NewPlanStart {
  partnerId: string;
  period: Period;
  status: PlanStatus;
  currency: Currency;
  newId: () => string;
}

/**
 * The new plan's input for the chosen source. Objectives are copied only when the period reads
 * (it ends on or after its start); otherwise the repository's message about the period is the
 * one the user needs, not one about quarters.
 */
export function newPlanInput(
  source: string,
  start: NewPlanStart,
  previous: PartnerPlan | undefined,
  templates: readonly PlanTemplate[],
): PartnerPlanInput {
  const { partnerId, period, status } = start;
  const blank: PartnerPlanInput = { partnerId, period, status, objectives: [] };
  if (period.end < period.start) return blank;
  if (source === PREVIOUS && previous) {
    return { ...blank, objectives: copyObjectives(previous.objectives, period, start.newId) };
  }
  const template = templates.find((t) => t.id === source);
  if (!template) return blank;
  const { plan } = planFromTemplate(template, start);
  return { ...plan, status };
}
