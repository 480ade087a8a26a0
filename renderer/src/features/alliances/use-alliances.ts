import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { Ask } from '../../../../shared/domain/people/ask';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import { useWorkbook } from '../../app/workbook-context';
import { usePartnerRows } from '../partners/use-partners';

/** Every stakeholder, by name, live; undefined while loading. */
export function useStakeholders(): Stakeholder[] | undefined {
  const { stakeholders } = useWorkbook();
  return useLiveQuery(() => stakeholders.all(), [stakeholders]);
}

/** Every ask, live; undefined while loading. */
export function useAsks(): Ask[] | undefined {
  const { asks } = useWorkbook();
  return useLiveQuery(() => asks.all(), [asks]);
}

/** The workbook's partners as the pickers offer them, and each partner's name by id. */
export interface PartnerDirectory {
  rows: readonly PartnerRow[];
  /** The name of a partner, or undefined when it is not (or not yet) loaded. */
  nameOf: (id: string) => string | undefined;
}

/**
 * The partners from the in-memory rows of the partners table, so that choosing among 100,000
 * partners reads no database and names resolve without a query per row.
 */
export function usePartnerDirectory(): PartnerDirectory {
  const { rows } = usePartnerRows();
  const names = useMemo(() => new Map(rows.map((row) => [row.id, row.name])), [rows]);
  const nameOf = useCallback((id: string) => names.get(id), [names]);
  return { rows, nameOf };
}
