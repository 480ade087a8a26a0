import { quarterPeriod, type Period } from '../../../../shared/domain/strategy/period';

/** Today as an ISO date in the user's time zone, the day a new QBR defaults to. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The calendar quarter holding a date, which a scorecard defaults to. */
export function quarterOf(date: string): Period {
  const month = Number(date.slice(5, 7));
  return quarterPeriod(Number(date.slice(0, 4)), Math.floor((month - 1) / 3) + 1);
}
