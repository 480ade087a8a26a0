/**
 * The records an import writes: the partners and contacts a planned import (match.ts) creates
 * and updates. The app's ImportRepo stores them in one database transaction; the command line
 * applies a whole plan to a workbook snapshot in memory. Both build every record here, so an
 * import gives the same records (ids, timestamps, contacts) wherever it runs.
 */
import type { Contact, Partner, PartnerFields } from '../../domain/partner';
import { derivedFirstChanges } from '../../domain/first-changes';
import { changesBetween, initialChanges, type PartnerChange } from '../../domain/partner-change';
import { partnerInputSchema } from '../../domain/partner';
import { validate } from '../../domain/validation';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import type { ExistingPartner, ImportPlan, PlannedCreate, PlannedUpdate } from './match';
import { contactChanges, mergePartner, samePartnerFields } from './merge-fields';
import type { ImportContact } from './partner-rows';

/** Where the records of one import get their ids and their time. */
export interface ImportStamp {
  /** A new record id (a UUID); called once per new record, partner before its contacts. */
  newId: () => string;
  /** The import's time as stored on records (ISO 8601); every record written gets the same. */
  now: string;
}

/** A partner an import writes, with the contacts written with it (new or changed). */
export interface ImportedRecords {
  partner: Partner;
  contacts: Contact[];
}

/** What an import does to one matched partner. */
export type UpdateResult =
  | { kind: 'unchanged' }
  | ({ kind: 'changed' } & ImportedRecords)
  | { kind: 'refused'; message: string };

/** What matching needs of each partner a workbook holds. */
export function existingPartners(
  partners: Iterable<Pick<Partner, 'id' | 'name' | 'website'>>,
): ExistingPartner[] {
  const existing: ExistingPartner[] = [];
  for (const { id, name, website } of partners) {
    existing.push(website === undefined ? { id, name } : { id, name, website });
  }
  return existing;
}

/** A new contact of `partnerId` from an imported row. */
export function importedContact(
  contact: ImportContact,
  partnerId: string,
  stamp: ImportStamp,
): Contact {
  return { ...contact, id: stamp.newId(), partnerId, createdAt: stamp.now, updatedAt: stamp.now };
}

/** The partner (and its contacts) a planned create makes. */
export function createdRecords(create: PlannedCreate, stamp: ImportStamp): ImportedRecords {
  const { now } = stamp;
  const partner: Partner = { ...create.partner, id: stamp.newId(), createdAt: now, updatedAt: now };
  return {
    partner,
    contacts: create.contacts.map((contact) => importedContact(contact, partner.id, stamp)),
  };
}

function fieldsOf(partner: Partner): PartnerFields {
  const { id, createdAt, updatedAt, ...fields } = partner;
  return fields;
}

/**
 * A matched partner with the imported values merged in, and its contacts that change; or
 * 'unchanged' when the file has nothing new for it. The merged partner is checked by the partner
 * schema again: the merge may break a rule neither side breaks alone (more than 30 tags, notes
 * too long), and then the whole import is refused with the row and the reason.
 */
export function updatedRecords(
  update: PlannedUpdate,
  current: Partner,
  currentContacts: readonly Contact[],
  stamp: ImportStamp,
): UpdateResult {
  const before = fieldsOf(current);
  const checked = validate(partnerInputSchema, mergePartner(before, update.patch));
  if (!checked.ok) {
    const message = Object.values(checked.errors)[0] ?? 'The values do not fit.';
    return {
      kind: 'refused',
      message: `Row ${update.rows[0] ?? ''} cannot update “${update.existingName}”: ${message} Nothing was imported.`,
    };
  }
  const fields = checked.value;
  const changes = contactChanges(currentContacts, update.contacts);
  const contactsChanged = changes.add.length > 0 || changes.update.length > 0;
  if (samePartnerFields(before, fields) && !contactsChanged) return { kind: 'unchanged' };
  const { now } = stamp;
  return {
    kind: 'changed',
    partner: { ...fields, id: update.id, createdAt: current.createdAt, updatedAt: now },
    contacts: [
      ...changes.update.map((contact) => ({ ...contact, updatedAt: now })),
      ...changes.add.map((contact) => importedContact(contact, update.id, stamp)),
    ],
  };
}

// The first record of each field a matched partner changes that the workbook has no record of
// (a file written without them): derived from the partner as it was, as the app stores it before
// a field's first change (partner-change-log.ts).
function firstRecordsBeforeChanges(
  moved: readonly { before: Partner; after: Partner }[],
  stored: readonly PartnerChange[],
): PartnerChange[] {
  const after = new Map(moved.map((move) => [move.after.id, move.after]));
  return derivedFirstChanges(
    moved.map((move) => move.before),
    stored,
  ).filter((record) => record.to !== after.get(record.partnerId)?.[record.field]);
}

/** A plan applied to a snapshot: the new snapshot and what changed, or why nothing was. */
export type AppliedImport =
  | {
      ok: true;
      snapshot: WorkbookSnapshot;
      created: string[];
      updated: string[];
      unchanged: number;
    }
  | { ok: false; message: string };

/**
 * Applies a plan to a workbook snapshot, all or nothing, as ImportRepo.applyImport does to a
 * database: creates first, then updates, with the same records. The snapshot given is not
 * changed; the result shares its untouched tables.
 */
export function applyImportPlan(
  snapshot: WorkbookSnapshot,
  plan: ImportPlan,
  stamp: ImportStamp,
): AppliedImport {
  if (!plan.ready) return { ok: false, message: plan.blockedReason ?? 'The import is not ready.' };
  const partners = [...snapshot.tables.partners];
  const contacts = [...snapshot.tables.contacts];
  const created: string[] = [];
  // Stage and tier records, as the app has them after its import (import-repo.ts): a new
  // partner's first ones derived from it, and each change of a matched partner. Change ids are
  // drawn after every partner's and contact's, so those stay as they were before changes.
  const firsts: PartnerChange[] = [];
  const moved: { before: Partner; after: Partner }[] = [];
  for (const create of plan.create) {
    const records = createdRecords(create, stamp);
    partners.push(records.partner);
    firsts.push(...initialChanges(records.partner));
    contacts.push(...records.contacts);
    created.push(records.partner.id);
  }

  const partnerAt = new Map(snapshot.tables.partners.map((partner, index) => [partner.id, index]));
  const contactAt = new Map<string, number>();
  const ownContacts = new Map<string, Contact[]>(plan.update.map((update) => [update.id, []]));
  snapshot.tables.contacts.forEach((contact, index) => {
    const own = ownContacts.get(contact.partnerId);
    if (!own) return;
    own.push(contact);
    contactAt.set(contact.id, index);
  });
  const updated: string[] = [];
  let unchanged = 0;
  for (const update of plan.update) {
    const index = partnerAt.get(update.id);
    const current = index === undefined ? undefined : partners[index];
    if (index === undefined || !current) {
      return {
        ok: false,
        message: `“${update.existingName}” (row ${update.rows[0] ?? ''}) is not in the workbook. Nothing was imported.`,
      };
    }
    const result = updatedRecords(update, current, ownContacts.get(update.id) ?? [], stamp);
    if (result.kind === 'refused') return { ok: false, message: result.message };
    if (result.kind === 'unchanged') {
      unchanged += 1;
      continue;
    }
    partners[index] = result.partner;
    moved.push({ before: current, after: result.partner });
    for (const contact of result.contacts) {
      const at = contactAt.get(contact.id);
      if (at === undefined) contacts.push(contact);
      else contacts[at] = contact;
    }
    updated.push(update.id);
  }
  const changes = [
    ...firsts,
    ...firstRecordsBeforeChanges(moved, snapshot.tables.partnerChanges),
    ...moved.flatMap(({ before, after }) => changesBetween(before, after, stamp.now, stamp.newId)),
  ];
  return {
    ok: true,
    snapshot: {
      workbook: snapshot.workbook,
      tables: {
        ...snapshot.tables,
        partners,
        contacts,
        partnerChanges: [...snapshot.tables.partnerChanges, ...changes],
      },
    },
    created,
    updated,
    unchanged,
  };
}
