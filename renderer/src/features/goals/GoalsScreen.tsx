import './goals.css';
import '../plans/plans.css';
import { useMemo, useState } from 'react';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import { countOf } from '../../ui/format';
import { useStrategySettings } from '../settings/use-strategy-settings';
import { todayIso } from '../plans/today';
import { DeleteGoalDialog } from './DeleteGoalDialog';
import { GoalCard } from './GoalCard';
import { GoalDialog } from './GoalDialog';
import { useCompanyGoals, useGoalServings } from './use-goals';

type Editing = { mode: 'add' } | { mode: 'edit'; goal: CompanyGoal } | null;

/** The company's goals by period, each with the partner objectives that serve it. */
export function GoalsScreen() {
  const goals = useCompanyGoals();
  const settings = useStrategySettings();
  const today = todayIso();
  const servings = useGoalServings(goals, today);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CompanyGoal | null>(null);
  const byPeriod = useMemo(() => {
    const groups = new Map<string, CompanyGoal[]>();
    // Within a period, in the order they were added: the index orders equal starts by id.
    const ordered = [...(goals ?? [])].sort(
      (a, b) =>
        a.period.start.localeCompare(b.period.start) || a.createdAt.localeCompare(b.createdAt),
    );
    for (const goal of ordered) {
      const label = periodLabel(goal.period);
      groups.set(label, [...(groups.get(label) ?? []), goal]);
    }
    return [...groups];
  }, [goals]);
  const unserved = goals?.filter((g) => (servings?.get(g.id) ?? []).length === 0).length ?? 0;

  return (
    <section className="goals-screen" aria-labelledby="goals-title">
      <div className="screen-toolbar">
        <h2 id="goals-title">Company goals</h2>
        {goals && goals.length > 0 && servings ? (
          <p className="muted goals-summary" role="status">
            {countOf(goals.length, 'goal')}
            {unserved > 0 ? ` · ${unserved} not served by any partner objective` : ''}
          </p>
        ) : null}
        <div className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={!settings}
          onClick={() => setEditing({ mode: 'add' })}
        >
          Add goal
        </button>
      </div>
      {goals === undefined || servings === undefined ? (
        <p className="muted">Loading…</p>
      ) : goals.length === 0 ? (
        <div className="empty-note">
          <p>No company goals yet.</p>
          <p className="muted">
            Add the goals the company has set for the year; partner plans then link their objectives
            to them, and this screen shows which goals partners serve and which none do.
          </p>
        </div>
      ) : (
        <div className="goals-scroll">
          {byPeriod.map(([label, group]) => (
            <section key={label} className="goal-period" aria-label={`Goals for ${label}`}>
              <h3>{label}</h3>
              {group.map((goal) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  servings={servings.get(goal.id) ?? []}
                  onEdit={() => setEditing({ mode: 'edit', goal })}
                  onDelete={() => setDeleting(goal)}
                />
              ))}
            </section>
          ))}
        </div>
      )}
      {editing && settings ? (
        <GoalDialog
          goal={editing.mode === 'edit' ? editing.goal : undefined}
          currency={settings.currency}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <DeleteGoalDialog
          goal={deleting}
          servingCount={servings?.get(deleting.id)?.length ?? 0}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
