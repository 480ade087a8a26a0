import { derivedFirstChanges } from '../../domain/first-changes';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';

/**
 * A workbook (and its file) may leave out a partner's first stage or tier record: a field with no
 * record has its first one derived (shared/domain/first-changes.ts). The app plans a merge with
 * my side's derived records added, as my workbook reads its histories: a stored copy on their
 * side (an older file, under the same derived id, with the same content) is then the same record
 * rather than one to add, and a partner they deleted takes them along through their tombstones
 * (the app stores them just before it writes the merge, so they are removed as stored records
 * are). Their side is taken as it is: a record they only derive, my workbook derives just the
 * same once it has their partner, so the merge does not store it.
 */

/** The snapshot with every partner's derived first records added to its stored ones. */
export function withDerivedFirstRecords(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const { partners, partnerChanges } = snapshot.tables;
  const added = derivedFirstChanges(partners, partnerChanges);
  if (added.length === 0) return snapshot;
  const tables = { ...snapshot.tables, partnerChanges: [...partnerChanges, ...added] };
  return { ...snapshot, tables };
}
