import type { Transaction } from 'dexie';
import {
  reviseContent,
  reviseDeletion,
  type RevisionEntry,
  type RevisionTable,
} from '../../../../shared/domain/revision';
import type { SchemaVersion } from './schema-version';
import { v4 } from './v4';

/**
 * Version 5: `revisions` holds each mergeable record's revision history (partners, contacts,
 * activities, positioning drafts, settings; see shared/domain/revision.ts), keyed by table and
 * id, so that two copies of a workbook merge without a common base or trusted clocks. Every
 * write appends a revision in its own transaction (revision-log.ts). The upgrade gives each
 * existing record its first revision from its content, and each tombstoned record a deletion,
 * exactly as a workbook file without revisions gets them when opened: two copies of one
 * workbook, one upgraded and one opened from a file, agree.
 */
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    ...v4.stores,
    revisions: '[table+id]',
  },
  upgrade: upgradeToV5,
};

async function upgradeToV5(tx: Transaction): Promise<void> {
  const entries = new Map<string, RevisionEntry>();
  const live = (table: RevisionTable, id: string, content: unknown): void => {
    entries.set(`${table}\u0000${id}`, { table, id, revs: reviseContent([], content) });
  };
  await tx.table<{ id: string; nameKey?: string }>('partners').each((stored) => {
    // The partner as the domain (and a workbook file) holds it: without its sort key.
    const { nameKey, ...partner } = stored;
    live('partners', partner.id, partner);
  });
  for (const table of ['contacts', 'activities', 'positioningDrafts'] as const) {
    await tx.table<{ id: string }>(table).each((record) => {
      live(table, record.id, record);
    });
  }
  await tx.table<{ key: string; value: unknown }>('settings').each((setting) => {
    // A file leaves out a setting without a value, so the upgrade does too.
    if (setting.value !== undefined) live('settings', setting.key, setting);
  });
  await tx.table<{ id: string; table: RevisionTable }>('tombstones').each((tombstone) => {
    const key = `${tombstone.table}\u0000${tombstone.id}`;
    if (!entries.has(key)) {
      entries.set(key, { table: tombstone.table, id: tombstone.id, revs: reviseDeletion([]) });
    }
  });
  await tx.table('revisions').bulkPut([...entries.values()]);
}
