import './plans.css';
import { useEffect, useState } from 'react';
import { planProgress } from '../../../../shared/domain/strategy/objective-progress';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import { activePlan, planCovering } from '../../../../shared/domain/strategy/plan-rules';
import { PLAN_STATUS_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import { useUiActions } from '../../state/ui-selectors';
import { formatDate } from '../../ui/format';
import { useCompanyGoals } from '../goals/use-goals';
import { NewPlanDialog } from './NewPlanDialog';
import { ProgressBar } from './ProgressBar';
import { todayIso } from './today';
import { usePartnerPlans } from './use-plans';

/** The partner's current plan at a glance, in the panel: period, status, objectives, next QBR. */
export function PartnerPlanTab({
  partnerId,
  partnerName,
}: {
  partnerId: string;
  partnerName: string;
}) {
  const plans = usePartnerPlans(partnerId);
  const goals = useCompanyGoals();
  const { openView } = useUiActions();
  const [starting, setStarting] = useState(false);
  // The plan view is loaded on demand; fetching it now makes "Open plan" as quick the first time.
  useEffect(() => {
    void import('./PlanScreen');
  }, []);
  if (plans === undefined || goals === undefined) return <p className="muted">Loading…</p>;
  const today = todayIso();
  const plan = activePlan(plans) ?? planCovering(plans, today) ?? plans[0];
  const start = (
    <button type="button" className={plan ? '' : 'primary'} onClick={() => setStarting(true)}>
      {plan ? 'Start the next plan' : 'Start a plan'}
    </button>
  );
  const dialog = starting ? (
    <NewPlanDialog
      partnerId={partnerId}
      partnerName={partnerName}
      plans={plans}
      onClose={() => setStarting(false)}
    />
  ) : null;
  if (!plan) {
    return (
      <div className="plan-glance">
        <p className="muted">
          No plan for {partnerName} yet. A plan sets the vision and the objectives both sides work
          on, each tied to a company goal.
        </p>
        {start}
        {dialog}
      </div>
    );
  }
  const progress = new Map(planProgress(plan, today).map((p) => [p.objectiveId, p]));
  const nextQbr = plan.qbrDates.find((date) => date >= today);
  const goalTitle = (id: string | undefined) =>
    id === undefined ? undefined : (goals.find((g) => g.id === id)?.title ?? 'Deleted goal');
  return (
    <div className="plan-glance">
      <p className="plan-glance-head">
        <strong>{periodLabel(plan.period)}</strong>{' '}
        <span className={`status-badge plan-status-${plan.status}`}>
          {PLAN_STATUS_LABELS[plan.status]}
        </span>
      </p>
      <p className="muted">Next QBR: {nextQbr ? formatDate(nextQbr) : 'none scheduled'}</p>
      {plan.objectives.length === 0 ? (
        <p className="muted">No objectives yet.</p>
      ) : (
        <ul className="plain-list glance-objectives" aria-label="Plan objectives">
          {plan.objectives.map((objective) => {
            const p = progress.get(objective.id);
            const goal = goalTitle(objective.companyGoalId);
            return (
              <li key={objective.id}>
                <span>
                  <strong>{objective.title}</strong>
                  <span className="muted">
                    {' '}
                    · {goal ? `serves ${goal}` : 'serves no company goal'}
                  </span>
                </span>
                {p ? (
                  <ProgressBar progress={p} unit={objective.unit} label={objective.title} />
                ) : (
                  <p className="muted">Dropped</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="panel-actions">
        <button
          type="button"
          className="primary"
          onClick={() => openView({ name: 'plan', partnerId, planId: plan.id })}
        >
          Open plan
        </button>
        {start}
      </div>
      {dialog}
    </div>
  );
}
