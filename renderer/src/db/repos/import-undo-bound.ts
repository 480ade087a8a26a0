import type { PlannedCreate } from '../../../../shared/files/tabular/match';
import { jsonSize } from '../../../../shared/util/json-size';

/**
 * Whether the records an import creates are sure to pass the undo capture's bound (in bytes of
 * JSON text, change-capture.ts), counted from the plan before anything is written: each created
 * partner and contact is stored with every field its plan gives plus its id and times, so the
 * plan's fields (whose size jsonSize never overestimates) and the table's name are a lower bound
 * of what the capture would count for it. Such an import is too large to undo whatever else it
 * does; knowing it first spares the capture the work and memory of the first `limit` bytes, which
 * it would let go of anyway (a 100,000-row CRM export comes to about 96 MiB against 64).
 */
export function createsPassUndoBound(creates: readonly PlannedCreate[], limit: number): boolean {
  let bytes = 0;
  for (const create of creates) {
    bytes += 'partners'.length + jsonSize(create.partner);
    for (const contact of create.contacts) bytes += 'contacts'.length + jsonSize(contact);
    if (bytes > limit) return true;
  }
  return false;
}
