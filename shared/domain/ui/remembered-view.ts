import { z } from 'zod';
import { LIFECYCLE_STAGES, PARTNER_TIERS, PARTNER_TYPES } from '../partner';
import type { PartnerSortColumn } from '../partner-query';

/*
 * What the app remembers of how a workbook was last looked at: the screen, and the partners
 * table's hidden columns, sort and filters. It is read back on the next start, so every part is
 * validated on its own: a part that no longer fits (a renamed column, a stage that went away) is
 * dropped and the rest is kept.
 */

// A record keyed by every column, so that a new column of the table cannot be forgotten here.
const COLUMN_SET: Record<PartnerSortColumn, true> = {
  name: true,
  types: true,
  stage: true,
  tier: true,
  region: true,
  industry: true,
  owner: true,
  healthScore: true,
  lastActivityAt: true,
  tags: true,
  positioningStatus: true,
};

/** The partners table's column ids. */
export const PARTNER_COLUMN_IDS = Object.keys(COLUMN_SET) as PartnerSortColumn[];

/** The screens a restart reopens: the sections, which need no record to show. */
export const REMEMBERED_SCREENS = [
  'partners',
  'dashboard',
  'activity',
  'positioning',
  'voice',
  'market',
  'alliances',
  'goals',
  'templates',
  'settings',
] as const;

/** A screen a restart can reopen. */
export type RememberedScreen = (typeof REMEMBERED_SCREENS)[number];

/** How a workbook was last looked at. */
export interface RememberedView {
  screen: RememberedScreen;
  hiddenColumns: PartnerSortColumn[];
  sort: { column: PartnerSortColumn; desc: boolean }[];
  search: string;
  stages: (typeof LIFECYCLE_STAGES)[number][];
  types: (typeof PARTNER_TYPES)[number][];
  tiers: (typeof PARTNER_TIERS)[number][];
  tags: string[];
}

/** A fresh workbook's view: the partners screen sorted by name, nothing hidden or filtered. */
export const DEFAULT_REMEMBERED_VIEW: RememberedView = {
  screen: 'partners',
  hiddenColumns: [],
  sort: [{ column: 'name', desc: false }],
  search: '',
  stages: [],
  types: [],
  tiers: [],
  tags: [],
};

const columnSchema = z.enum(PARTNER_COLUMN_IDS as [PartnerSortColumn, ...PartnerSortColumn[]]);

/** Keeps the items of a list that pass the schema, without repeats; not a list means none. */
function knownItems<T>(raw: unknown, item: z.ZodType<T>): T[] {
  if (!Array.isArray(raw)) return [];
  const kept: T[] = [];
  for (const value of raw) {
    const parsed = item.safeParse(value);
    if (parsed.success && !kept.includes(parsed.data)) kept.push(parsed.data);
  }
  return kept;
}

function field(raw: unknown, key: string): unknown {
  return typeof raw === 'object' && raw !== null
    ? (raw as Record<string, unknown>)[key]
    : undefined;
}

/** Reads a stored view part by part; what does not fit falls back to the default. */
export function parseRememberedView(raw: unknown): RememberedView {
  const screen = z.enum(REMEMBERED_SCREENS).safeParse(field(raw, 'screen'));
  const search = z.string().max(500).safeParse(field(raw, 'search'));
  const sortKeySchema = z.object({ column: columnSchema, desc: z.boolean() });
  const rawSort = field(raw, 'sort');
  const sort: RememberedView['sort'] = [];
  for (const key of Array.isArray(rawSort) ? (rawSort as unknown[]) : []) {
    const parsed = sortKeySchema.safeParse(key);
    if (parsed.success && !sort.some((kept) => kept.column === parsed.data.column))
      sort.push(parsed.data);
  }
  return {
    screen: screen.success ? screen.data : DEFAULT_REMEMBERED_VIEW.screen,
    // The name column always shows, so a stored "hide name" is stale too.
    hiddenColumns: knownItems(field(raw, 'hiddenColumns'), columnSchema).filter(
      (column) => column !== 'name',
    ),
    sort: Array.isArray(rawSort) ? sort : DEFAULT_REMEMBERED_VIEW.sort,
    search: search.success ? search.data : '',
    stages: knownItems(field(raw, 'stages'), z.enum(LIFECYCLE_STAGES)),
    types: knownItems(field(raw, 'types'), z.enum(PARTNER_TYPES)),
    tiers: knownItems(field(raw, 'tiers'), z.enum(PARTNER_TIERS)),
    tags: knownItems(field(raw, 'tags'), z.string().min(1).max(100)),
  };
}

/** Reads a stored view from its JSON text; text that is not JSON means the default view. */
export function parseRememberedViewText(text: string | null): RememberedView {
  if (text === null) return DEFAULT_REMEMBERED_VIEW;
  try {
    return parseRememberedView(JSON.parse(text) as unknown);
  } catch {
    return DEFAULT_REMEMBERED_VIEW;
  }
}
