import { LIFECYCLE_STAGES, PARTNER_TIERS } from './partner';
import type { PartnerSort, PartnerSortColumn } from './partner-query';
import { POSITIONING_STATUSES } from './positioning';
import type { PartnerRow } from './partner-row';
import { textSortKey } from './sort-key';

type SortValue = string | number | undefined;

// Rows are immutable snapshots: each one's sort keys are computed once and kept for as long as
// the row object lives, so re-sorting 100,000 rows costs about as much as a plain sort.
const sortKeys = new Map<PartnerSortColumn, WeakMap<PartnerRow, SortValue>>();

const stageRank = new Map<string, number>(LIFECYCLE_STAGES.map((stage, i) => [stage, i]));
const tierRank = new Map<string, number>(PARTNER_TIERS.map((tier, i) => [tier, i]));
// Statuses sort in the order a draft moves through them: draft, in review, approved, retired.
const positioningRank = new Map<string, number>(
  POSITIONING_STATUSES.map((status, i) => [status, i]),
);

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
    case 'positioningStatus':
      return row.positioningStatus === undefined
        ? undefined
        : positioningRank.get(row.positioningStatus);
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

interface Keyed {
  readonly row: PartnerRow;
  readonly key: string | number;
  readonly index: number;
}

// The common case, one column: rows without a value are set aside (they go last either way),
// and the rest sort on a single precomputed key with no per-row allocation but the entry.
function sortByColumn(
  rows: readonly PartnerRow[],
  column: PartnerSortColumn,
  desc: boolean,
): PartnerRow[] {
  const keyed: Keyed[] = [];
  const missing: PartnerRow[] = [];
  rows.forEach((row, index) => {
    const key = sortValue(row, column);
    if (key === undefined) missing.push(row);
    else keyed.push({ row, key, index });
  });
  const direction = desc ? -1 : 1;
  keyed.sort((a, b) =>
    a.key < b.key ? -direction : a.key > b.key ? direction : a.index - b.index,
  );
  const sorted = keyed.map((entry) => entry.row);
  for (const row of missing) sorted.push(row);
  return sorted;
}

function sortByColumns(rows: readonly PartnerRow[], sort: readonly PartnerSort[]): PartnerRow[] {
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

// Recent orders per rows array: flipping a column back and forth, or returning to an earlier
// sort, costs nothing while the rows are unchanged.
const orders = new WeakMap<readonly PartnerRow[], Map<string, readonly PartnerRow[]>>();
const ORDER_CACHE_SIZE = 8;

/** Sorts rows by one or more columns; never mutates its input. Ties keep input order. */
export function sortPartnerRows(
  rows: readonly PartnerRow[],
  sort: readonly PartnerSort[],
): PartnerRow[] {
  if (sort.length === 0) return [...rows];
  const key = sort.map((s) => `${s.column}:${s.desc ? 'd' : 'a'}`).join(',');
  let cache = orders.get(rows);
  if (!cache) {
    cache = new Map();
    orders.set(rows, cache);
  }
  const cached = cache.get(key);
  if (cached) return [...cached];
  const [only] = sort;
  const sorted =
    sort.length === 1 && only
      ? sortByColumn(rows, only.column, only.desc)
      : sortByColumns(rows, sort);
  if (cache.size >= ORDER_CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, sorted);
  return [...sorted];
}
