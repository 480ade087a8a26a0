import type { MeasureUnit } from '../strategy/measure';
import type { Currency } from '../strategy/money';
import type { PartnerPlan, PartnerPlanInput } from '../strategy/partner-plan';
import type { Period } from '../strategy/period';
import type { ObjectiveTemplate, TemplateInput, TemplateOf } from './template';

/**
 * Between partner plans and plan templates. The plan screens (features/plans) call
 * `planFromTemplate` to start a plan from a library entry: the result passes
 * `partnerPlanInputSchema` and goes to `PartnerPlanRepo.create` as it is (status "draft
 * outline", the template's objectives with new ids and no quarterly figures, money measured in
 * the workbook's currency). The vision prompt is returned beside the plan, not written into its
 * vision: it is a question for the plan's author, shown as a hint, not the author's answer.
 * `templateFromPlan` does the reverse for "Save as template": the plan's structure, none of its
 * figures, owners or partner-specific text.
 */

/** What a plan starts from besides the template. */
export interface PlanStart {
  partnerId: string;
  period: Period;
  /** The workbook's currency, for money objectives. */
  currency: Currency;
  /** A fresh id per objective (crypto.randomUUID in the app; fixed ids in tests). */
  newId: () => string;
}

/** A plan input ready for the plan repository, and the vision prompt to show with it. */
export interface PlanFromTemplate {
  plan: PartnerPlanInput;
  visionPrompt: string | undefined;
}

function unitOf(objective: ObjectiveTemplate, currency: Currency): MeasureUnit {
  switch (objective.unitKind) {
    case 'money':
      return { kind: 'money', currency };
    case 'count':
      return { kind: 'count' };
    case 'percent':
      return { kind: 'percent' };
    case 'quantity':
      return { kind: 'quantity', label: objective.unitLabel ?? 'units' };
  }
}

/** A new partner plan's input from a plan template, for a partner and period. */
export function planFromTemplate(
  template: TemplateOf<'partner-plan'>,
  start: PlanStart,
): PlanFromTemplate {
  return {
    plan: {
      partnerId: start.partnerId,
      period: start.period,
      status: 'draft-outline',
      objectives: template.body.objectives.map((objective) => ({
        id: start.newId(),
        title: objective.title,
        measure: objective.measure,
        unit: unitOf(objective, start.currency),
        progressMode: objective.progressMode,
        quarters: [],
        status: 'not-started',
        ...(objective.notes === undefined ? {} : { notes: objective.notes }),
      })),
    },
    visionPrompt: template.body.visionPrompt,
  };
}

/** A plan template's input from a plan: its objectives (dropped ones left out) and measures, no figures. */
export function templateFromPlan(
  plan: Pick<PartnerPlan, 'objectives'>,
  name: string,
  description?: string,
): TemplateInput {
  return {
    kind: 'partner-plan',
    name,
    description,
    body: {
      objectives: plan.objectives
        .filter((objective) => objective.status !== 'dropped')
        .map((objective) => ({
          title: objective.title,
          measure: objective.measure,
          unitKind: objective.unit.kind,
          unitLabel: objective.unit.kind === 'quantity' ? objective.unit.label : undefined,
          progressMode: objective.progressMode,
        })),
    },
  };
}
