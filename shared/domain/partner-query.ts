import type { LifecycleStage, Partner, PartnerTier, PartnerType } from './partner';
import { LIFECYCLE_STAGES, PARTNER_TIERS } from './partner';

/** Columns the partners table can sort on. */
export type PartnerSortColumn =
  | 'name'
  | 'types'
  | 'stage'
  | 'tier'
  | 'region'
  | 'industry'
  | 'owner'
  | 'healthScore'
  | 'lastActivityAt'
  | 'tags';

/** One sort key. */
export interface PartnerSort {
  column: PartnerSortColumn;
  desc: boolean;
}

/** What narrows and orders the partners table. Empty lists mean "any". */
export interface PartnerQuery {
  search: string;
  stages: readonly LifecycleStage[];
  types: readonly PartnerType[];
  tiers: readonly PartnerTier[];
  tags: readonly string[];
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

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const haystacks = new WeakMap<Partner, string>();

// Partners are immutable snapshots from the store, so each one's search text is built once.
function haystack(partner: Partner): string {
  let text = haystacks.get(partner);
  if (text === undefined) {
    text = [
      partner.name,
      partner.region,
      partner.industry,
      partner.owner,
      partner.website,
      partner.tags.join(' '),
    ]
      .filter((part) => part !== undefined)
      .join('\n')
      .toLocaleLowerCase();
    haystacks.set(partner, text);
  }
  return text;
}

/** The lower-case words of a search, each of which a partner must contain. */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

const stageRank = new Map<string, number>(LIFECYCLE_STAGES.map((stage, i) => [stage, i]));
const tierRank = new Map<string, number>(PARTNER_TIERS.map((tier, i) => [tier, i]));

type SortValue = string | number | undefined;

function sortValue(partner: Partner, column: PartnerSortColumn): SortValue {
  switch (column) {
    case 'stage':
      return stageRank.get(partner.stage);
    case 'tier':
      return tierRank.get(partner.tier);
    case 'types':
      return partner.types.join(', ') || undefined;
    case 'tags':
      return partner.tags.join(', ') || undefined;
    default:
      return partner[column];
  }
}

// Empty values sort last whichever the direction, as spreadsheets do.
function compareValues(a: SortValue, b: SortValue, desc: boolean): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return a === undefined ? 1 : -1;
  }
  const order =
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return desc ? -order : order;
}

/** Filters, searches and sorts partners; never mutates its input. Ties keep storage order. */
export function queryPartners(partners: readonly Partner[], query: PartnerQuery): Partner[] {
  const stages = new Set<string>(query.stages);
  const tiers = new Set<string>(query.tiers);
  const words = searchWords(query.search);
  const result = partners.filter((partner) => {
    if (stages.size > 0 && !stages.has(partner.stage)) return false;
    if (tiers.size > 0 && !tiers.has(partner.tier)) return false;
    if (query.types.length > 0 && !query.types.some((type) => partner.types.includes(type)))
      return false;
    if (query.tags.length > 0 && !query.tags.some((tag) => partner.tags.includes(tag)))
      return false;
    if (words.length === 0) return true;
    const text = haystack(partner);
    return words.every((word) => text.includes(word));
  });
  if (query.sort.length === 0) return result;
  // Decorate once so that 100,000 rows do not recompute keys inside the comparator.
  const keyed = result.map((partner, index) => ({
    partner,
    index,
    keys: query.sort.map((sort) => sortValue(partner, sort.column)),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < query.sort.length; i += 1) {
      const order = compareValues(a.keys[i], b.keys[i], query.sort[i]?.desc ?? false);
      if (order !== 0) return order;
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.partner);
}

/** Every tag in use, sorted, for the tag filter. */
export function allTags(partners: readonly Partner[]): string[] {
  const tags = new Set<string>();
  for (const partner of partners) for (const tag of partner.tags) tags.add(tag);
  return [...tags].sort((a, b) => collator.compare(a, b));
}
