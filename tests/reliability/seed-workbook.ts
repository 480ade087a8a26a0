/** The small workbook the fuzzed imports go into: a few sample partners with their records. */
import type { WorkbookSnapshot } from '../../shared/files/partnerbook/snapshot';
import { generateSampleSnapshot } from '../../shared/sample/sample-snapshot';

/** A sample workbook of six partners, the same on every run. */
export const SEED_SNAPSHOT: WorkbookSnapshot = generateSampleSnapshot({
  partners: 6,
  seed: 8,
  now: new Date('2026-11-01T09:00:00.000Z'),
});

/** The names of the seeded partners, which imported rows match. */
export const SEEDED_NAMES: readonly string[] = SEED_SNAPSHOT.tables.partners.map((p) => p.name);
