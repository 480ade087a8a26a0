import { hitIds, type SearchHits } from '../search/search-hits';
import type { PartnerFilter } from './partner-query';
import type { PartnerRow } from './partner-row';

// Each row's search text is built once and kept for as long as the row object lives.
const haystacks = new WeakMap<PartnerRow, string>();

function haystack(row: PartnerRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [row.name, row.region, row.industry, row.owner, row.tags.join(' ')]
      .filter((part) => part !== undefined)
      .join('\n')
      .toLocaleLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/** The lower-case words of a search, each of which a partner must contain. */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

interface CachedResult {
  words: readonly string[];
  /** Positions in the input array of the rows that passed, ascending. */
  positions: Uint32Array;
}

// Recent results per input array and non-search filters. Typing one more letter only narrows,
// so the next result is found among the rows of a cached, broader one instead of all rows.
const results = new WeakMap<readonly PartnerRow[], Map<string, CachedResult>>();
const CACHE_SIZE = 24;

function structuralKey(filter: PartnerFilter): string {
  return JSON.stringify([filter.stages, filter.types, filter.tiers, filter.tags]);
}

// A result for `broader` contains every row that matches `narrower` when each broader word is
// part of some narrower word.
function covers(broader: readonly string[], narrower: readonly string[]): boolean {
  return broader.every((word) => narrower.some((other) => other.includes(word)));
}

function bestCandidates(
  cache: Map<string, CachedResult>,
  structure: string,
  words: readonly string[],
): Uint32Array | undefined {
  let best: Uint32Array | undefined;
  for (const [key, entry] of cache) {
    if (!key.startsWith(structure) || !covers(entry.words, words)) continue;
    if (best === undefined || entry.positions.length < best.length) best = entry.positions;
  }
  return best;
}

function matches(row: PartnerRow, filter: PartnerFilter, words: readonly string[]): boolean {
  if (filter.stages.length > 0 && !filter.stages.includes(row.stage)) return false;
  if (filter.tiers.length > 0 && !filter.tiers.includes(row.tier)) return false;
  if (filter.types.length > 0 && !filter.types.some((type) => row.types.includes(type)))
    return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => row.tags.includes(tag))) return false;
  if (words.length === 0) return true;
  const text = haystack(row);
  return words.every((word) => text.includes(word));
}

/**
 * Keeps the rows that pass every filter and contain every search word; order is kept. Partners in
 * `alsoMatching` (the full-text search's hits in notes and contacts) count as matching the search
 * too, provided they pass the other filters.
 */
export function filterPartnerRows(
  rows: readonly PartnerRow[],
  filter: PartnerFilter,
  alsoMatching?: SearchHits,
): PartnerRow[] {
  const matched = filterBySearchText(rows, filter);
  const words = searchWords(filter.search);
  if (!alsoMatching || alsoMatching.ordinals.length === 0 || words.length === 0) {
    return rowsAt(rows, matched);
  }
  const byOrdinal = rowPositionsOf(rows, alsoMatching.ids);
  if (!byOrdinal) return mergeByWalk(rows, matched, filter, new Set(hitIds(alsoMatching)));
  // Only the hits that the words missed are placed, by position: on each keystroke the cost
  // follows the matches and hits, with no string looked up per hit.
  const taken = new Uint8Array(rows.length);
  for (const position of matched) taken[position] = 1;
  const extra: number[] = [];
  for (const ordinal of alsoMatching.ordinals) {
    const position = byOrdinal[ordinal] ?? -1;
    if (position < 0 || taken[position] === 1) continue;
    const row = rows[position];
    if (row === undefined || !matches(row, filter, [])) continue;
    taken[position] = 1;
    extra.push(position);
  }
  if (extra.length === 0) return rowsAt(rows, matched);
  const extras = Int32Array.from(extra).sort();
  const merged: PartnerRow[] = [];
  let next = 0;
  for (const position of matched) {
    for (; next < extras.length && (extras[next] ?? 0) < position; next += 1) {
      pushRow(merged, rows, extras[next] ?? 0);
    }
    pushRow(merged, rows, position);
  }
  for (; next < extras.length; next += 1) pushRow(merged, rows, extras[next] ?? 0);
  return merged;
}

function pushRow(out: PartnerRow[], rows: readonly PartnerRow[], position: number): void {
  const row = rows[position];
  if (row !== undefined) out.push(row);
}

function rowsAt(rows: readonly PartnerRow[], positions: Uint32Array): PartnerRow[] {
  const out: PartnerRow[] = [];
  for (const position of positions) pushRow(out, rows, position);
  return out;
}

// Each rows array's positions by partner id, built once per array (undefined when two rows share
// an id, where only a walk keeps every row in its place).
const positionMaps = new WeakMap<readonly PartnerRow[], Map<string, number> | null>();

function positionsOf(rows: readonly PartnerRow[]): Map<string, number> | undefined {
  let positions = positionMaps.get(rows);
  if (positions === undefined) {
    const built = new Map<string, number>();
    rows.forEach((row, position) => built.set(row.id, position));
    positions = built.size === rows.length ? built : null;
    positionMaps.set(rows, positions);
  }
  return positions ?? undefined;
}

// Per rows array and search id table: the row position of each ordinal (-1 for none). Built once
// per pair, so a keystroke maps its hits with one array read each.
const ordinalPositions = new WeakMap<
  readonly PartnerRow[],
  WeakMap<readonly string[], Int32Array>
>();

function rowPositionsOf(
  rows: readonly PartnerRow[],
  ids: readonly string[],
): Int32Array | undefined {
  const positions = positionsOf(rows);
  if (!positions) return undefined;
  let byTable = ordinalPositions.get(rows);
  if (!byTable) {
    byTable = new WeakMap();
    ordinalPositions.set(rows, byTable);
  }
  let byOrdinal = byTable.get(ids);
  if (!byOrdinal) {
    byOrdinal = new Int32Array(ids.length).fill(-1);
    for (let ordinal = 0; ordinal < ids.length; ordinal += 1) {
      const id = ids[ordinal];
      if (id !== undefined && id !== '') byOrdinal[ordinal] = positions.get(id) ?? -1;
    }
    byTable.set(ids, byOrdinal);
  }
  return byOrdinal;
}

// Both lists follow the rows' order, so one walk merges them.
function mergeByWalk(
  rows: readonly PartnerRow[],
  matched: Uint32Array,
  filter: PartnerFilter,
  alsoMatching: ReadonlySet<string>,
): PartnerRow[] {
  const merged: PartnerRow[] = [];
  let next = 0;
  rows.forEach((row, position) => {
    if (position === matched[next]) {
      merged.push(row);
      next += 1;
    } else if (alsoMatching.has(row.id) && matches(row, filter, [])) {
      merged.push(row);
    }
  });
  return merged;
}

// The positions of the rows that pass the filter and contain every search word, ascending.
function filterBySearchText(rows: readonly PartnerRow[], filter: PartnerFilter): Uint32Array {
  const words = searchWords(filter.search);
  const structure = structuralKey(filter);
  const key = `${structure}\u0000${words.join(' ')}`;
  let cache = results.get(rows);
  if (!cache) {
    cache = new Map();
    results.set(rows, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit.positions;
  const candidates = bestCandidates(cache, structure, words);
  const kept: number[] = [];
  const keep = (position: number): void => {
    const row = rows[position];
    if (row !== undefined && matches(row, filter, words)) kept.push(position);
  };
  if (candidates) for (const position of candidates) keep(position);
  else for (let position = 0; position < rows.length; position += 1) keep(position);
  const positions = Uint32Array.from(kept);
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, { words, positions });
  return positions;
}
