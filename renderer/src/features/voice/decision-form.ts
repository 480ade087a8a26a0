import type { Decision, DecisionScope } from '../../../../shared/domain/people/voice';

/**
 * A decision record as its dialog holds it, and the reading of that into the fields DecisionRepo
 * validates. Options considered are typed one per line; blank lines are dropped.
 */

/** A decision's form. */
export interface DecisionForm {
  scope: DecisionScope;
  partnerId: string;
  context: string;
  options: string;
  decision: string;
  date: string;
  decidedBy: string;
  feedbackIds: string[];
}

/** A new decision's form, dated today. */
export function emptyDecisionForm(today: string): DecisionForm {
  return {
    scope: 'partnership',
    partnerId: '',
    context: '',
    options: '',
    decision: '',
    date: today,
    decidedBy: '',
    feedbackIds: [],
  };
}

/** A stored decision's form. */
export function decisionToForm(decision: Decision): DecisionForm {
  return {
    scope: decision.scope,
    partnerId: decision.partnerId ?? '',
    context: decision.context,
    options: decision.optionsConsidered.join('\n'),
    decision: decision.decision,
    date: decision.date,
    decidedBy: decision.decidedBy,
    feedbackIds: [...decision.feedbackIds],
  };
}

/** The fields DecisionRepo.create and update take. */
export function readDecisionForm(form: DecisionForm): Record<string, unknown> {
  const optionsConsidered = form.options
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    scope: form.scope,
    ...(form.partnerId === '' ? {} : { partnerId: form.partnerId }),
    context: form.context,
    optionsConsidered,
    decision: form.decision,
    date: form.date.trim(),
    decidedBy: form.decidedBy,
    feedbackIds: form.feedbackIds,
  };
}

/** Messages for the options considered ("optionsConsidered.2") shown beside the one text box. */
export function optionsError(errors: Record<string, string>): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith('optionsConsidered'));
  return key === undefined ? undefined : errors[key];
}
