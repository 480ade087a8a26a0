import type { Transaction } from 'dexie';
import { textSortKey } from '../../../../shared/domain/sort-key';
import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';

/**
 * Version 2: partners carry `nameKey`, the name's sort key, indexed so that the first rows of the
 * table (sorted by name) can be read straight from the index before the whole workbook is loaded.
 */
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    ...v1.stores,
    partners:
      'id, name, nameKey, stage, tier, updatedAt, healthScore, lastActivityAt, *types, *tags',
  },
  upgrade: async (tx: Transaction) => {
    await tx
      .table<{ name: string; nameKey?: string }>('partners')
      .toCollection()
      .modify((partner) => {
        partner.nameKey = textSortKey(partner.name);
      });
  },
};
