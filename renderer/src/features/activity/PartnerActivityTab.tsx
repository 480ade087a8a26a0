import './activity.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { balancePeriodOf } from '../../../../shared/domain/people/balance-period';
import { ACTIVITY_KIND_LABELS } from '../../../../shared/domain/people/people-labels';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { formatDate } from '../../ui/format';
import { todayIso } from '../plans/today';
import { ActivityDialog } from './ActivityDialog';
import { BalanceView } from './BalanceView';

const RECENT = 10;

/** A partner's recent activities and this year's balance, in the partner panel. */
export function PartnerActivityTab({
  partnerId,
  partnerName,
}: {
  partnerId: string;
  partnerName: string;
}) {
  const { activities } = useWorkbook();
  const { openView } = useUiActions();
  const [logging, setLogging] = useState(false);
  const [period] = useState(() => balancePeriodOf('year', todayIso()));
  const recent = useLiveQuery(
    () => activities.page({ partnerId }, 0, RECENT),
    [activities, partnerId],
  );
  return (
    <div className="partner-activity">
      <div className="panel-actions">
        <button type="button" className="primary" onClick={() => setLogging(true)}>
          Log activity
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'activity', partnerId })}
        >
          Open the activity log
        </button>
      </div>
      <h3>Balance, {period.year}</h3>
      <BalanceView period={period} partnerId={partnerId} />
      <h3>Recent activities</h3>
      {recent === undefined ? (
        <p className="muted">Loading…</p>
      ) : recent.length === 0 ? (
        <p className="muted">No activity logged with {partnerName} yet.</p>
      ) : (
        <ul className="recent-activities" aria-label="Recent activities">
          {recent.map(({ activity }) => (
            <li key={activity.id}>
              <span>{formatDate(activity.occurredAt)}</span> <strong>{activity.title}</strong>{' '}
              <span className="muted">
                {[
                  activity.kind ? ACTIVITY_KIND_LABELS[activity.kind] : undefined,
                  activity.direction === 'inbound' ? 'inbound' : 'outbound',
                  activity.purpose === 'development' ? 'development' : 'sales',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {logging ? (
        <ActivityDialog
          partner={{ id: partnerId, name: partnerName }}
          onClose={() => setLogging(false)}
        />
      ) : null}
    </div>
  );
}
