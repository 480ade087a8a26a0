/**
 * A CRM's accounts export as the import benchmark reads it: a Salesforce-style report of 20
 * columns (account, programme, owner, description, primary contact, and the bookkeeping columns
 * a report carries along), CRLF line ends, quoted cells where they hold commas, quotes or line
 * breaks (one description in ten runs over two lines). Rows come from the seeded partners
 * (shared/sample/seeded-partners.ts), so the same seed and size always give the same text. About
 * one row in 500 has a problem a real export has (no account name, or "n/a" for an email), which
 * the import skips.
 */
import type { LifecycleStage, Partner, PartnerType } from '../../../shared/domain/partner';
import { generatePartnerBatch } from '../../../shared/sample/seeded-partners';
import { createRng, nextInt, type Rng } from '../../../shared/util/prng';

/** The report's columns, in order. */
export const CRM_HEADERS = [
  'Account ID',
  'Account Name',
  'Type',
  'Lifecycle Stage',
  'Partner Tier',
  'Region',
  'Industry',
  'Account Owner',
  'Website',
  'Health Score',
  'Last Activity Date',
  'Tags',
  'Description',
  'Primary Contact',
  'Contact Title',
  'Email',
  'Contact Phone',
  'Employees',
  'Created Date',
  'Last Modified Date',
] as const;

/** The fixed "now" of the exported accounts. */
const EXPORTED_AT = new Date('2026-11-01T09:00:00.000Z');
const BATCH = 10_000;
const ID_STREAM = 0xc5a0_0000;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// The words a Salesforce partner programme uses for each type (the import's synonyms know them).
const CRM_TYPES: Readonly<Record<PartnerType, string>> = {
  reseller: 'Channel Partner / Reseller',
  referral: 'Referral Partner',
  'system-integrator': 'Installation Partner',
  technology: 'Technology Partner',
  msp: 'Managed Service Provider',
  agency: 'Agency Partner',
  distributor: 'Distributor',
  oem: 'OEM Partner',
};

const CRM_STAGES: Readonly<Record<LifecycleStage, string>> = {
  prospect: 'Prospect',
  applicant: 'Applicant',
  onboarding: 'Onboarding',
  active: 'Active',
  growing: 'Growing',
  'at-risk': 'At Risk',
  exited: 'Former Partner',
};

const quoted = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

const day = (iso: string | undefined): string => (iso === undefined ? '' : iso.slice(0, 10));

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function accountId(rng: Rng): string {
  let id = '001';
  for (let i = 0; i < 15; i += 1) id += BASE62.charAt(nextInt(rng, 0, BASE62.length - 1));
  return id;
}

/** The report's cells for one partner and its primary contact. */
function rowCells(
  index: number,
  partner: Partner,
  contact: { name: string; role?: string; email?: string; phone?: string } | undefined,
  rng: Rng,
): string[] {
  const nameless = index % 997 === 996;
  const badEmail = index % 1009 === 500;
  return [
    accountId(rng),
    nameless ? '' : partner.name,
    partner.types.map((type) => CRM_TYPES[type]).join(';'),
    CRM_STAGES[partner.stage],
    partner.tier === 'none' ? '' : capitalised(partner.tier),
    partner.region ?? '',
    partner.industry ?? '',
    partner.owner ?? '',
    partner.website ?? '',
    partner.healthScore === undefined ? '' : String(partner.healthScore),
    day(partner.lastActivityAt),
    partner.tags.join(';'),
    // Every tenth description runs over two lines, as descriptions typed in a CRM do.
    index % 10 === 3 ? (partner.notes ?? '').replace('. ', '.\n') : (partner.notes ?? ''),
    contact?.name ?? '',
    contact?.role ?? '',
    badEmail ? 'n/a' : (contact?.email ?? ''),
    contact?.phone ?? '',
    String(nextInt(rng, 5, 5_000)),
    day(partner.createdAt),
    day(partner.updatedAt),
  ];
}

/** The text of an accounts export of `rows` rows for `seed`, header row first. */
export function generateCrmCsv(rows: number, seed: number): string {
  const lines: string[] = [CRM_HEADERS.join(',')];
  const rng = createRng(seed, ID_STREAM);
  for (let start = 0; start < rows; start += BATCH) {
    const count = Math.min(BATCH, rows - start);
    const { partners, contacts } = generatePartnerBatch(seed, start, count, EXPORTED_AT);
    // Contacts come in partner order, the primary contact first.
    const primary = new Map<string, (typeof contacts)[number]>();
    for (const contact of contacts) {
      if (!primary.has(contact.partnerId)) primary.set(contact.partnerId, contact);
    }
    partners.forEach((partner, offset) => {
      const cells = rowCells(start + offset, partner, primary.get(partner.id), rng);
      lines.push(cells.map(quoted).join(','));
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
