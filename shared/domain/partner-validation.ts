import type { z } from 'zod';
import { contactInputSchema, partnerInputSchema, type PartnerFields } from './partner';
import { validate, type FieldErrors, type Validated } from './validation';

/** A contact after validation, before it is stored. */
export type ContactFields = z.output<typeof contactInputSchema>;

/** A partner and its contacts, validated together as one save. */
export interface PartnerWithContacts {
  partner: PartnerFields;
  contacts: ContactFields[];
}

/** Validates a partner and its contacts; all must pass for anything to be written. */
export function validatePartnerWithContacts(
  partner: unknown,
  contacts: readonly unknown[],
): Validated<PartnerWithContacts> {
  const errors: FieldErrors = {};
  const partnerResult = validate(partnerInputSchema, partner);
  if (!partnerResult.ok) Object.assign(errors, partnerResult.errors);
  const validContacts: ContactFields[] = [];
  contacts.forEach((contact, index) => {
    const result = validate(contactInputSchema, contact, `contacts.${index}`);
    if (result.ok) validContacts.push(result.value);
    else Object.assign(errors, result.errors);
  });
  if (!partnerResult.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { partner: partnerResult.value, contacts: validContacts } };
}
