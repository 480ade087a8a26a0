import type { LifecycleStage, PartnerTier, PartnerType } from './partner';
import type { PartnerRow } from './partner-row';
import { filterPartnerRows } from './partner-filter';
import { sortPartnerRows } from './partner-sort';
import { compareTexts } from './sort-key';

/** Columns the partners table can sort on: every column of a row but its id. */
export type PartnerSortColumn = Exclude<keyof PartnerRow, 'id'>;

/** One sort key. */
export interface PartnerSort {
  column: PartnerSortColumn;
  desc: boolean;
}

/** What narrows the partners table. Empty lists mean "any". */
export interface PartnerFilter {
  search: string;
  stages: readonly LifecycleStage[];
  types: readonly PartnerType[];
  tiers: readonly PartnerTier[];
  tags: readonly string[];
}

/** What narrows and orders the partners table. */
export interface PartnerQuery extends PartnerFilter {
  sort: readonly PartnerSort[];
}

/** A query that keeps every partner in storage order. */
export const EMPTY_PARTNER_QUERY: PartnerQuery = {
  search: '',
  stages: [],
  types: [],
  tiers: [],
  tags: [],
  sort: [],
};

/** Sorts, then filters: the order the table shows. */
export function queryPartners(rows: readonly PartnerRow[], query: PartnerQuery): PartnerRow[] {
  return filterPartnerRows(sortPartnerRows(rows, query.sort), query);
}

/** Every tag in use, sorted, for the tag filter. */
export function allTags(rows: readonly PartnerRow[]): string[] {
  const tags = new Set<string>();
  for (const row of rows) for (const tag of row.tags) tags.add(tag);
  return [...tags].sort(compareTexts);
}
