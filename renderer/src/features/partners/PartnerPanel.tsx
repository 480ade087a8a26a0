import { FormError } from '../../ui/FormError';
import { useEffect, useRef, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { usePanel, usePanelTab, useUiActions } from '../../state/ui-selectors';
import { PartnerActivityTab } from '../activity/PartnerActivityTab';
import { PartnerIntelligenceTab } from '../intelligence/PartnerIntelligenceTab';
import { PartnerPerformanceTab } from '../performance/PartnerPerformanceTab';
import { PartnerPositioningTab } from '../positioning/PartnerPositioningTab';
import { PartnerPlanTab } from '../plans/PartnerPlanTab';
import { ContactsEditor } from './ContactsEditor';
import { emptyPartnerForm, formToInput, partnerToForm, type PartnerForm } from './partner-form';
import { PartnerFields } from './PartnerFields';
import { useAutosave, type SaveStatus } from '../../ui/use-autosave';
import { useDeletePartner } from './use-delete-partner';
import { usePartnerWithContacts } from './use-partners';

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Editing…',
  saving: 'Saving…',
  invalid: 'Not saved: fix the highlighted fields',
  failed: 'Not saved: the workbook could not be written',
};

/** The side panel: a new partner's form, or the selected partner's details with autosave. */
export function PartnerPanel() {
  const panel = usePanel();
  const { closePanel } = useUiActions();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [panel]);
  if (panel.mode === 'closed') return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closePanel();
  };
  return (
    <aside className="panel" aria-label="Partner details" ref={ref} onKeyDown={onKeyDown}>
      {panel.mode === 'create' ? (
        <CreatePartner />
      ) : (
        <EditPartner key={panel.partnerId} id={panel.partnerId} />
      )}
    </aside>
  );
}

function PanelHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  const { closePanel } = useUiActions();
  return (
    <header className="panel-header">
      <h2>{title}</h2>
      {children}
      <button type="button" className="icon-button" aria-label="Close details" onClick={closePanel}>
        ×
      </button>
    </header>
  );
}

function CreatePartner() {
  const { partners } = useWorkbook();
  const { openPanel } = useUiActions();
  const [form, setForm] = useState<PartnerForm>(emptyPartnerForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    const input = formToInput(form);
    try {
      const result = await partners.create(input.partner, input.contacts);
      if (result.ok) openPanel({ mode: 'edit', partnerId: result.value.id });
      else setErrors(result.errors);
    } catch {
      setErrors({ _: 'The partner could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="panel-body"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="New partner"
    >
      <PanelHeader title="New partner" />
      {/* Locked while it saves: the editor that opens next starts from the stored record, so
          anything typed in between would be lost. */}
      <fieldset className="form-lock" disabled={busy} aria-busy={busy}>
        <PartnerFormBody form={form} errors={errors} onChange={setForm} />
      </fieldset>
      <div className="panel-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create partner'}
        </button>
      </div>
    </form>
  );
}

interface PartnerFormBodyProps {
  form: PartnerForm;
  errors: FieldErrors;
  onChange: (update: (form: PartnerForm) => PartnerForm) => void;
}

/** The fields and contacts of a partner, with a form-wide message when there is one. */
function PartnerFormBody({ form, errors, onChange }: PartnerFormBodyProps) {
  return (
    <>
      <FormError message={errors._} />
      <PartnerFields
        form={form}
        errors={errors}
        onChange={(patch) => onChange((f) => ({ ...f, ...patch }))}
      />
      <ContactsEditor
        contacts={form.contacts}
        errors={errors}
        onChange={(contacts) => onChange((f) => ({ ...f, contacts }))}
      />
    </>
  );
}

function EditPartner({ id }: { id: string }) {
  const loaded = usePartnerWithContacts(id);
  const { closePanel } = useUiActions();
  useEffect(() => {
    if (loaded === null) closePanel();
  }, [loaded, closePanel]);
  if (!loaded) return <p className="panel-body muted">Loading…</p>;
  return <PartnerEditor id={id} initial={partnerToForm(loaded.partner, loaded.contacts)} />;
}

function PartnerEditor({ id, initial }: { id: string; initial: PartnerForm }) {
  const { partners } = useWorkbook();
  const deletePartner = useDeletePartner();
  // The form owns what is typed; the live record seeds it once, so saves never move the cursor.
  const [form, setForm] = useState(initial);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const tab = usePanelTab();
  const { openView } = useUiActions();
  const { status, errors } = useAutosave(form, (value) => {
    const input = formToInput(value);
    return partners.update(id, input.partner, input.contacts);
  });
  // A partner just created replaces the form that had focus: the name field takes it over, so
  // focus is never left on the page.
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) {
      bodyRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }, []);
  return (
    <div className="panel-body" ref={bodyRef}>
      <PanelHeader title={form.name.trim() || 'Unnamed partner'}>
        <p className={`save-status status-${status}`} role="status">
          {STATUS_TEXT[status]}
        </p>
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'brief', partnerId: id })}
        >
          Partner brief
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'business-case', partnerId: id })}
        >
          Business case
        </button>
      </PanelHeader>
      <PanelTabs />
      {/* The details stay mounted behind the other tab, so edits in flight keep saving. */}
      <form
        className="panel-form"
        hidden={tab !== 'details'}
        onSubmit={(e) => e.preventDefault()}
        noValidate
        aria-label="Partner details form"
      >
        <PartnerFormBody form={form} errors={errors} onChange={setForm} />
        <div className="panel-actions">
          <FormError message={deleteError} />
          <button
            type="button"
            className="danger"
            onClick={() => void deletePartner(id).then(setDeleteError)}
          >
            Delete partner
          </button>
        </div>
      </form>
      {tab === 'positioning' ? (
        <div role="tabpanel" aria-label="Positioning">
          <PartnerPositioningTab partnerId={id} partnerName={form.name.trim() || 'this partner'} />
        </div>
      ) : null}
      {tab === 'plan' ? (
        <div role="tabpanel" aria-label="Plan">
          <PartnerPlanTab partnerId={id} partnerName={form.name.trim() || 'this partner'} />
        </div>
      ) : null}
      {tab === 'performance' ? (
        <div role="tabpanel" aria-label="Performance">
          <PartnerPerformanceTab partnerId={id} />
        </div>
      ) : null}
      {tab === 'activity' ? (
        <div role="tabpanel" aria-label="Activity">
          <PartnerActivityTab partnerId={id} partnerName={form.name.trim() || 'this partner'} />
        </div>
      ) : null}
      {tab === 'intelligence' ? (
        <div role="tabpanel" aria-label="Intelligence">
          <PartnerIntelligenceTab partnerId={id} />
        </div>
      ) : null}
    </div>
  );
}

function PanelTabs() {
  const tab = usePanelTab();
  const { setPanelTab } = useUiActions();
  const tabs = [
    { id: 'details', label: 'Details' },
    { id: 'positioning', label: 'Positioning' },
    { id: 'plan', label: 'Plan' },
    { id: 'performance', label: 'Performance' },
    { id: 'activity', label: 'Activity' },
    { id: 'intelligence', label: 'Intelligence' },
  ] as const;
  return (
    <div className="tabs" role="tablist" aria-label="Partner sections">
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={tab === t.id}
          className={tab === t.id ? 'tab selected' : 'tab'}
          onClick={() => setPanelTab(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
