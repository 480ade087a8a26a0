import type { Dispatch, SetStateAction } from 'react';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import type { ObjectiveProgress } from '../../../../shared/domain/strategy/objective-progress';
import type { Period } from '../../../../shared/domain/strategy/period';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useUiActions } from '../../state/ui-selectors';
import { ObjectiveEditor } from './ObjectiveEditor';
import { emptyObjectiveForm, type ObjectiveForm, type PlanForm } from './plan-form';

/** The plan's objectives, each with its figures and progress; add and remove (with undo). */
export function ObjectivesEditor({
  objectives,
  errors,
  quarters,
  goals,
  period,
  progress,
  currency,
  update,
}: {
  objectives: readonly ObjectiveForm[];
  errors: FieldErrors;
  /** The quarters of the plan's period as typed; none while the period is unreadable. */
  quarters: readonly Period[];
  goals: readonly CompanyGoal[];
  period: Period | undefined;
  progress: ReadonlyMap<string, ObjectiveProgress>;
  currency: string;
  update: Dispatch<SetStateAction<PlanForm>>;
}) {
  const { offerUndo } = useUiActions();
  const setObjectives = (change: (list: ObjectiveForm[]) => ObjectiveForm[]) =>
    update((f) => ({ ...f, objectives: change(f.objectives) }));
  const add = () =>
    setObjectives((list) => [
      ...list,
      emptyObjectiveForm(crypto.randomUUID(), quarters.length, currency),
    ]);
  const remove = (index: number) => {
    const removed = objectives[index];
    if (!removed) return;
    setObjectives((list) => list.filter((o) => o.id !== removed.id));
    offerUndo({
      message: `Removed the objective “${removed.title.trim() || 'untitled'}”.`,
      undo: () => {
        setObjectives((list) => [...list.slice(0, index), removed, ...list.slice(index)]);
        return Promise.resolve();
      },
    });
  };
  return (
    <section className="plan-section" aria-labelledby="plan-objectives-title">
      <h3 id="plan-objectives-title">Objectives</h3>
      {objectives.length === 0 ? (
        <p className="muted">
          No objectives yet. Each objective is measured quarter by quarter and serves a company
          goal.
        </p>
      ) : null}
      {objectives.map((objective, index) => (
        <ObjectiveEditor
          key={objective.id}
          index={index}
          objective={objective}
          errors={errors}
          quarters={quarters}
          goals={goals}
          period={period}
          progress={progress.get(objective.id)}
          onChange={(patch) =>
            setObjectives((list) =>
              list.map((o) => (o.id === objective.id ? { ...o, ...patch(o) } : o)),
            )
          }
          onRemove={() => remove(index)}
        />
      ))}
      <button type="button" onClick={add}>
        Add objective
      </button>
    </section>
  );
}
