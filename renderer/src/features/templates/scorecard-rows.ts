import { minorDigits, type Currency } from '../../../../shared/domain/strategy/money';
import { SCORECARD_METRIC_INFO } from '../../../../shared/domain/templates/scorecard-metrics';
import type { ScorecardRow } from '../../../../shared/domain/templates/template';

/**
 * The scorecard screen's editable rows: targets as people type them (money in major units,
 * "50000" for 50,000.00) and weights, turned back into stored rows (money in minor units).
 */

/** One row as the screen holds it. */
export interface RowDraft {
  metric: ScorecardRow['metric'];
  target: string;
  weight: string;
}

/** A stored row as the screen shows it. */
export function toDraft(row: ScorecardRow, currency: Currency): RowDraft {
  const money = SCORECARD_METRIC_INFO[row.metric].unit === 'money';
  const target = money ? row.target / 10 ** minorDigits(currency) : row.target;
  return { metric: row.metric, target: String(target), weight: String(row.weight) };
}

/** The rows as the schema takes them; text that is no number becomes NaN for it to refuse. */
export function fromDrafts(drafts: readonly RowDraft[], currency: Currency): ScorecardRow[] {
  return drafts.map((draft) => {
    const money = SCORECARD_METRIC_INFO[draft.metric].unit === 'money';
    const typed = draft.target.trim() === '' ? Number.NaN : Number(draft.target);
    const target = money ? Math.round(typed * 10 ** minorDigits(currency)) : typed;
    return { metric: draft.metric, target, weight: Number(draft.weight) };
  });
}
