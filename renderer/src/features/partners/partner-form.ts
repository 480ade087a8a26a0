import type {
  Contact,
  Partner,
  PartnerInput,
  PartnerType,
} from '../../../../shared/domain/partner';

/** A contact as its form fields hold it: every value a string. */
export interface ContactForm {
  id: string;
  name: string;
  role: string;
  email: string;
  phone: string;
  notes: string;
}

/** A partner as the detail form holds it: text inputs keep exactly what was typed. */
export interface PartnerForm {
  name: string;
  types: PartnerType[];
  stage: Partner['stage'];
  tier: Partner['tier'];
  region: string;
  industry: string;
  owner: string;
  website: string;
  healthScore: string;
  lastActivity: string;
  tags: string;
  notes: string;
  contacts: ContactForm[];
}

/** The form for a partner not yet created. */
export function emptyPartnerForm(): PartnerForm {
  return {
    name: '',
    types: [],
    stage: 'prospect',
    tier: 'none',
    region: '',
    industry: '',
    owner: '',
    website: '',
    healthScore: '',
    lastActivity: '',
    tags: '',
    notes: '',
    contacts: [],
  };
}

/** A blank contact row with its own id. */
export function emptyContactForm(id: string): ContactForm {
  return { id, name: '', role: '', email: '', phone: '', notes: '' };
}

/** Fills the form from a stored partner and its contacts. */
export function partnerToForm(partner: Partner, contacts: readonly Contact[]): PartnerForm {
  return {
    name: partner.name,
    types: [...partner.types],
    stage: partner.stage,
    tier: partner.tier,
    region: partner.region ?? '',
    industry: partner.industry ?? '',
    owner: partner.owner ?? '',
    website: partner.website ?? '',
    healthScore: partner.healthScore === undefined ? '' : String(partner.healthScore),
    lastActivity: partner.lastActivityAt ? partner.lastActivityAt.slice(0, 10) : '',
    tags: partner.tags.join(', '),
    notes: partner.notes ?? '',
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      notes: c.notes ?? '',
    })),
  };
}

// An empty box means "no score"; anything else must read as a number, or the schema says why.
function parseScore(text: string): number | undefined | string {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** Partner input as the form yields it: a score that is not a number is passed on for the schema to reject. */
export type PartnerFormInput = Omit<PartnerInput, 'healthScore'> & {
  healthScore: number | string | undefined;
};

/** Turns the form into the input the partner schema validates; contacts go alongside. */
export function formToInput(form: PartnerForm): {
  partner: PartnerFormInput;
  contacts: ContactForm[];
} {
  const date = form.lastActivity.trim();
  return {
    partner: {
      name: form.name,
      types: form.types,
      stage: form.stage,
      tier: form.tier,
      region: form.region,
      industry: form.industry,
      owner: form.owner,
      website: form.website,
      healthScore: parseScore(form.healthScore),
      lastActivityAt: date === '' ? undefined : `${date}T00:00:00.000Z`,
      tags: form.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
      notes: form.notes,
    },
    contacts: form.contacts,
  };
}
