import type { Ask, AskInput, AskStatus } from '../../../../shared/domain/people/ask';
import type {
  Influence,
  Stakeholder,
  StakeholderInput,
  Stance,
  Team,
} from '../../../../shared/domain/people/stakeholder';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { FieldErrors } from '../../../../shared/domain/validation';

/**
 * What the stakeholder and ask dialogs hold while the user types, and the input they send to the
 * repositories. Empty text and dates are sent as absent, so the shared schemas decide what is
 * required and say so beside the field.
 */

/** The stakeholder dialog's fields. */
export interface StakeholderForm {
  name: string;
  team: Team | '';
  role: string;
  influence: Influence | '';
  stance: Stance | '';
  partnerIds: string[];
  lastMetAt: string;
  notes: string;
}

/** A new stakeholder's form. */
export const emptyStakeholderForm = (): StakeholderForm => ({
  name: '',
  team: '',
  role: '',
  influence: '',
  stance: '',
  partnerIds: [],
  lastMetAt: '',
  notes: '',
});

/** The form of a stored stakeholder. */
export function stakeholderToForm(stakeholder: Stakeholder): StakeholderForm {
  return {
    name: stakeholder.name,
    team: stakeholder.team,
    role: stakeholder.role ?? '',
    influence: stakeholder.influence,
    stance: stakeholder.stance,
    partnerIds: [...stakeholder.partnerIds],
    lastMetAt: stakeholder.lastMetAt ?? '',
    notes: stakeholder.notes ?? '',
  };
}

function absentIfEmpty<T extends string>(value: T | ''): T | undefined {
  return value === '' ? undefined : value;
}

/** The input a stakeholder form sends: unchosen choices and an empty date left out. */
export function stakeholderFormToInput(form: StakeholderForm): Partial<StakeholderInput> {
  return {
    name: form.name,
    team: absentIfEmpty(form.team),
    role: form.role,
    influence: absentIfEmpty(form.influence),
    stance: absentIfEmpty(form.stance),
    partnerIds: form.partnerIds,
    lastMetAt: absentIfEmpty(form.lastMetAt),
    notes: form.notes,
  };
}

/** The ask dialog's fields. */
export interface AskForm {
  what: string;
  why: string;
  stakeholderId: string;
  partnerId: string;
  status: AskStatus;
  askedAt: string;
  outcome: string;
}

/** A new ask's form, of the given stakeholder if any. */
export const emptyAskForm = (stakeholderId = ''): AskForm => ({
  what: '',
  why: '',
  stakeholderId,
  partnerId: '',
  status: 'planned',
  askedAt: '',
  outcome: '',
});

/** The form of a stored ask. */
export function askToForm(ask: Ask): AskForm {
  return {
    what: ask.what,
    why: ask.why ?? '',
    stakeholderId: ask.stakeholderId,
    partnerId: ask.partnerId ?? '',
    status: ask.status,
    askedAt: ask.askedAt ?? '',
    outcome: ask.outcome ?? '',
  };
}

/**
 * The form after a change of status: moving to "asked" with no date dates the ask today, since
 * an ask is usually recorded the day it is made (the user can change the date).
 */
export function withStatus(form: AskForm, status: AskStatus, today: IsoDate): AskForm {
  return {
    ...form,
    status,
    askedAt: status === 'asked' && form.askedAt === '' ? today : form.askedAt,
  };
}

/** The message when an ask names no colleague. */
export const NO_STAKEHOLDER = 'Choose the colleague you ask.';

/** The input an ask form sends (no partner or date sent as absent), or why it cannot be sent. */
export function askFormToInput(
  form: AskForm,
): { ok: true; value: Partial<AskInput> } | { ok: false; errors: FieldErrors } {
  // The schema's own message for a missing id speaks of identifiers; the form speaks of people.
  if (form.stakeholderId === '') return { ok: false, errors: { stakeholderId: NO_STAKEHOLDER } };
  const value: Partial<AskInput> = {
    what: form.what,
    why: form.why,
    stakeholderId: form.stakeholderId,
    partnerId: absentIfEmpty(form.partnerId),
    status: form.status,
    askedAt: absentIfEmpty(form.askedAt),
    outcome: form.outcome,
  };
  return { ok: true, value };
}
