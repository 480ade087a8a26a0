import { useId, useState } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/labels';
import type { LifecycleStage } from '../../../../shared/domain/partner';
import type { PartnerChange } from '../../../../shared/domain/partner-change';
import { daysInStage } from '../../../../shared/domain/partner-history';
import { formatDate, formatDateTime } from '../../ui/format';
import { ChangeDateDialog } from './ChangeDateDialog';
import { useTierLabels } from '../settings/use-tier-labels';
import { changeText } from './change-text';

/**
 * A partner's dated stage and tier changes, latest in effect first, with how long it has been in
 * its current stage. Each change's effective date and note can be edited (back-dating a tier
 * change to when it really took effect); the changes themselves come only from partner edits.
 */
export function StageTierHistory({
  changes,
  stage,
  today,
}: {
  changes: readonly PartnerChange[];
  stage: LifecycleStage;
  today: string;
}) {
  const titleId = useId();
  const tierLabels = useTierLabels();
  const [editing, setEditing] = useState<PartnerChange | null>(null);
  const days = daysInStage(changes, stage, today);
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Stage and tier history</h3>
      {days === undefined ? null : (
        <p>
          {STAGE_LABELS[stage]} for {days} {days === 1 ? 'day' : 'days'}.
        </p>
      )}
      {changes.length === 0 ? (
        <p className="muted">No stage or tier changes recorded yet.</p>
      ) : (
        <table className="simple-table" aria-label="Stage and tier history">
          <thead>
            <tr>
              <th scope="col">Effective</th>
              <th scope="col">Change</th>
              <th scope="col">Recorded</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id}>
                <td>{formatDate(change.effectiveOn)}</td>
                <td>{changeText(change, tierLabels)}</td>
                <td>{formatDateTime(change.changedAt)}</td>
                <td>{change.note}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Edit effective date of ${changeText(change, tierLabels)}`}
                    onClick={() => setEditing(change)}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? <ChangeDateDialog change={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
