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
  rows: readonly PartnerRow[];
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
): readonly PartnerRow[] | undefined {
  let best: readonly PartnerRow[] | undefined;
  for (const [key, entry] of cache) {
    if (!key.startsWith(structure) || !covers(entry.words, words)) continue;
    if (best === undefined || entry.rows.length < best.length) best = entry.rows;
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
 * Keeps the rows that pass every filter and contain every search word; order is kept. Rows whose
 * id is in `alsoMatching` (the full-text search's hits in notes and contacts) count as matching
 * the search too, provided they pass the other filters.
 */
export function filterPartnerRows(
  rows: readonly PartnerRow[],
  filter: PartnerFilter,
  alsoMatching?: ReadonlySet<string>,
): PartnerRow[] {
  const matched = filterBySearchText(rows, filter);
  const words = searchWords(filter.search);
  if (!alsoMatching || alsoMatching.size === 0 || words.length === 0) return matched;
  const positions = positionsOf(rows);
  if (!positions) return mergeByWalk(rows, matched, filter, alsoMatching);
  // Only the hits that the words missed are placed: on each keystroke the cost follows the
  // matches and hits, not the 100,000 rows.
  const extra: number[] = [];
  for (const id of alsoMatching) {
    const position = positions.get(id);
    const row = position === undefined ? undefined : rows[position];
    if (position === undefined || row === undefined) continue;
    if (matches(row, filter, []) && !matches(row, filter, words)) extra.push(position);
  }
  if (extra.length === 0) return matched;
  extra.sort((a, b) => a - b);
  const merged: PartnerRow[] = [];
  let next = 0;
  for (const row of matched) {
    const position = positions.get(row.id) ?? 0;
    for (; next < extra.length && (extra[next] ?? 0) < position; next += 1) {
      const hit = rows[extra[next] ?? 0];
      if (hit) merged.push(hit);
    }
    merged.push(row);
  }
  for (; next < extra.length; next += 1) {
    const hit = rows[extra[next] ?? 0];
    if (hit) merged.push(hit);
  }
  return merged;
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

// Both lists follow the rows' order, so one walk merges them without building a set.
function mergeByWalk(
  rows: readonly PartnerRow[],
  matched: readonly PartnerRow[],
  filter: PartnerFilter,
  alsoMatching: ReadonlySet<string>,
): PartnerRow[] {
  const merged: PartnerRow[] = [];
  let next = 0;
  for (const row of rows) {
    if (row === matched[next]) {
      merged.push(row);
      next += 1;
    } else if (alsoMatching.has(row.id) && matches(row, filter, [])) {
      merged.push(row);
    }
  }
  return merged;
}

function filterBySearchText(rows: readonly PartnerRow[], filter: PartnerFilter): PartnerRow[] {
  const words = searchWords(filter.search);
  const structure = structuralKey(filter);
  const key = `${structure}\u0000${words.join(' ')}`;
  let cache = results.get(rows);
  if (!cache) {
    cache = new Map();
    results.set(rows, cache);
  }
  const hit = cache.get(key);
  if (hit) return [...hit.rows];
  const candidates = bestCandidates(cache, structure, words) ?? rows;
  const filtered = candidates.filter((row) => matches(row, filter, words));
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, { words, rows: filtered });
  return [...filtered];
}
