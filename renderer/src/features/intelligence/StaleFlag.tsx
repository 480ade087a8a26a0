import { isStale } from '../../../../shared/domain/people/intelligence';
import { STALE_LABEL } from '../../../../shared/domain/people/people-labels';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import { ageText } from './entry-text';

/** "Stale · 412 days old" beside an entry observed over 180 days ago; nothing otherwise. */
export function StaleFlag({ observedAt, today }: { observedAt: IsoDate; today: IsoDate }) {
  if (!isStale({ observedAt }, today)) return null;
  return (
    <span className="status-badge status-stale" title={STALE_LABEL}>
      Stale · {ageText(observedAt, today)}
    </span>
  );
}
