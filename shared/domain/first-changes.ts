import type { Partner } from './partner';
import {
  CHANGE_FIELDS,
  initialChanges,
  type ChangeField,
  type PartnerChange,
} from './partner-change';

/**
 * A partner's first stage and tier records carry nothing beyond the partner itself (from null to
 * its value, dated at its creation, under an id derived from the partner's id and the field), so
 * bulk writes of new partners (the sample, imports, a benchmark's seed) do not store them. Every
 * reader adds them back: a field with no stored record at all has its derived first record. Before
 * the first change of such a field is written, its derived record is stored (from the value
 * before the change, which is what it derives from then); from there on the field's history is
 * all stored. Two copies derive the same record under the same id, so files and merges see one.
 */

/** What a partner's first records derive from. */
export type FirstChangeSource = Pick<Partner, 'id' | 'stage' | 'tier'> & {
  createdAt?: string | undefined;
};

// The key of a partner's field in sets.
const fieldKey = (partnerId: string, field: ChangeField): string => `${partnerId}\u0000${field}`;

/** The derived first records of the fields in `fields` (by default both), in CHANGE_FIELDS order. */
export function firstChangesOf(
  partner: FirstChangeSource,
  fields: ReadonlySet<ChangeField> = new Set(CHANGE_FIELDS),
): PartnerChange[] {
  return initialChanges(partner).filter((record) => fields.has(record.field));
}

/** The fields of a partner that no stored record names: those whose first record is derived. */
export function fieldsWithoutRecords(
  partnerId: string,
  stored: readonly Pick<PartnerChange, 'partnerId' | 'field'>[],
): Set<ChangeField> {
  const missing = new Set<ChangeField>(CHANGE_FIELDS);
  for (const record of stored) if (record.partnerId === partnerId) missing.delete(record.field);
  return missing;
}

/** A partner's history: its stored records and the derived first record of each field without any. */
export function withFirstChanges(
  partner: FirstChangeSource,
  stored: readonly PartnerChange[],
): PartnerChange[] {
  const missing = fieldsWithoutRecords(partner.id, stored);
  return missing.size === 0 ? [...stored] : [...stored, ...firstChangesOf(partner, missing)];
}

/**
 * The derived first records of many partners, given every stored record of theirs (a whole
 * workbook's, say): one pass over the stored records, then one over the partners.
 */
export function derivedFirstChanges(
  partners: readonly FirstChangeSource[],
  stored: readonly Pick<PartnerChange, 'partnerId' | 'field'>[],
): PartnerChange[] {
  const recorded = new Set(stored.map((record) => fieldKey(record.partnerId, record.field)));
  const derived: PartnerChange[] = [];
  for (const partner of partners) {
    // Hashed only when needed: most partners of an upgraded workbook have both stored.
    const missing = CHANGE_FIELDS.filter((field) => !recorded.has(fieldKey(partner.id, field)));
    if (missing.length > 0) derived.push(...firstChangesOf(partner, new Set(missing)));
  }
  return derived;
}
