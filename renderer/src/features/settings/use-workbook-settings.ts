import { useLiveQuery } from 'dexie-react-hooks';
import type { StrategySettings } from '../../../../shared/domain/strategy/strategy-settings';
import { useWorkbook } from '../../app/workbook-context';

/** Everything the settings screen edits, as stored. */
export interface WorkbookSettings {
  author: string | undefined;
  strategy: StrategySettings;
}

/** The settings the screen edits, live; undefined while they load. */
export function useWorkbookSettings(): WorkbookSettings | undefined {
  const { settings } = useWorkbook();
  return useLiveQuery(async () => {
    const [author, strategy] = await Promise.all([settings.author(), settings.strategy()]);
    return { author, strategy };
  }, [settings]);
}
