import type { SchemaVersion } from './schema-version';

/**
 * Version 1: the first workbook layout. Every record is keyed by a UUID (`id`), never an
 * auto-increment, so that workbooks can be merged across machines. `*` marks multi-entry indexes.
 */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    partners: 'id, name, stage, tier, updatedAt, healthScore, lastActivityAt, *types, *tags',
    contacts: 'id, partnerId, name, email',
    positioningDrafts: 'id, partnerId, status, template, updatedAt',
    positioningIterations: 'id, draftId, [draftId+number], committedAt',
    activities: 'id, partnerId, occurredAt, [partnerId+occurredAt]',
    settings: 'key',
    meta: 'key',
  },
};
