import { useState, type SyntheticEvent } from 'react';
import { QBR_STATUSES, type Qbr } from '../../../../shared/domain/templates/qbr';
import { templateFromQbr } from '../../../../shared/domain/templates/qbr-from-template';
import { QBR_STATUS_LABELS } from '../../../../shared/domain/templates/template-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { usePartnerName } from '../positioning/use-positioning';
import { ActionsEditor } from './ActionsEditor';
import { AgendaEditor } from './AgendaEditor';
import { agendaOf, fromForm, toForm, type QbrForm } from './qbr-form';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { useQbr } from './use-templates';
import './templates.css';
import { undoThisChange } from '../undo/undo-actions';

/** The QBR screen: the editor once the QBR is read, or why there is none. */
export function QbrScreen({ qbrId }: { qbrId: string }) {
  const qbr = useQbr(qbrId);
  if (qbr === undefined) return <p className="muted loading">Opening the QBR…</p>;
  if (qbr === null)
    return <p className="muted">This QBR no longer exists; it may have been deleted.</p>;
  return <QbrEditor key={qbr.id} qbr={qbr} />;
}

/** One QBR: its date, status, agenda, attendees, outcomes and actions, saved together. */
function QbrEditor({ qbr }: { qbr: Qbr }) {
  const { qbrs } = useWorkbook();
  const { openView, offerUndo } = useUiActions();
  const partnerName = usePartnerName(qbr.partnerId) ?? '…';
  const [form, setForm] = useState<QbrForm>(() => toForm(qbr));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState('');
  const [templating, setTemplating] = useState(false);
  const set = (change: Partial<QbrForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setSaved('');
  };
  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await qbrs.update(qbr.id, fromForm(form, qbr.partnerId));
    setErrors(result.ok ? {} : result.errors);
    setSaved(result.ok ? 'QBR saved' : '');
  };
  const remove = async () => {
    const removed = await qbrs.remove(qbr.id);
    openView({ name: 'qbrs', partnerId: qbr.partnerId });
    if (removed)
      offerUndo({
        message: `Deleted the QBR “${removed.title}”.`,
        undo: undoThisChange(),
      });
  };
  return (
    <section className="qbr-screen" aria-labelledby="qbr-heading">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'templates' })}
        >
          Templates
        </button>
        <span aria-hidden="true"> / </span>
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'qbrs', partnerId: qbr.partnerId })}
        >
          QBRs with {partnerName}
        </button>
      </nav>
      <h2 id="qbr-heading">{form.title.trim() || 'Untitled QBR'}</h2>
      <form className="qbr-form" onSubmit={(e) => void save(e)} noValidate aria-label="QBR">
        <FormError message={errors._} />
        <div className="qbr-head">
          <Field label="Title" error={errors.title}>
            {(props) => (
              <input
                {...props}
                value={form.title}
                onChange={(e) => set({ title: e.target.value })}
              />
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
          <Field label="Status" error={errors.status}>
            {(props) => (
              <select
                {...props}
                value={form.status}
                onChange={(e) =>
                  set({ status: QBR_STATUSES.find((s) => s === e.target.value) ?? form.status })
                }
              >
                {QBR_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {QBR_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <AgendaEditor items={form.agenda} errors={errors} onChange={(agenda) => set({ agenda })} />
        <Field label="Attendees" hint="One per line." error={errors.attendees}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={form.attendees}
              onChange={(e) => set({ attendees: e.target.value })}
            />
          )}
        </Field>
        <Field label="Outcomes" error={errors.outcomes}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={form.outcomes}
              onChange={(e) => set({ outcomes: e.target.value })}
            />
          )}
        </Field>
        <ActionsEditor
          actions={form.actions}
          errors={errors}
          onChange={(actions) => set({ actions })}
        />
        <div className="screen-actions">
          <button type="submit" className="primary">
            Save QBR
          </button>
          <button type="button" onClick={() => setTemplating(true)}>
            Save agenda as template
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete QBR
          </button>
          <span role="status" className="muted">
            {saved}
          </span>
        </div>
      </form>
      {templating ? (
        <SaveTemplateDialog
          what="the QBR agenda"
          content={(name, description) =>
            templateFromQbr({ agenda: agendaOf(form) }, name, description)
          }
          onClose={() => setTemplating(false)}
        />
      ) : null}
    </section>
  );
}
