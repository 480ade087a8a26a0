import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import { goalCoverage } from '../../../../shared/domain/strategy/goal-coverage';
import type { Objective } from '../../../../shared/domain/strategy/partner-plan';

/**
 * Which company goals of the plan's period this partner's objectives serve, and which they do not:
 * the question a partner manager is asked in every QBR. It follows the form as it is typed.
 */
export function CoveragePanel({
  goals,
  allGoals,
  objectives,
}: {
  /** The goals whose period overlaps the plan's. */
  goals: readonly CompanyGoal[];
  allGoals: readonly CompanyGoal[];
  objectives: readonly Objective[];
}) {
  const report = goalCoverage(goals, [{ id: 'plan', partnerId: 'partner', objectives }]);
  const titleOf = (id: string) => objectives.find((o) => o.id === id)?.title.trim() || 'Untitled';
  const known = new Set(allGoals.map((g) => g.id));
  const deletedGoal = report.unknownGoal.filter((ref) => !known.has(ref.goalId));
  const otherPeriod = report.unknownGoal.filter((ref) => known.has(ref.goalId));
  const served = report.goals.filter((g) => g.objectives.length > 0);
  const goalTitle = (id: string) => goals.find((g) => g.id === id)?.title ?? '';
  return (
    <section className="side-card" aria-labelledby="coverage-title">
      <h3 id="coverage-title">Goal coverage</h3>
      {goals.length === 0 ? (
        <p className="muted">No company goals for this period. Add them on the Goals screen.</p>
      ) : (
        <>
          <h4>Contributes to</h4>
          {served.length === 0 ? (
            <p className="muted">No company goal yet.</p>
          ) : (
            <ul className="plain-list" aria-label="Goals this plan contributes to">
              {served.map((g) => (
                <li key={g.goalId}>
                  <strong>{goalTitle(g.goalId)}</strong>
                  <span className="muted">
                    {' '}
                    · {g.objectives.map((ref) => titleOf(ref.objectiveId)).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {report.uncoveredGoalIds.length > 0 ? (
            <>
              <h4>No objective yet</h4>
              <ul className="plain-list" aria-label="Goals with no objective in this plan">
                {report.uncoveredGoalIds.map((id) => (
                  <li key={id} className="goal-gap">
                    {goalTitle(id)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      {report.unlinked.length > 0 ? (
        <p className="muted">
          {report.unlinked.length === 1
            ? 'One objective serves'
            : `${report.unlinked.length} objectives serve`}{' '}
          no company goal.
        </p>
      ) : null}
      {otherPeriod.length > 0 ? (
        <p className="muted">
          Serving a goal of another period:{' '}
          {otherPeriod.map((ref) => titleOf(ref.objectiveId)).join(', ')}.
        </p>
      ) : null}
      {deletedGoal.length > 0 ? (
        <p className="goal-gap">
          Linked to a deleted goal: {deletedGoal.map((ref) => titleOf(ref.objectiveId)).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
