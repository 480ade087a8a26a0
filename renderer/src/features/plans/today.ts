import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';

/** Today's date where the user is: progress and the next QBR are judged by the local day. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
