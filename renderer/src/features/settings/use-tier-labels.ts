import { useMemo } from 'react';
import { TIER_LABELS } from '../../../../shared/domain/labels';
import {
  tierLabels,
  tierLabelsKey,
  type TierLabels,
} from '../../../../shared/domain/strategy/tier-labels';
import { useStrategySettings } from './use-strategy-settings';

/**
 * How each tier slot reads in this workbook (the programme's names), live. The standard labels
 * stand in while the settings load. The object keeps its identity until a label changes, so the
 * memoised partners table does not re-render when an unrelated setting is saved.
 */
export function useTierLabels(): TierLabels {
  const settings = useStrategySettings();
  const labels = settings === undefined ? TIER_LABELS : tierLabels(settings.tiers);
  const key = tierLabelsKey(labels);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the labels' content
  return useMemo(() => labels, [key]);
}
