import { TIER_LABELS } from '../labels';
import type { PartnerTier } from '../partner';
import type { TierProgramme } from './tier';

/**
 * Partners store a tier slot (gold), but people read the programme's own name for it (Premier).
 * Every screen that shows a tier reads it through these labels, so that a renamed tier reads the
 * same in the form, the table and the filters; a slot the programme does not name keeps its
 * standard label.
 */

/** How each tier slot reads on screen in this workbook. */
export type TierLabels = Readonly<Record<PartnerTier, string>>;

/** The label of each slot: the programme's name for it, else the standard label. */
export function tierLabels(programme: TierProgramme): TierLabels {
  const labels: Record<PartnerTier, string> = { ...TIER_LABELS };
  for (const tier of programme) {
    const name = tier.name.trim();
    if (name !== '') labels[tier.slot] = name;
  }
  return labels;
}

/** A key that changes exactly when some label does: lets callers keep one labels object. */
export function tierLabelsKey(labels: TierLabels): string {
  return JSON.stringify(labels);
}
