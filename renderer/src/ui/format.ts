const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  // Dates are stored as UTC days; showing them in UTC keeps the day the user entered.
  timeZone: 'UTC',
});

/** A stored ISO timestamp as a short local date; empty when there is none. */
export function formatDate(iso: string | undefined): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/** A count with the locale's digit grouping. */
export function formatCount(value: number): string {
  return value.toLocaleString();
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A stored ISO timestamp as a local date and time, for moments such as a saved iteration. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat.format(date);
}

/** A count with its noun, singular for one ("1 row", "2,000 rows"); `plural` for irregular nouns. */
export function countOf(value: number, noun: string, plural = `${noun}s`): string {
  return `${value.toLocaleString()} ${value === 1 ? noun : plural}`;
}
