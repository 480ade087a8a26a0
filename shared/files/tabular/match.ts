/**
 * Matching imported rows to the partners a workbook already holds, and the plan of what an
 * import will do: create, update, skip or reject each row, decided before anything is written.
 *
 * A row matches a partner with the same name, compared loosely (case, accents, punctuation and
 * legal suffixes such as "Inc" or "GmbH" ignored), or else with the same website domain. A row
 * that matches an earlier row of the same file is treated like a match with an existing partner:
 * on "update" it is merged into that row's partner, on "skip" it is skipped, on "create" it is
 * created as well. Rows with problems never match and are never matched.
 */
import { LIFECYCLE_STAGES, type LifecycleStage, type PartnerFields } from '../../domain/partner';
import { addContact, mergePartner, newPartnerFields } from './merge-fields';
import type { ConvertedRows, ImportContact, ImportRow, PartnerPatch } from './partner-rows';
import { formatCount, type RowProblem } from './raw-table';
import { foldWords } from './words';

/** What matching needs to know of a partner already in the workbook. */
export interface ExistingPartner {
  id: string;
  name: string;
  website?: string;
}

/** What to do with a row that matches a partner: update it, skip the row, or create another. */
export type OnMatch = 'update' | 'skip' | 'create';

/** The user's choices for an import. */
export interface PlanOptions {
  onMatch: OnMatch;
  /** Import the other rows when some have problems; when false, problems block the import. */
  skipRowsWithProblems: boolean;
  /** The stage of created partners whose row gives none (default: prospect). */
  defaultStage?: LifecycleStage;
}

/** A partner the import will create, from one row or several rows naming the same partner. */
export interface PlannedCreate {
  rows: number[];
  partner: PartnerFields;
  contacts: ImportContact[];
}

/** A partner the import will update with the values of one or more rows. */
export interface PlannedUpdate {
  id: string;
  /** The partner's name in the workbook (an update never renames), and in the file. */
  existingName: string;
  importedName: string;
  matchedBy: 'name' | 'website';
  rows: number[];
  patch: PartnerPatch;
  contacts: ImportContact[];
}

/** A row the import leaves out, and why. */
export interface PlannedSkip {
  row: number;
  reason: string;
}

/** How many partners and rows each part of a plan covers. */
export interface ImportCounts {
  /** Data rows in the file. */
  rows: number;
  /** Partners created and updated. */
  create: number;
  update: number;
  /** Rows merged into an earlier row's partner (same partner named twice in the file). */
  merged: number;
  /** Rows skipped because they match, and rows rejected for their problems. */
  skip: number;
  rejected: number;
}

/** Everything an import will do, decided before anything is written. */
export interface ImportPlan {
  create: PlannedCreate[];
  update: PlannedUpdate[];
  skip: PlannedSkip[];
  /** The problems of the rows left out for them. */
  rejected: RowProblem[];
  counts: ImportCounts;
  /** False when the import cannot go ahead; `blockedReason` says why. */
  ready: boolean;
  blockedReason?: string;
}

const LEGAL_SUFFIXES = new Set(
  'inc incorporated llc ltd limited gmbh mbh ag kg co company corp corporation plc llp lp sa sas sarl sl srl spa bv nv bvba oy oyj ab as asa aps kk kft sro pte pty pvt private ug eurl se'.split(
    ' ',
  ),
);

/** A partner name folded for matching: "The Acme Company, Inc." and "ACME" give the same key. */
export function partnerNameKey(name: string): string {
  const words = foldWords(name).split(' ');
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('');
}

// Many companies share these hosts (a LinkedIn page is not a company's own domain).
const SHARED_HOSTS = [
  'linkedin.com',
  'facebook.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'github.com',
  'google.com',
  'crunchbase.com',
  'medium.com',
  'bit.ly',
];

/** The domain of a web address for matching ("https://www.Acme.com/about" → "acme.com"). */
export function websiteDomain(website: string): string | undefined {
  const host = website
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^/@]*@/, '')
    .split(/[/?#:\\]/)[0]
    ?.replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (host === undefined || !/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host)) return undefined;
  if (SHARED_HOSTS.some((shared) => host === shared || host.endsWith(`.${shared}`))) {
    return undefined;
  }
  return host;
}

type Target =
  | { kind: 'existing'; partner: ExistingPartner; update?: PlannedUpdate }
  | { kind: 'created'; create: PlannedCreate };

interface Match {
  target: Target;
  by: 'name' | 'website';
}

interface Keys {
  name: string;
  domain: string | undefined;
}

function keysOf(name: string, website: string | undefined): Keys {
  return { name: partnerNameKey(name), domain: website && websiteDomain(website) };
}

// Partners by name key and by domain; the first partner to claim a key keeps it.
class MatchIndex {
  private readonly byName = new Map<string, Target>();
  private readonly byDomain = new Map<string, Target>();

  add(target: Target, keys: Keys): void {
    if (keys.name !== '' && !this.byName.has(keys.name)) this.byName.set(keys.name, target);
    if (keys.domain !== undefined && !this.byDomain.has(keys.domain)) {
      this.byDomain.set(keys.domain, target);
    }
  }

  find(keys: Keys): Match | undefined {
    const named = keys.name === '' ? undefined : this.byName.get(keys.name);
    if (named) return { target: named, by: 'name' };
    const sited = keys.domain === undefined ? undefined : this.byDomain.get(keys.domain);
    return sited && { target: sited, by: 'website' };
  }
}

/** Decides what an import does with each row, given the partners the workbook holds. */
export function planImport(
  converted: ConvertedRows,
  existing: readonly ExistingPartner[],
  options: PlanOptions,
): ImportPlan {
  const stage = options.defaultStage ?? LIFECYCLE_STAGES[0];
  const plan: ImportPlan = {
    create: [],
    update: [],
    skip: [],
    rejected: converted.problems,
    counts: { rows: converted.total, create: 0, update: 0, merged: 0, skip: 0, rejected: 0 },
    ready: true,
  };
  plan.counts.rejected = converted.problemRows.length;
  const index = new MatchIndex();
  const matching = options.onMatch !== 'create';
  if (matching) {
    for (const partner of existing) {
      index.add({ kind: 'existing', partner }, keysOf(partner.name, partner.website));
    }
  }
  for (const row of converted.rows) {
    const keys = matching ? keysOf(row.partner.name, row.partner.website) : undefined;
    const match = keys && index.find(keys);
    if (!match) {
      const create: PlannedCreate = {
        rows: [row.row],
        partner: newPartnerFields(row.partner, stage),
        contacts: row.contact ? [row.contact] : [],
      };
      plan.create.push(create);
      if (keys) index.add({ kind: 'created', create }, keys);
    } else if (options.onMatch === 'skip') {
      plan.skip.push({ row: row.row, reason: skipReason(match) });
    } else {
      applyMatch(plan, match, row);
      index.add(match.target, keys);
    }
  }
  plan.counts.create = plan.create.length;
  plan.counts.update = plan.update.length;
  plan.counts.skip = plan.skip.length;
  if (converted.errors.length > 0) {
    plan.ready = false;
    plan.blockedReason = converted.errors.join(' ');
  } else if (plan.counts.rejected > 0 && !options.skipRowsWithProblems) {
    plan.ready = false;
    plan.blockedReason = `${formatCount(plan.counts.rejected)} ${plan.counts.rejected === 1 ? 'row has' : 'rows have'} problems. Fix the file, or choose to skip the rows with problems.`;
  }
  return plan;
}

/**
 * True when two lists of a workbook's partners match rows alike: the same partners, in the same
 * order, with the same names and websites. A plan made against one holds for the other.
 */
export function sameExistingPartners(
  a: readonly ExistingPartner[],
  b: readonly ExistingPartner[],
): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.id !== y.id || x.name !== y.name || x.website !== y.website) return false;
  }
  return true;
}

function applyMatch(plan: ImportPlan, match: Match, row: ImportRow): void {
  const { target } = match;
  if (target.kind === 'created') {
    target.create.partner = mergePartner(target.create.partner, row.partner);
    target.create.rows.push(row.row);
    if (row.contact) addContact(target.create.contacts, row.contact);
    plan.counts.merged += 1;
    return;
  }
  if (target.update) {
    target.update.patch = mergePartner(target.update.patch, row.partner);
    target.update.rows.push(row.row);
    if (row.contact) addContact(target.update.contacts, row.contact);
    plan.counts.merged += 1;
    return;
  }
  const { name: _name, ...patch } = row.partner;
  target.update = {
    id: target.partner.id,
    existingName: target.partner.name,
    importedName: row.partner.name,
    matchedBy: match.by,
    rows: [row.row],
    patch,
    contacts: row.contact ? [row.contact] : [],
  };
  plan.update.push(target.update);
}

function skipReason({ target, by }: Match): string {
  const how = by === 'name' ? 'name' : 'website domain';
  if (target.kind === 'created') {
    return `Same partner as row ${target.create.rows[0] ?? ''} of this file (same ${how}).`;
  }
  return `Matches “${target.partner.name}” in the workbook (same ${how}).`;
}
