import type { PartnerbookUpgrade, RawPartnerbook } from './index';

/**
 * Format 2 adds the optional `tables.revisions`: each mergeable record's revision history, for
 * merging copies of a workbook. A format 1 file has none, and needs none to be read: whoever
 * opens or merges it derives each record's first revision from its content (the same on every
 * machine), so the step leaves the file as it is.
 */
export const v1ToV2: PartnerbookUpgrade = {
  from: 1,
  upgrade: (file: RawPartnerbook): RawPartnerbook => file,
};
