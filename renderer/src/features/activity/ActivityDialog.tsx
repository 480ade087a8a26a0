import { EnumSelect } from '../../ui/EnumSelect';
import { useState, type SyntheticEvent } from 'react';
import {
  ACTIVITY_DIRECTIONS,
  ACTIVITY_KINDS,
  ACTIVITY_PURPOSES,
  type Activity,
  type ActivityKind,
} from '../../../../shared/domain/activity';
import { ACTIVITY_KIND_LABELS } from '../../../../shared/domain/people/people-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { todayIso } from '../plans/today';
import {
  activityToForm,
  emptyActivityForm,
  readActivityForm,
  type ActivityForm,
} from './activity-form';
import { PartnerCombobox } from './PartnerCombobox';
import { undoThisChange } from '../undo/undo-actions';

/** How each direction and purpose reads in the entry. */
export const DIRECTION_LABELS: Record<Activity['direction'], string> = {
  inbound: 'Inbound (they came to us)',
  outbound: 'Outbound (we went to them)',
};
export const PURPOSE_LABELS: Record<Activity['purpose'], string> = {
  development: 'Partner development',
  sales: 'Sales',
};

interface ActivityDialogProps {
  /** The activity being edited, with its partner's name; a new one when absent. */
  editing?: { activity: Activity; partnerName: string } | undefined;
  /** The partner a new entry starts with. */
  partner?: { id: string; name: string } | undefined;
  onClose: () => void;
}

/**
 * Logs an activity, or edits one (with undo): partner (type-ahead), kind, direction, purpose,
 * date (today unless changed), title, notes and outcome. Enter in any single-line field saves;
 * nothing is written until every field reads well.
 */
export function ActivityDialog({ editing, partner, onClose }: ActivityDialogProps) {
  const { activities } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [form, setForm] = useState<ActivityForm>(() =>
    editing
      ? activityToForm(editing.activity, editing.partnerName)
      : emptyActivityForm(todayIso(), partner),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ActivityForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const read = readActivityForm(form, editing?.activity);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = editing
        ? await activities.update(editing.activity.id, read.value)
        : await activities.create(read.value);
      if (!saved.ok) {
        setErrors(saved.errors);
        return;
      }
      if (editing) {
        // The edit is the history's latest change: Undo takes it back like Ctrl+Z.
        offerUndo({
          message: `Saved the activity “${saved.value.title}”.`,
          undo: undoThisChange(),
        });
      }
      onClose();
    } catch {
      setErrors({ _: 'The activity could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'title' | 'notes' | 'outcome', label: string) => (
    <Field label={label} error={errors[key]}>
      {(props) =>
        key === 'title' ? (
          <input {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
        ) : (
          <textarea
            {...props}
            rows={2}
            value={form[key]}
            onChange={(e) => set({ [key]: e.target.value })}
          />
        )
      }
    </Field>
  );

  return (
    <Dialog title={editing ? 'Edit activity' : 'Log activity'} onClose={onClose} wide>
      {/* Escape closes this dialog only, not the partner panel it may be opened from. */}
      <form
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.stopPropagation();
        }}
        noValidate
        aria-label="Activity"
      >
        <FormError message={errors._} />
        <PartnerCombobox
          label="Partner"
          partnerId={form.partnerId}
          text={form.partnerText}
          error={errors.partnerId}
          hint="Type the start of the partner’s name, then pick it from the list."
          onChange={(partnerId, partnerText) => set({ partnerId, partnerText })}
        />
        <div className="field-row">
          <Field label="Kind" error={errors.kind}>
            {(props) => (
              <select
                {...props}
                value={form.kind}
                onChange={(e) => set({ kind: e.target.value as ActivityKind | '' })}
              >
                <option value="">Not said</option>
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {ACTIVITY_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Date" error={errors.date}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={form.date}
                onChange={(e) => set({ date: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <EnumSelect
            label="Direction"
            value={form.direction}
            options={ACTIVITY_DIRECTIONS}
            labels={DIRECTION_LABELS}
            onChange={(direction) => set({ direction })}
            error={errors.direction}
          />
          <EnumSelect
            label="Purpose"
            value={form.purpose}
            options={ACTIVITY_PURPOSES}
            labels={PURPOSE_LABELS}
            onChange={(purpose) => set({ purpose })}
            error={errors.purpose}
          />
        </div>
        {text('title', 'Title')}
        {text('notes', 'Notes')}
        {text('outcome', 'Outcome')}
        <DialogActions
          submit={editing ? 'Save activity' : 'Log activity'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
