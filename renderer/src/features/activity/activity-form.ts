import {
  activityInputSchema,
  type Activity,
  type ActivityKind,
} from '../../../../shared/domain/activity';
import { isoDateSchema } from '../../../../shared/domain/strategy/iso-date';
import { validate, type Validated } from '../../../../shared/domain/validation';

/** The activity entry's fields as typed. */
export interface ActivityForm {
  partnerId: string;
  /** What the partner field shows (the chosen partner's name, or what is being typed). */
  partnerText: string;
  kind: ActivityKind | '';
  direction: Activity['direction'];
  purpose: Activity['purpose'];
  /** yyyy-mm-dd. */
  date: string;
  title: string;
  notes: string;
  outcome: string;
}

/** What a new entry starts with: today, a meeting we went to, for partner development. */
export function emptyActivityForm(
  today: string,
  partner?: { id: string; name: string },
): ActivityForm {
  return {
    partnerId: partner?.id ?? '',
    partnerText: partner?.name ?? '',
    kind: 'meeting',
    direction: 'outbound',
    purpose: 'development',
    date: today,
    title: '',
    notes: '',
    outcome: '',
  };
}

/** The fields filled from a stored activity. */
export function activityToForm(activity: Activity, partnerName: string): ActivityForm {
  return {
    partnerId: activity.partnerId,
    partnerText: partnerName,
    kind: activity.kind ?? '',
    direction: activity.direction,
    purpose: activity.purpose,
    date: activity.occurredAt.slice(0, 10),
    title: activity.title,
    notes: activity.notes ?? '',
    outcome: activity.outcome ?? '',
  };
}

/**
 * The activity the fields describe, validated by the shared schema. A day becomes noon UTC, so
 * that it reads as the same day in every time zone (dates show in UTC); an edit that keeps the
 * day keeps the stored time, so that activities of one day keep their order.
 */
export function readActivityForm(
  form: ActivityForm,
  previous?: Activity,
): Validated<ReturnType<typeof activityInputSchema.parse>> {
  if (form.partnerId === '') {
    return { ok: false, errors: { partnerId: 'Choose a partner from the list.' } };
  }
  if (!isoDateSchema.safeParse(form.date).success) {
    return { ok: false, errors: { date: 'Enter a date like 2026-06-30.' } };
  }
  const occurredAt =
    previous && previous.occurredAt.slice(0, 10) === form.date
      ? previous.occurredAt
      : `${form.date}T12:00:00.000Z`;
  const checked = validate(activityInputSchema, {
    partnerId: form.partnerId,
    occurredAt,
    ...(form.kind === '' ? {} : { kind: form.kind }),
    direction: form.direction,
    purpose: form.purpose,
    title: form.title,
    notes: form.notes,
    outcome: form.outcome,
  });
  if (checked.ok) return checked;
  const { occurredAt: dateError, ...errors } = checked.errors;
  return { ok: false, errors: dateError === undefined ? errors : { ...errors, date: dateError } };
}
