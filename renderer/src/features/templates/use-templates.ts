import { useLiveQuery } from 'dexie-react-hooks';
import type { Period } from '../../../../shared/domain/strategy/period';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  libraryEntry,
  type LibraryTemplate,
} from '../../../../shared/domain/templates/library';
import type { Qbr } from '../../../../shared/domain/templates/qbr';
import type { ScorecardData } from '../../../../shared/domain/templates/scorecard';
import { useWorkbook } from '../../app/workbook-context';
import type { PartnerChoice } from '../../db/repos/template-use-repo';

/** The whole library, built-in templates first, then the user's by name; live. */
export function useLibrary(): LibraryTemplate[] | undefined {
  const { templates } = useWorkbook();
  return useLiveQuery(
    async () => [...BUILT_IN_TEMPLATES, ...(await templates.list()).map(libraryEntry)],
    [templates],
  );
}

/** One library template by id, built in or the user's; null when gone, undefined while loading. */
export function useLibraryTemplate(id: string): LibraryTemplate | null | undefined {
  const { templates } = useWorkbook();
  return useLiveQuery(async () => {
    const builtIn = builtInTemplate(id);
    if (builtIn) return builtIn;
    const stored = await templates.get(id);
    return stored ? libraryEntry(stored) : null;
  }, [templates, id]);
}

/** Every partner to choose from, by name; live. */
export function usePartnerChoices(): PartnerChoice[] | undefined {
  const { templateUse } = useWorkbook();
  return useLiveQuery(() => templateUse.partnerChoices(), [templateUse]);
}

/** A partner's QBRs, latest first; live. */
export function usePartnerQbrs(partnerId: string): Qbr[] | undefined {
  const { qbrs } = useWorkbook();
  return useLiveQuery(() => qbrs.qbrsOf(partnerId), [qbrs, partnerId]);
}

/** One QBR; null when gone, undefined while loading. */
export function useQbr(id: string): Qbr | null | undefined {
  const { qbrs } = useWorkbook();
  return useLiveQuery(async () => (await qbrs.get(id)) ?? null, [qbrs, id]);
}

/** A partner's data for a scorecard period; live. */
export function useScorecardData(partnerId: string, period: Period): ScorecardData | undefined {
  const { templateUse } = useWorkbook();
  const { start, end } = period;
  return useLiveQuery(
    () => templateUse.scorecardData(partnerId, { start, end }),
    [templateUse, partnerId, start, end],
  );
}
