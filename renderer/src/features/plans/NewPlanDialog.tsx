import { useState, type SyntheticEvent } from 'react';
import type { PartnerPlan, PlanStatus } from '../../../../shared/domain/strategy/partner-plan';
import { PLAN_STATUSES } from '../../../../shared/domain/strategy/partner-plan';
import { copyObjectives, followingPeriod } from '../../../../shared/domain/strategy/next-plan';
import { periodLabel, yearPeriod } from '../../../../shared/domain/strategy/period';
import { PLAN_STATUS_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { todayIso } from './today';
import { DialogActions } from '../../ui/DialogActions';

/**
 * Starts a plan for a new period: by default the period after the latest plan, with its
 * objectives carried over (targets kept as a starting point, actuals cleared).
 */
export function NewPlanDialog({
  partnerId,
  partnerName,
  plans,
  onClose,
}: {
  partnerId: string;
  partnerName: string;
  /** The partner's plans, latest first. */
  plans: readonly PartnerPlan[];
  onClose: () => void;
}) {
  const { plans: repo } = useWorkbook();
  const { openView } = useUiActions();
  const latest = plans[0];
  const initial = latest
    ? followingPeriod(latest.period)
    : yearPeriod(Number(todayIso().slice(0, 4)));
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [status, setStatus] = useState<PlanStatus>('draft');
  const [copy, setCopy] = useState(latest !== undefined && latest.objectives.length > 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // The plan to copy from: the latest one that starts before the new period.
  const previous = plans.find((plan) => plan.period.start < start);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    const period = { start, end };
    try {
      const objectives =
        copy && previous && end >= start
          ? copyObjectives(previous.objectives, period, () => crypto.randomUUID())
          : [];
      const result = await repo.create({ partnerId, period, status, objectives });
      if (result.ok) {
        onClose();
        openView({ name: 'plan', partnerId, planId: result.value.id });
      } else setErrors(result.errors);
    } catch {
      setErrors({ _: 'The plan could not be created. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`New plan for ${partnerName}`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="New plan">
        <FormError message={errors._} />
        <div className="field-row">
          <Field label="Period starts" error={errors['period.start']}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={start}
                onChange={(e) => setStart(e.target.value)}
              />
            )}
          </Field>
          <Field label="Period ends" error={errors['period.end']}>
            {(props) => (
              <input {...props} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
            )}
          </Field>
        </div>
        <Field label="Status" error={errors.status}>
          {(props) => (
            <select
              {...props}
              value={status}
              onChange={(e) =>
                setStatus(PLAN_STATUSES.find((s) => s === e.target.value) ?? 'draft')
              }
            >
              {PLAN_STATUSES.filter((s) => s !== 'completed').map((s) => (
                <option key={s} value={s}>
                  {PLAN_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {previous && previous.objectives.length > 0 ? (
          <label className="check-row">
            <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} />
            Copy the objectives of the {periodLabel(previous.period)} plan (targets kept, actuals
            cleared)
          </label>
        ) : null}
        <DialogActions submit="Create plan" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
