import { z } from 'zod';
import { LIFECYCLE_STAGES, PARTNER_TIERS, type Partner } from './partner';
import { idSchema, optionalText, recordBaseSchema, timestampSchema } from './record';
import { dateOfTimestamp, isoDateSchema } from './strategy/iso-date';
import { contentHash } from '../util/content-hash';

/**
 * A dated change of a partner's lifecycle stage or tier. The log is append-only: a change is
 * written with the partner write that made it and never rewritten, except for its effective date
 * (a tier change often takes effect on another day than the one it was entered) and its note.
 * The first record of each field comes `from` null: the value the partner started with.
 */

/** The partner fields whose changes are kept. */
export const CHANGE_FIELDS = ['stage', 'tier'] as const;

/** A partner field whose changes are kept. */
export type ChangeField = (typeof CHANGE_FIELDS)[number];

const VALUES = [...LIFECYCLE_STAGES, ...PARTNER_TIERS] as const;
const valueSchema = z.enum(VALUES, { error: 'Not a stage or tier.' });

const allowed: Record<ChangeField, readonly string[]> = {
  stage: LIFECYCLE_STAGES,
  tier: PARTNER_TIERS,
};

/** The editable part of a change: when it took effect and why. */
export const partnerChangeEditSchema = z.object({
  effectiveOn: isoDateSchema,
  note: optionalText(2000, 'The note'),
});

/** A stored stage or tier change. */
export const partnerChangeSchema = recordBaseSchema
  .extend({
    partnerId: idSchema,
    field: z.enum(CHANGE_FIELDS, { error: 'Choose stage or tier.' }),
    from: valueSchema.nullable(),
    to: valueSchema,
    /** When the change was written. */
    changedAt: timestampSchema,
  })
  .extend(partnerChangeEditSchema.shape)
  .superRefine((change, ctx) => {
    const values = allowed[change.field];
    for (const key of ['from', 'to'] as const) {
      const value = change[key];
      if (value !== null && !values.includes(value)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `Not a ${change.field}.` });
      }
    }
  });

/** A stored stage or tier change. */
export type PartnerChange = z.infer<typeof partnerChangeSchema>;

/** The value a field holds, as far as changes are concerned. */
type Tracked = Pick<Partner, 'id' | 'stage' | 'tier'>;

/** One change record of `field`, written at `at` and in effect from that day. */
export function changeRecord(
  partnerId: string,
  field: ChangeField,
  from: PartnerChange['from'],
  to: PartnerChange['to'],
  at: string,
  id: string,
): PartnerChange {
  const base = { id, createdAt: at, updatedAt: at };
  return { ...base, partnerId, field, from, to, changedAt: at, effectiveOn: dateOfTimestamp(at) };
}

/** The changes of stage and tier from `before` (undefined: a new partner) to `after`. */
export function changesBetween(
  before: Pick<Partner, 'stage' | 'tier'> | undefined,
  after: Tracked,
  at: string,
  newId: () => string,
): PartnerChange[] {
  return CHANGE_FIELDS.flatMap((field): PartnerChange[] => {
    const from = before ? before[field] : null;
    if (from === after[field]) return [];
    return [changeRecord(after.id, field, from, after[field], at, newId())];
  });
}

// A UUID (version 4 layout) from content, so that two copies of one workbook that derive the
// same initial record (a database upgrade, an older file opened) give it the same id.
function derivedId(seed: string): string {
  const hex = `${contentHash([seed, 1])}${contentHash([seed, 2])}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The records a partner written before changes were kept starts with: its current stage and
 * tier, from null, dated at its creation (the earliest date the workbook knows for it).
 */
export function initialChanges(
  partner: Tracked & { createdAt?: string | undefined },
): PartnerChange[] {
  const at = partner.createdAt ?? '1970-01-01T00:00:00.000Z';
  return CHANGE_FIELDS.map((field) =>
    changeRecord(
      partner.id,
      field,
      null,
      partner[field],
      at,
      derivedId(`${partner.id}:${field}:initial`),
    ),
  );
}
