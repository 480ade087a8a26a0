import { PARTNERBOOK_VERSION } from '../format';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';
import { v3ToV4 } from './v3-to-v4';
import { v4ToV5 } from './v4-to-v5';
import { v5ToV6 } from './v5-to-v6';

/**
 * The chain that brings a file written by an older version of the format up to the current
 * one, one version at a time, before it is validated. When the format changes, bump
 * PARTNERBOOK_VERSION and append a step here (in a file of its own, like `v1-to-v2.ts`) with a
 * test that opens a file of the older version. Files from older versions must always open.
 */

/** A parsed file, before validation. */
export type RawPartnerbook = Record<string, unknown>;

/** One step of the chain: a file of version `from` in, the same data as version `from + 1` out. */
export interface PartnerbookUpgrade {
  from: number;
  upgrade(file: RawPartnerbook): RawPartnerbook;
}

/** Every upgrade step, oldest first. */
export const PARTNERBOOK_UPGRADES: readonly PartnerbookUpgrade[] = [
  v1ToV2,
  v2ToV3,
  v3ToV4,
  v4ToV5,
  v5ToV6,
];

/** The upgraded file, or the version for which no step exists (a bug: every step must exist). */
export type UpgradeResult = { ok: true; file: RawPartnerbook } | { ok: false; missingFrom: number };

/** Runs every step from `version` up to `target`, setting `formatVersion` after each. */
export function upgradePartnerbook(
  file: RawPartnerbook,
  version: number,
  target = PARTNERBOOK_VERSION,
  steps: readonly PartnerbookUpgrade[] = PARTNERBOOK_UPGRADES,
): UpgradeResult {
  let current = file;
  for (let from = version; from < target; from += 1) {
    const step = steps.find((candidate) => candidate.from === from);
    if (!step) return { ok: false, missingFrom: from };
    current = { ...step.upgrade(current), formatVersion: from + 1 };
  }
  return { ok: true, file: current };
}
