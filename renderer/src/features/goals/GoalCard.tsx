import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import { formatMeasureValue } from '../../../../shared/domain/strategy/measure';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import { useUiActions } from '../../state/ui-selectors';
import { ProgressBar } from '../plans/ProgressBar';
import type { GoalServing } from './use-goals';

/** One company goal: what it aims at, and the partner objectives that serve it, or that none do. */
export function GoalCard({
  goal,
  servings,
  onEdit,
  onDelete,
}: {
  goal: CompanyGoal;
  servings: readonly GoalServing[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { openView } = useUiActions();
  const served = servings.length > 0;
  return (
    <article className={served ? 'goal-card' : 'goal-card unserved'} aria-label={goal.title}>
      <header className="goal-card-header">
        <h4>{goal.title}</h4>
        {served ? null : <span className="status-badge status-unserved">Not served</span>}
        <button type="button" className="link-button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="link-button danger" onClick={onDelete}>
          Delete
        </button>
      </header>
      <p className="goal-facts">
        {goal.measure} · target {formatMeasureValue(goal.target, goal.unit)} ·{' '}
        {periodLabel(goal.period)}
      </p>
      {goal.notes ? <p className="muted">{goal.notes}</p> : null}
      {served ? (
        <table className="simple-table" aria-label={`Objectives serving ${goal.title}`}>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Objective</th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {servings.map((s) => (
              <tr key={`${s.plan.id}-${s.objective.id}`}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      openView({ name: 'plan', partnerId: s.partnerId, planId: s.plan.id })
                    }
                  >
                    {s.partnerName ?? 'Deleted partner'}
                  </button>
                  <span className="muted"> · {periodLabel(s.plan.period)}</span>
                </td>
                <td>{s.objective.title}</td>
                <td>
                  <ProgressBar
                    progress={s.progress}
                    unit={s.objective.unit}
                    label={s.objective.title}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="goal-gap">
          No partner objective serves this goal yet. Link one from a partner’s plan.
        </p>
      )}
    </article>
  );
}
