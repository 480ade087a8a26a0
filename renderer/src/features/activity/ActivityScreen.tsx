import './activity.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  balanceDates,
  balancePeriodLabel,
  balancePeriodOf,
  type BalancePeriod,
} from '../../../../shared/domain/people/balance-period';
import { useWorkbook } from '../../app/workbook-context';
import type { ActivityRow } from '../../db/repos/activity-repo';
import { FormError } from '../../ui/FormError';
import { todayIso } from '../plans/today';
import { ActivityDialog } from './ActivityDialog';
import { ActivityLog } from './ActivityLog';
import { BalanceView } from './BalanceView';
import { PartnerCombobox } from './PartnerCombobox';
import { PeriodControls } from './PeriodControls';
import { useDeleteActivity } from './use-delete-activity';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; row: ActivityRow };

/**
 * The activity log and the inbound/outbound balance, for the whole workbook or one partner, over
 * a month, quarter or year: the balance against the target mix first, then the log itself.
 */
export function ActivityScreen({ partnerId: initialPartner }: { partnerId?: string | undefined }) {
  const { activities } = useWorkbook();
  const [period, setPeriod] = useState<BalancePeriod>(() => balancePeriodOf('year', todayIso()));
  const [partner, setPartner] = useState({ id: initialPartner ?? '', text: '' });
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const deleteActivity = useDeleteActivity();
  // The name of a partner the screen was opened for.
  const openedName = useLiveQuery(
    () => (initialPartner ? activities.partnerName(initialPartner) : Promise.resolve(undefined)),
    [activities, initialPartner],
  );
  const partnerText = partner.text === '' && partner.id !== '' ? (openedName ?? '') : partner.text;
  const partnerId = partner.id === '' ? undefined : partner.id;
  const label = balancePeriodLabel(period);
  const caption = partnerId ? `with ${partnerText} in ${label}` : `in ${label}`;

  return (
    <section className="activity-screen" aria-labelledby="activity-title">
      <div className="screen-toolbar">
        <h2 id="activity-title">Activity</h2>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'new' })}>
          Log activity
        </button>
        <span className="muted">Ctrl+Shift+L (⌘⇧L on a Mac) logs one from any screen.</span>
      </div>
      <div className="activity-filters">
        <PartnerCombobox
          label="Show partner"
          partnerId={partner.id}
          text={partnerText}
          hint="Empty: every partner."
          onChange={(id, text) => setPartner({ id, text })}
        />
        {partnerId ? (
          <button type="button" onClick={() => setPartner({ id: '', text: '' })}>
            All partners
          </button>
        ) : null}
        <PeriodControls period={period} onChange={setPeriod} />
      </div>
      <h3>
        Balance, {partnerId ? `${partnerText}, ` : ''}
        {label}
      </h3>
      <BalanceView period={period} partnerId={partnerId} />
      <h3>Log</h3>
      <FormError message={error} />
      <ActivityLog
        filter={{ partnerId, period: balanceDates(period) }}
        caption={caption}
        onEdit={(row) => setEditing({ mode: 'edit', row })}
        onDelete={(row) => void deleteActivity(row.activity.id).then(setError)}
      />
      {editing.mode === 'closed' ? null : (
        <ActivityDialog
          editing={editing.mode === 'edit' ? editing.row : undefined}
          partner={partnerId ? { id: partnerId, name: partnerText } : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      )}
    </section>
  );
}
