import { useState, type SyntheticEvent } from 'react';
import type { PartnerPlan, PlanStatus } from '../../../../shared/domain/strategy/partner-plan';
import { PLAN_STATUSES } from '../../../../shared/domain/strategy/partner-plan';
import { followingPeriod } from '../../../../shared/domain/strategy/next-plan';
import { yearPeriod } from '../../../../shared/domain/strategy/period';
import { PLAN_STATUS_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { useStrategySettings } from '../settings/use-strategy-settings';
import { useLibrary } from '../templates/use-templates';
import { initialPlanSource, newPlanInput, planSourceOptions, planTemplates } from './plan-start';
import { todayIso } from './today';

/**
 * Starts a plan for a new period: by default the period after the latest plan. It starts from
 * the previous plan's objectives (targets kept as a starting point, actuals cleared), from a plan
 * template of the library (the built-in one or the user's own), or blank.
 */
export function NewPlanDialog({
  partnerId,
  partnerName,
  plans,
  templateId,
  onClose,
}: {
  partnerId: string;
  partnerName: string;
  /** The partner's plans, latest first. */
  plans: readonly PartnerPlan[];
  /** The template to start from, when the plan is started from the library. */
  templateId?: string;
  onClose: () => void;
}) {
  const { plans: repo } = useWorkbook();
  const { openView } = useUiActions();
  const library = useLibrary();
  const settings = useStrategySettings();
  const latest = plans[0];
  const initial = latest
    ? followingPeriod(latest.period)
    : yearPeriod(Number(todayIso().slice(0, 4)));
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [status, setStatus] = useState<PlanStatus>('draft');
  const [chosen, setChosen] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // The plan to copy from: the latest one that starts before the new period.
  const previous = plans.find((plan) => plan.period.start < start);
  const templates = planTemplates(library ?? []);
  const options = planSourceOptions(previous, templates);
  // Until the user chooses, the choice follows what is on offer (the library loads late).
  const source = chosen ?? initialPlanSource(options, templateId);
  const prompt = templates.find((t) => t.id === source)?.body.visionPrompt;
  const loading = library === undefined || settings === undefined;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    try {
      const input = newPlanInput(
        source,
        {
          partnerId,
          period: { start, end },
          status,
          currency: settings.currency,
          newId: () => crypto.randomUUID(),
        },
        previous,
        templates,
      );
      const result = await repo.create(input);
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
        <Field label="Start from" {...(prompt ? { hint: `The template asks: ${prompt}` } : {})}>
          {(props) => (
            <select {...props} value={source} onChange={(e) => setChosen(e.target.value)}>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DialogActions submit="Create plan" busy={busy || loading} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
