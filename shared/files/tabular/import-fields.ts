/**
 * The fields a column of an imported partner list can fill, for the mapping screen and the
 * command line's `--map`. A column maps to one target; several columns may feed the targets that
 * collect values (tags, types, notes) and the first non-empty cell wins for the others.
 */

/** Every field a column can be mapped to. */
export const IMPORT_TARGETS = [
  'name',
  'types',
  'stage',
  'tier',
  'region',
  'country',
  'industry',
  'owner',
  'website',
  'healthScore',
  'lastActivityAt',
  'tags',
  'notes',
  'contactName',
  'contactFirstName',
  'contactLastName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const;

/** A field a column can be mapped to. */
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** What one column is imported as: a field, or nothing. */
export type ColumnTarget = ImportTarget | 'ignore';

/** The target of each column, by position: `mapping[i]` is where `headers[i]` goes. */
export type ColumnMapping = readonly ColumnTarget[];

/** How a target is described on the mapping screen. */
export interface ImportFieldInfo {
  target: ImportTarget;
  label: string;
  /** Whether the field belongs to the partner or to its primary contact. */
  group: 'partner' | 'contact';
  /** A short explanation of what a cell may hold. */
  hint: string;
  /** True when several columns may be mapped to it (their values are combined). */
  combines: boolean;
}

/** The mappable fields in the order the mapping screen lists them. */
export const IMPORT_FIELDS: readonly ImportFieldInfo[] = [
  field('name', 'Name', 'partner', 'The partner’s name; every row needs one.'),
  field(
    'types',
    'Partner types',
    'partner',
    'Reseller, VAR, Technology partner… (several allowed)',
    true,
  ),
  field('stage', 'Lifecycle stage', 'partner', 'Prospect, Onboarding, Active, At risk…'),
  field('tier', 'Tier', 'partner', 'Registered, Silver, Gold or Platinum'),
  field('region', 'Region', 'partner', 'North America, Latin America, EMEA, APAC or Global'),
  field(
    'country',
    'Country (sets the region)',
    'partner',
    'A country name or code, used when no region is given',
  ),
  field('industry', 'Industry', 'partner', 'Free text'),
  field('owner', 'Owner', 'partner', 'Who manages the partnership'),
  field('website', 'Website', 'partner', 'A web address or domain'),
  field('healthScore', 'Health score', 'partner', 'A number from 0 to 100'),
  field('lastActivityAt', 'Last activity', 'partner', 'A date, such as 2025-03-31'),
  field('tags', 'Tags', 'partner', 'Separated by commas, semicolons or |', true),
  field(
    'notes',
    'Notes',
    'partner',
    'Free text; several columns are kept under their headers',
    true,
  ),
  field('contactName', 'Contact name', 'contact', 'The primary contact’s full name'),
  field('contactFirstName', 'Contact first name', 'contact', 'Joined with the last name'),
  field('contactLastName', 'Contact last name', 'contact', 'Joined with the first name'),
  field('contactRole', 'Contact role', 'contact', 'Job title'),
  field('contactEmail', 'Contact email', 'contact', 'name@company.com'),
  field('contactPhone', 'Contact phone', 'contact', 'Digits, spaces and + ( ) - .'),
];

function field(
  target: ImportTarget,
  label: string,
  group: 'partner' | 'contact',
  hint: string,
  combines = false,
): ImportFieldInfo {
  return { target, label, group, hint, combines };
}

/** The label of a target, or "Not imported" for 'ignore'. */
export function targetLabel(target: ColumnTarget): string {
  if (target === 'ignore') return 'Not imported';
  return IMPORT_FIELDS.find((info) => info.target === target)?.label ?? target;
}

/** True for a value that names a target. */
export function isImportTarget(value: string): value is ImportTarget {
  return (IMPORT_TARGETS as readonly string[]).includes(value);
}

/** True for the targets several columns may feed. */
export function combinesColumns(target: ImportTarget): boolean {
  return IMPORT_FIELDS.some((info) => info.target === target && info.combines);
}
