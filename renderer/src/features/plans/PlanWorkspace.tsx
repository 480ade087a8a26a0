import { useMemo, useState } from 'react';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import { goalsForPeriod } from '../../../../shared/domain/strategy/goal-coverage';
import { objectiveProgress } from '../../../../shared/domain/strategy/objective-progress';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import { periodLabel, periodQuarters } from '../../../../shared/domain/strategy/period';
import { planEditability } from '../../../../shared/domain/strategy/plan-rules';
import { PLAN_STATUS_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import { useWorkbook } from '../../app/workbook-context';
import { readOnlyMessage } from '../../db/repos/partner-plan-repo';
import { FormError } from '../../ui/FormError';
import { useAutosave, type SaveStatus } from '../../ui/use-autosave';
import { CoveragePanel } from './CoveragePanel';
import { ObjectivesEditor } from './ObjectivesEditor';
import { PlanHeaderFields } from './PlanHeaderFields';
import { PlanHistory } from './PlanHistory';
import { PlanListsFields } from './PlanListsFields';
import { SavePlanTemplate } from './SavePlanTemplate';
import { formPeriod, planToForm, type PlanForm } from './plan-form';
import { readPlanForm } from './plan-form-read';
import { todayIso } from './today';

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Editing…',
  saving: 'Saving…',
  invalid: 'Not saved: see the messages',
  failed: 'Not saved: the workbook could not be written',
};

interface PlanWorkspaceProps {
  plan: PartnerPlan;
  /** The partner's plans, latest first. */
  plans: readonly PartnerPlan[];
  goals: readonly CompanyGoal[];
  partnerName: string;
  currency: string;
  onBack: () => void;
  onStartPlan: () => void;
}

/**
 * One plan, edited with autosave. The stored plan seeds the form once; what is typed stays in the
 * form until it reads well and the plan rules allow it, and progress and goal coverage follow the
 * form as it is typed. A completed or superseded plan shows the same fields, disabled.
 */
export function PlanWorkspace(props: PlanWorkspaceProps) {
  const { plan, plans, goals, partnerName, currency } = props;
  const { plans: repo } = useWorkbook();
  const [form, setForm] = useState<PlanForm>(() =>
    planToForm(plan, periodQuarters(plan.period).length, currency),
  );
  const { status, errors } = useAutosave(form, (value) => {
    const read = readPlanForm(value, plan.partnerId);
    if (Object.keys(read.errors).length > 0) {
      return Promise.resolve({ ok: false as const, errors: read.errors });
    }
    return repo.update(plan.id, read.draft);
  });
  const read = useMemo(() => readPlanForm(form, plan.partnerId), [form, plan.partnerId]);
  const period = formPeriod(form);
  const today = todayIso();
  const progress = useMemo(
    () =>
      new Map(
        period ? read.draft.objectives.map((o) => [o.id, objectiveProgress(o, period, today)]) : [],
      ),
    [read, period, today],
  );
  const readOnly = readOnlyMessage(planEditability(plan, plans));
  return (
    <section className="plan-workspace" aria-label="Partner plan">
      <header className="plan-header">
        <p className="breadcrumbs">
          <button type="button" className="link-button" onClick={props.onBack}>
            {partnerName}
          </button>{' '}
          › Partner plan
        </p>
        <div className="plan-title-row">
          <h2>
            {partnerName} · {periodLabel(plan.period)}
          </h2>
          <span className={`status-badge plan-status-${plan.status}`}>
            {PLAN_STATUS_LABELS[plan.status]}
          </span>
          <p className={`save-status status-${status}`} role="status">
            {readOnly ? 'Read-only' : STATUS_TEXT[status]}
          </p>
          <SavePlanTemplate objectives={read.draft.objectives} partnerName={partnerName} />
        </div>
        {readOnly ? (
          <p className="read-only-note" role="note">
            {readOnly}
          </p>
        ) : null}
        <FormError message={errors._} />
      </header>
      <div className="plan-body">
        <form
          className="plan-main"
          aria-label="Plan"
          onSubmit={(e) => e.preventDefault()}
          noValidate
        >
          <fieldset className="plan-fieldset" disabled={readOnly !== undefined}>
            <PlanHeaderFields form={form} errors={errors} update={setForm} />
            <ObjectivesEditor
              objectives={form.objectives}
              errors={errors}
              quarters={period ? periodQuarters(period) : []}
              goals={goals}
              period={period}
              progress={progress}
              currency={currency}
              update={setForm}
            />
            <PlanListsFields form={form} errors={errors} update={setForm} />
          </fieldset>
        </form>
        <aside className="plan-side" aria-label="Plan overview">
          <CoveragePanel
            goals={period ? goalsForPeriod(goals, period) : []}
            allGoals={goals}
            objectives={read.draft.objectives}
          />
          <PlanHistory plans={plans} currentId={plan.id} onStartPlan={props.onStartPlan} />
        </aside>
      </div>
    </section>
  );
}
