import { FormError } from '../../ui/FormError';
import { useState } from 'react';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { PERF_MARKS, usePaintMark } from '../../ui/perf-marks';

/** First run: what the workbook is for, and three ways to start. */
export function EmptyState() {
  const { sample } = useWorkbook();
  const { openPanel, openView } = useUiActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  usePaintMark(PERF_MARKS.emptyStatePainted);
  const loadSample = () => {
    setBusy(true);
    setError(null);
    sample.load().then(
      () => setBusy(false),
      () => {
        setBusy(false);
        setError('The sample workbook could not be loaded. Nothing was added; try again.');
      },
    );
  };
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">Your workbook is empty</h2>
      <p>
        Keep every partner, contact and positioning draft in one place on this computer. Start with
        a partner of your own, bring a list in, or look around a sample portfolio first.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => openPanel({ mode: 'create' })}>
          New partner
        </button>
        <button type="button" onClick={() => openView({ name: 'import' })}>
          Import a partner list…
        </button>
        <button type="button" onClick={loadSample} disabled={busy}>
          {busy ? 'Opening the sample…' : 'Open the sample workbook'}
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}
