import type { Dispatch, SetStateAction } from 'react';
import { PLAN_STATUSES } from '../../../../shared/domain/strategy/partner-plan';
import { PLAN_STATUS_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import type { PlanForm } from './plan-form';

type TextKey = 'ownerOurs' | 'ownerPartner' | 'sponsorOurs' | 'sponsorPartner';

/** The plan's header: period, status, who owns and sponsors it on each side, and the vision. */
export function PlanHeaderFields({
  form,
  errors,
  update,
}: {
  form: PlanForm;
  errors: FieldErrors;
  update: Dispatch<SetStateAction<PlanForm>>;
}) {
  const set = (patch: Partial<PlanForm>) => update((f) => ({ ...f, ...patch }));
  const text = (key: TextKey, label: string) => (
    <Field label={label} error={errors[key]}>
      {(props) => (
        <input {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <section className="plan-section" aria-labelledby="plan-header-title">
      <h3 id="plan-header-title">Plan</h3>
      <div className="field-row">
        <Field label="Period starts" error={errors['period.start']}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={form.periodStart}
              onChange={(e) => set({ periodStart: e.target.value })}
            />
          )}
        </Field>
        <Field label="Period ends" error={errors['period.end']}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={form.periodEnd}
              onChange={(e) => set({ periodEnd: e.target.value })}
            />
          )}
        </Field>
        <Field
          label="Plan status"
          error={errors.status}
          hint="Completed plans are kept as they are and can no longer be edited."
        >
          {(props) => (
            <select
              {...props}
              value={form.status}
              onChange={(e) =>
                set({ status: PLAN_STATUSES.find((s) => s === e.target.value) ?? form.status })
              }
            >
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PLAN_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        {text('ownerOurs', 'Plan owner (ours)')}
        {text('ownerPartner', 'Plan owner (partner)')}
      </div>
      <div className="field-row">
        {text('sponsorOurs', 'Executive sponsor (ours)')}
        {text('sponsorPartner', 'Executive sponsor (partner)')}
      </div>
      <Field
        label="Vision"
        error={errors.vision}
        hint="Where the partnership is going, and what the shared customer gains."
      >
        {(props) => (
          <textarea
            {...props}
            className="grow"
            value={form.vision}
            onChange={(e) => set({ vision: e.target.value })}
          />
        )}
      </Field>
    </section>
  );
}
