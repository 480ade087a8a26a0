import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import type { ObjectiveProgress } from '../../../../shared/domain/strategy/objective-progress';
import {
  OBJECTIVE_STATUSES,
  PROGRESS_MODES,
} from '../../../../shared/domain/strategy/partner-plan';
import {
  periodLabel,
  periodsOverlap,
  type Period,
} from '../../../../shared/domain/strategy/period';
import {
  OBJECTIVE_STATUS_LABELS,
  PROGRESS_MODE_LABELS,
} from '../../../../shared/domain/strategy/strategy-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import { UnitFields } from '../goals/UnitFields';
import { formToUnit } from '../goals/unit-form';
import type { ObjectiveForm } from './plan-form';
import { ProgressBar } from './ProgressBar';
import { QuarterGrid } from './QuarterGrid';

type TextKey = 'title' | 'measure' | 'ownerOurs' | 'ownerPartner';

/** The goals an objective may serve: those of the plan's period, then the one it names, if other. */
function goalChoices(goals: readonly CompanyGoal[], period: Period | undefined, linked: string) {
  const inPeriod = goals.filter((g) => !period || periodsOverlap(g.period, period));
  const other = goals.find((g) => g.id === linked && !inPeriod.includes(g));
  return { inPeriod, other, missing: linked !== '' && !goals.some((g) => g.id === linked) };
}

/** One objective: what it measures, the goal it serves, who owns it, its figures and progress. */
export function ObjectiveEditor({
  index,
  objective,
  errors,
  quarters,
  goals,
  period,
  progress,
  onChange,
  onRemove,
}: {
  index: number;
  objective: ObjectiveForm;
  errors: FieldErrors;
  quarters: readonly Period[];
  goals: readonly CompanyGoal[];
  period: Period | undefined;
  progress: ObjectiveProgress | undefined;
  onChange: (patch: (o: ObjectiveForm) => Partial<ObjectiveForm>) => void;
  onRemove: () => void;
}) {
  const at = `objectives.${index}`;
  const name = objective.title.trim() || 'untitled';
  const { inPeriod, other, missing } = goalChoices(goals, period, objective.companyGoalId);
  const text = (key: TextKey, label: string) => (
    <Field label={label} error={errors[`${at}.${key}`]}>
      {(props) => (
        <input
          {...props}
          value={objective[key]}
          onChange={(e) => {
            const value = e.target.value;
            onChange(() => ({ [key]: value }));
          }}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="objective-card" aria-label={`Objective ${index + 1}: ${name}`}>
      <legend className="visually-hidden">
        Objective {index + 1}: {name}
      </legend>
      <div className="field-row">
        {text('title', 'Objective')}
        <Field label="Serves company goal" error={errors[`${at}.companyGoalId`]}>
          {(props) => (
            <select
              {...props}
              value={objective.companyGoalId}
              onChange={(e) => {
                const value = e.target.value;
                onChange(() => ({ companyGoalId: value }));
              }}
            >
              <option value="">No company goal</option>
              {inPeriod.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
              {other ? (
                <option value={other.id}>
                  {other.title} ({periodLabel(other.period)})
                </option>
              ) : null}
              {missing ? <option value={objective.companyGoalId}>Deleted goal</option> : null}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        {text('measure', 'Measure')}
        <UnitFields
          unit={objective.unit}
          errors={errors}
          errorPrefix={`${at}.unit`}
          onChange={(unit) => onChange(() => ({ unit }))}
        />
        <Field label="Figures">
          {(props) => (
            <select
              {...props}
              value={objective.progressMode}
              onChange={(e) => {
                const mode = PROGRESS_MODES.find((m) => m === e.target.value) ?? 'cumulative';
                onChange(() => ({ progressMode: mode }));
              }}
            >
              {PROGRESS_MODES.map((m) => (
                <option key={m} value={m}>
                  {PROGRESS_MODE_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        {text('ownerOurs', 'Owner (ours)')}
        {text('ownerPartner', 'Owner (partner)')}
        <Field label="Status">
          {(props) => (
            <select
              {...props}
              value={objective.status}
              onChange={(e) => {
                const status =
                  OBJECTIVE_STATUSES.find((s) => s === e.target.value) ?? 'not-started';
                onChange(() => ({ status }));
              }}
            >
              {OBJECTIVE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {OBJECTIVE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <QuarterGrid
        index={index}
        quarters={quarters}
        slots={objective.quarters}
        errors={errors}
        onChange={(slots) => onChange(() => ({ quarters: slots }))}
      />
      <div className="objective-footer">
        {objective.status === 'dropped' ? (
          <p className="muted">Dropped: left out of progress and goal coverage.</p>
        ) : progress ? (
          <ProgressBar progress={progress} unit={formToUnit(objective.unit)} label={name} />
        ) : (
          <p className="muted">Progress shows once the plan’s period reads well.</p>
        )}
        <button type="button" className="link-button danger" onClick={onRemove}>
          Remove objective
        </button>
      </div>
    </fieldset>
  );
}
