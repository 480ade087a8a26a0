import { LIFECYCLE_STAGES, PARTNER_TIERS } from './partner';
import type { PartnerSort, PartnerSortColumn } from './partner-query';
import type { PartnerRow } from './partner-row';
import { textSortKey } from './sort-key';

type SortValue = string | number | undefined;

// Rows are immutable snapshots: each one's sort keys are computed once and kept for as long as
// the row object lives, so re-sorting 100,000 rows costs about as much as a plain sort.
const sortKeys = new Map<PartnerSortColumn, WeakMap<PartnerRow, SortValue>>();

const stageRank = new Map<string, number>(LIFECYCLE_STAGES.map((stage, i) => [stage, i]));
const tierRank = new Map<string, number>(PARTNER_TIERS.map((tier, i) => [tier, i]));

const textKey = (text: string | undefined): SortValue =>
  text === undefined || text === '' ? undefined : textSortKey(text);

function computeSortValue(row: PartnerRow, column: PartnerSortColumn): SortValue {
  switch (column) {
    case 'stage':
      return stageRank.get(row.stage);
    case 'tier':
      return tierRank.get(row.tier);
    case 'types':
      return textKey([...row.types].sort().join(' '));
    case 'tags':
      return textKey(row.tags.join(' '));
    case 'healthScore':
      return row.healthScore;
    case 'lastActivityAt':
      return row.lastActivityAt;
    default:
      return textKey(row[column]);
  }
}

function sortValue(row: PartnerRow, column: PartnerSortColumn): SortValue {
  let cache = sortKeys.get(column);
  if (!cache) {
    cache = new WeakMap();
    sortKeys.set(column, cache);
  }
  if (cache.has(row)) return cache.get(row);
  const value = computeSortValue(row, column);
  cache.set(row, value);
  return value;
}

// Empty values sort last whichever the direction, as spreadsheets do.
function compareValues(a: SortValue, b: SortValue, desc: boolean): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return a === undefined ? 1 : -1;
  }
  const order = a < b ? -1 : a > b ? 1 : 0;
  return desc ? -order : order;
}

/** Sorts rows by one or more columns; never mutates its input. Ties keep input order. */
export function sortPartnerRows(
  rows: readonly PartnerRow[],
  sort: readonly PartnerSort[],
): PartnerRow[] {
  if (sort.length === 0) return [...rows];
  // Decorate once so that the comparator only compares precomputed keys.
  const keyed = rows.map((row, index) => ({
    row,
    index,
    keys: sort.map((s) => sortValue(row, s.column)),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < sort.length; i += 1) {
      const order = compareValues(a.keys[i], b.keys[i], sort[i]?.desc ?? false);
      if (order !== 0) return order;
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}
