import { useLiveQuery } from 'dexie-react-hooks';
import type { StrategySettings } from '../../../../shared/domain/strategy/strategy-settings';
import { useWorkbook } from '../../app/workbook-context';

/** The workbook's currency, health weights and targets and tier programme, live. */
export function useStrategySettings(): StrategySettings | undefined {
  const { settings } = useWorkbook();
  return useLiveQuery(() => settings.strategy(), [settings]);
}
