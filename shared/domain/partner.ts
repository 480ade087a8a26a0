import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema, timestampSchema } from './record';

/** The kinds of partnership; a partner may be several at once. */
export const PARTNER_TYPES = [
  'reseller',
  'referral',
  'system-integrator',
  'technology',
  'msp',
  'agency',
  'distributor',
  'oem',
] as const;

/** One kind of partnership. */
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Where a partnership stands in its lifecycle, in order. */
export const LIFECYCLE_STAGES = [
  'prospect',
  'applicant',
  'onboarding',
  'active',
  'growing',
  'at-risk',
  'exited',
] as const;

/** One lifecycle stage. */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Programme tiers in rank order; "none" for partners not (yet) tiered. */
export const PARTNER_TIERS = ['none', 'registered', 'silver', 'gold', 'platinum'] as const;

/** One programme tier. */
export type PartnerTier = (typeof PARTNER_TIERS)[number];

/** The regions a partner can cover. */
export const REGIONS = ['North America', 'Latin America', 'EMEA', 'APAC', 'Global'] as const;

// Built once: a zod schema made per check cost more than the check itself (a 100,000-row import
// checks a contact's email on nearly every row).
const emailFormat = z.email();

const email = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === '' || emailFormat.safeParse(value).success, {
    error: 'Enter an email address like name@company.com.',
  })
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const phone = z
  .string()
  .trim()
  .max(40, { error: 'Phone must be at most 40 characters.' })
  .refine((value) => value === '' || /^[+()0-9 .\-/x]{3,}$/i.test(value), {
    error: 'Use digits, spaces and + ( ) - . only.',
  })
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** Accepts an http(s) address, adding https:// when the scheme is missing. */
export const websiteSchema = z
  .string()
  .trim()
  .max(2048)
  .transform((value) =>
    value !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value,
  )
  .refine(
    (value) => {
      if (value === '') return true;
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
        );
      } catch {
        return false;
      }
    },
    { error: 'Enter a web address like https://partner.com.' },
  )
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A person at the partner, as entered in a form. */
export const contactInputSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, { error: 'A contact needs a name.' }).max(200),
  role: optionalText(200, 'Role'),
  email,
  phone,
  notes: optionalText(5000, 'Notes'),
});

/** A person at the partner, as entered in a form. */
export type ContactInput = z.input<typeof contactInputSchema>;

/** A stored contact, owned by one partner. */
export const contactSchema = contactInputSchema.extend(recordBaseSchema.shape).extend({
  partnerId: idSchema,
});

/** A stored contact. */
export type Contact = z.infer<typeof contactSchema>;

const healthScore = z
  .number({ error: 'Health score must be a number from 0 to 100.' })
  .int({ error: 'Health score must be a whole number.' })
  .min(0, { error: 'Health score must be from 0 to 100.' })
  .max(100, { error: 'Health score must be from 0 to 100.' })
  .optional();

const tag = z.string().trim().min(1).max(40, { error: 'A tag must be at most 40 characters.' });

/** The editable fields of a partner, as a form or an importer supplies them. */
export const partnerInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'A partner needs a name.' })
    .max(200, { error: 'Name must be at most 200 characters.' }),
  types: z.array(z.enum(PARTNER_TYPES)).max(PARTNER_TYPES.length).default([]),
  stage: z.enum(LIFECYCLE_STAGES, { error: 'Choose a lifecycle stage.' }),
  tier: z.enum(PARTNER_TIERS, { error: 'Choose a tier.' }).default('none'),
  region: optionalText(100, 'Region'),
  industry: optionalText(100, 'Industry'),
  owner: optionalText(100, 'Owner'),
  website: websiteSchema,
  healthScore,
  lastActivityAt: timestampSchema.optional(),
  tags: z
    .array(tag)
    .max(30, { error: 'At most 30 tags.' })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  notes: optionalText(20000, 'Notes'),
});

/** Partner fields before validation (what a form holds). */
export type PartnerInput = z.input<typeof partnerInputSchema>;

/** Partner fields after validation. */
export type PartnerFields = z.output<typeof partnerInputSchema>;

/** A stored partner. */
export const partnerSchema = partnerInputSchema.extend(recordBaseSchema.shape);

/** A stored partner. */
export type Partner = z.infer<typeof partnerSchema>;
