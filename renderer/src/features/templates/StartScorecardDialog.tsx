import { useState, type SyntheticEvent } from 'react';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { quarterOf, todayIso } from './dates';
import { PartnerPicker } from './PartnerPicker';
import { usePartnerChoices } from './use-templates';

/** Chooses the partner and period a scorecard is computed for, then shows it. */
export function StartScorecardDialog(props: { template: LibraryTemplate; onClose: () => void }) {
  const { template, onClose } = props;
  const { openView } = useUiActions();
  const partners = usePartnerChoices() ?? [];
  const quarter = quarterOf(todayIso());
  const [partnerId, setPartnerId] = useState('');
  const [start, setStart] = useState(quarter.start);
  const [end, setEnd] = useState(quarter.end);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (partnerId === '') setError('Choose the partner to score.');
    else openView({ name: 'scorecard', templateId: template.id, partnerId, start, end });
  };
  const badPeriod = end < start ? 'The period must end on or after the day it starts.' : undefined;
  return (
    <Dialog title={`Score a partner with “${template.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Score a partner">
        <PartnerPicker
          partners={partners}
          value={partnerId}
          onChange={setPartnerId}
          error={error}
        />
        <Field label="Period start">
          {(field) => (
            <input
              {...field}
              type="date"
              value={start}
              onChange={(e) => setStart(e.target.value)}
            />
          )}
        </Field>
        <Field label="Period end" error={badPeriod}>
          {(field) => (
            <input {...field} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={badPeriod !== undefined}>
            Show scorecard
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
