import './plans.css';
import { useState } from 'react';
import { activePlan, planCovering } from '../../../../shared/domain/strategy/plan-rules';
import { useUiActions } from '../../state/ui-selectors';
import { useStrategySettings } from '../settings/use-strategy-settings';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanWorkspace } from './PlanWorkspace';
import { todayIso } from './today';
import { usePlanViewData } from './use-plans';

/**
 * A partner's plan, full screen. It reads that partner's plans (by index), the goals and the
 * settings, nothing else; it shows the plan asked for, else the one in progress, else the one
 * covering today, else the latest.
 */
export function PlanScreen({ partnerId, planId }: { partnerId: string; planId?: string }) {
  const data = usePlanViewData(partnerId);
  const settings = useStrategySettings();
  const { openView, openPanel, setPanelTab } = useUiActions();
  const [starting, setStarting] = useState(false);
  if (data === undefined || !settings) return <p className="muted loading">Opening the plan…</p>;
  const { partnerName: name, plans, goals } = data;
  const backToPartner = () => {
    openView({ name: 'partners' });
    setPanelTab('plan');
    openPanel({ mode: 'edit', partnerId });
  };
  if (name === null) {
    return (
      <div className="plan-screen">
        <p>This partner no longer exists.</p>
        <button type="button" onClick={() => openView({ name: 'partners' })}>
          Show all partners
        </button>
      </div>
    );
  }
  const plan =
    plans.find((p) => p.id === planId) ??
    activePlan(plans) ??
    planCovering(plans, todayIso()) ??
    plans[0];
  return (
    <div className="plan-screen">
      {plan ? (
        <PlanWorkspace
          key={plan.id}
          plan={plan}
          plans={plans}
          goals={goals}
          partnerName={name}
          currency={settings.currency}
          onBack={backToPartner}
          onStartPlan={() => setStarting(true)}
        />
      ) : (
        <section className="empty-note" aria-label="No plan yet">
          <h2>{name}: partner plan</h2>
          <p>No plan for {name} yet.</p>
          <p className="muted">
            A plan sets the vision for the partnership and the objectives both sides work on, each
            tied to a company goal.
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => setStarting(true)}>
              Start a plan
            </button>
            <button type="button" onClick={backToPartner}>
              Back to {name}
            </button>
          </div>
        </section>
      )}
      {starting ? (
        <NewPlanDialog
          partnerId={partnerId}
          partnerName={name}
          plans={plans}
          onClose={() => setStarting(false)}
        />
      ) : null}
    </div>
  );
}
