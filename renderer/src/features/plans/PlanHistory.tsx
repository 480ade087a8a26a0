import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import { planEditability } from '../../../../shared/domain/strategy/plan-rules';
import { PLAN_STATUS_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import { useUiActions } from '../../state/ui-selectors';

/** The partner's plans, latest first, with which are kept read-only, and a way to start the next. */
export function PlanHistory({
  plans,
  currentId,
  onStartPlan,
}: {
  plans: readonly PartnerPlan[];
  currentId: string;
  onStartPlan: () => void;
}) {
  const { openView } = useUiActions();
  return (
    <section className="side-card" aria-labelledby="plan-history-title">
      <h3 id="plan-history-title">All plans</h3>
      <ul className="plain-list" aria-label="Plans for this partner">
        {plans.map((plan) => {
          const readOnly = planEditability(plan, plans).readOnly;
          return (
            <li key={plan.id} className="plan-history-row">
              <button
                type="button"
                className="link-button"
                aria-current={plan.id === currentId ? 'page' : undefined}
                onClick={() =>
                  openView({ name: 'plan', partnerId: plan.partnerId, planId: plan.id })
                }
              >
                {periodLabel(plan.period)}
              </button>
              <span className={`status-badge plan-status-${plan.status}`}>
                {PLAN_STATUS_LABELS[plan.status]}
              </span>
              {readOnly ? <span className="muted">read-only</span> : null}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onStartPlan}>
        Start the next plan
      </button>
    </section>
  );
}
