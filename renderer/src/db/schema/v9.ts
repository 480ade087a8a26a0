import type { Transaction } from 'dexie';
import { partnerSchema } from '../../../../shared/domain/partner';
import { initialChanges, type PartnerChange } from '../../../../shared/domain/partner-change';
import { reviseContent } from '../../../../shared/domain/revision';
import type { SchemaVersion } from './schema-version';
import { v8 } from './v8';

/**
 * Version 9: `partnerChanges`, each partner's dated stage and tier changes (append-only, see
 * shared/domain/partner-change.ts), indexed by partner, so that a partner's history reads in one
 * range, and by partner and field. Earlier versions kept no such history, so the upgrade starts
 * each existing partner's with its current stage and tier, from nothing, dated at the partner's
 * creation; the records' ids derive from the partner's, so that a copy upgraded here and a copy
 * opened from an older file agree, and each gets its first revision, as version 5 gave every
 * record of its time.
 */
export const v9: SchemaVersion = {
  version: 9,
  stores: {
    ...v8.stores,
    partnerChanges: 'id, partnerId, [partnerId+field]',
  },
  upgrade: upgradeToV8,
};

async function upgradeToV8(tx: Transaction): Promise<void> {
  const records: PartnerChange[] = [];
  const tracked = partnerSchema.pick({ id: true, stage: true, tier: true, createdAt: true });
  await tx.table('partners').each((stored: unknown) => {
    // A partner the schema no longer reads (none should exist) starts without a history
    // rather than failing the whole upgrade.
    const partner = tracked.partial({ createdAt: true }).safeParse(stored);
    if (partner.success) records.push(...initialChanges(partner.data));
  });
  await tx.table('partnerChanges').bulkPut(records);
  // Their first revisions, as version 5 gave every record it found: a copy opened from a file
  // derives the same ones, so the two agree.
  await tx.table('revisions').bulkPut(
    records.map((record) => ({
      table: 'partnerChanges',
      id: record.id,
      revs: reviseContent([], record),
    })),
  );
}
