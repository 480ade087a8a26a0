import { useState } from 'react';
import { builtInTemplate } from '../../../../shared/domain/templates/library';
import { agendaMinutes } from '../../../../shared/domain/templates/qbr';
import { QBR_STATUS_LABELS } from '../../../../shared/domain/templates/template-labels';
import { useUiActions } from '../../state/ui-selectors';
import { usePartnerName } from '../positioning/use-positioning';
import { StartQbrDialog } from './StartQbrDialog';
import { usePartnerQbrs } from './use-templates';
import './templates.css';

const DEFAULT_AGENDA = builtInTemplate('built-in:quarterly-business-review');

/** One partner's QBRs, latest first, and a way to plan the next one. */
export function QbrsScreen({ partnerId }: { partnerId: string }) {
  const qbrs = usePartnerQbrs(partnerId);
  const partnerName = usePartnerName(partnerId);
  const { openView } = useUiActions();
  const [starting, setStarting] = useState(false);
  const name = partnerName ?? (partnerName === null ? 'Deleted partner' : '…');
  return (
    <section className="qbr-screen" aria-labelledby="qbrs-heading">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'templates' })}
        >
          Templates
        </button>
      </nav>
      <h2 id="qbrs-heading">QBRs with {name}</h2>
      <div className="screen-actions">
        <button type="button" className="primary" onClick={() => setStarting(true)}>
          Plan a QBR
        </button>
        <span className="muted">
          Starts from the built-in agenda; other agendas are in Templates.
        </span>
      </div>
      {qbrs === undefined ? null : qbrs.length === 0 ? (
        <p className="muted">No QBRs with this partner yet.</p>
      ) : (
        <ul className="qbr-list" aria-label="QBRs">
          {qbrs.map((qbr) => (
            <li key={qbr.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => openView({ name: 'qbr', qbrId: qbr.id })}
              >
                {qbr.title}
              </button>
              <span>{qbr.date}</span>
              <span className="muted">
                {QBR_STATUS_LABELS[qbr.status]} · {qbr.agenda.length} items,{' '}
                {agendaMinutes(qbr.agenda)} min
              </span>
            </li>
          ))}
        </ul>
      )}
      {starting && DEFAULT_AGENDA?.kind === 'qbr-agenda' ? (
        <StartQbrDialog
          template={DEFAULT_AGENDA}
          partnerId={partnerId}
          onClose={() => setStarting(false)}
        />
      ) : null}
    </section>
  );
}
