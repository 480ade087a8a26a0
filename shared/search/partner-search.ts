/**
 * Full-text search over partners, their contacts and notes: the document built from a partner,
 * the fields and boosts of the index, and the query rules ("narrows as you type": every word must
 * match, each word matches as a prefix, words of four letters or more forgive one typo).
 * Pure code: the search worker, tests and the command line all use this one definition.
 */
import type { Contact, Partner } from '../domain/partner';
import { searchTerms } from './search-terms';
import { TermIndex } from './term-index';
import type { TermMatcher } from './term-index';

/** One partner as the search index sees it: its id and the text of each searchable field. */
export interface PartnerSearchDoc {
  /** The partner id; results are partner ids. */
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly region: string;
  readonly industry: string;
  readonly tags: string;
  /** The website's host name ("cedar-data.example"), without scheme or path. */
  readonly website: string;
  readonly notes: string;
  /** Contact names, roles and email addresses, joined. */
  readonly contacts: string;
}

/** The indexed fields, in index order. */
export const PARTNER_SEARCH_FIELDS = [
  'name',
  'owner',
  'region',
  'industry',
  'tags',
  'website',
  'notes',
  'contacts',
] as const;

/** One indexed field. */
export type PartnerSearchField = (typeof PARTNER_SEARCH_FIELDS)[number];

/** How much a match in each field counts: the name most, people and labels next, notes least. */
export const PARTNER_FIELD_BOOSTS: Readonly<Record<PartnerSearchField, number>> = {
  name: 4,
  owner: 1.5,
  region: 1,
  industry: 1,
  tags: 1.5,
  website: 1.5,
  notes: 1,
  contacts: 2,
};

/** Words after this many are ignored: nobody types them, and each costs a pass over postings. */
export const MAX_QUERY_TERMS = 8;

/** Fields a one-letter word is looked up in ("j smith"); anywhere else it would match nearly all. */
export const SHORT_TERM_FIELDS: readonly PartnerSearchField[] = ['name', 'contacts'];

const ALL_FIELDS = (1 << PARTNER_SEARCH_FIELDS.length) - 1;
const fieldAt = (field: PartnerSearchField): number => PARTNER_SEARCH_FIELDS.indexOf(field);
const fieldBit = (field: PartnerSearchField): number => 1 << fieldAt(field);
const NAME_FIELD = fieldAt('name');
const OWNER_FIELD = fieldAt('owner');
const REGION_FIELD = fieldAt('region');
const INDUSTRY_FIELD = fieldAt('industry');
const TAGS_FIELD = fieldAt('tags');
const WEBSITE_FIELD = fieldAt('website');
const NOTES_FIELD = fieldAt('notes');
const CONTACTS_FIELD = fieldAt('contacts');
const SHORT_TERM_MASK = SHORT_TERM_FIELDS.reduce((mask, field) => mask | fieldBit(field), 0);
// Optional scheme, optional credentials, optional "www.", then the host up to a port or path.
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?(?:www\.)?([^/?#:]*)/i;

/** The host of a web address ("https://www.cedar.example/x" → "cedar.example"); '' if none. */
export function websiteHost(website: string | undefined): string {
  if (website === undefined) return '';
  return (HOST.exec(website)?.[1] ?? '').toLowerCase();
}

/**
 * The searchable text of a contact of a partner whose website host is `host`. An address at the
 * partner's own domain adds nothing the website field does not hold, so only its local part
 * counts: fewer terms, the same matches under AND.
 */
export function contactSearchText(contact: Contact, host: string): string {
  return contactSearchParts(contact, host).join(' ');
}

/**
 * The pieces of {@link contactSearchText}, unjoined: indexing scans each piece, where a joined
 * text would be one more string to build and flatten per contact.
 */
export function contactSearchParts(contact: Contact, host: string): string[] {
  const parts = [contact.name];
  if (contact.role !== undefined) parts.push(contact.role);
  const email = contact.email;
  if (email !== undefined) {
    const at = email.lastIndexOf('@');
    const sameDomain = at !== -1 && host !== '' && isDomain(email, at + 1, host);
    parts.push(sameDomain ? email.slice(0, at) : email);
  }
  return parts;
}

// Whether email[from…] lower-cased is `host`, compared in place: indexing meets this for every
// contact, and a lower-cased copy of each domain is garbage to collect. Text that is not ASCII
// (whose lower case can differ in length) is compared the plain way.
function isDomain(email: string, from: number, host: string): boolean {
  const length = email.length - from;
  for (let i = 0; i < length; i += 1) {
    let code = email.charCodeAt(from + i);
    if (code >= 128) return email.slice(from).toLowerCase() === host;
    if (code >= 65 && code <= 90) code += 32;
    if (i >= host.length || code !== host.charCodeAt(i)) {
      return !isAscii(email, from + i) && email.slice(from).toLowerCase() === host;
    }
  }
  return length === host.length;
}

function isAscii(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** The search document of one partner and its contacts. */
export function toSearchDoc(partner: Partner, contacts: readonly Contact[]): PartnerSearchDoc {
  const host = websiteHost(partner.website);
  return {
    id: partner.id,
    name: partner.name,
    owner: partner.owner ?? '',
    region: partner.region ?? '',
    industry: partner.industry ?? '',
    tags: partner.tags.join(' '),
    website: host,
    notes: partner.notes ?? '',
    contacts: contacts.map((contact) => contactSearchText(contact, host)).join(' '),
  };
}

/** Search documents for partners, each with its contacts found by partnerId among `contacts`. */
export function toSearchDocs(
  partners: readonly Partner[],
  contacts: readonly Contact[],
): PartnerSearchDoc[] {
  const byPartner = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const list = byPartner.get(contact.partnerId);
    if (list) list.push(contact);
    else byPartner.set(contact.partnerId, [contact]);
  }
  return partners.map((partner) => toSearchDoc(partner, byPartner.get(partner.id) ?? []));
}

/** The partner search index: a {@link TermIndex} over {@link PARTNER_SEARCH_FIELDS}. */
export class PartnerIndex {
  private readonly index = new TermIndex(
    PARTNER_SEARCH_FIELDS.map((field) => PARTNER_FIELD_BOOSTS[field]),
  );

  /** How many partners are indexed. */
  get size(): number {
    return this.index.size;
  }

  /** True when the partner is indexed. */
  has(partnerId: string): boolean {
    return this.index.has(partnerId);
  }

  /** Indexes documents, replacing earlier versions of the same partners. */
  putAll(docs: readonly PartnerSearchDoc[]): void {
    for (const doc of docs) {
      this.index.put(
        doc.id,
        PARTNER_SEARCH_FIELDS.map((field) => doc[field]),
      );
    }
  }

  /**
   * Indexes one partner with the contacts known so far, field by field, as {@link putAll} would
   * index its {@link toSearchDoc} (without building the document): `host` is
   * `websiteHost(partner.website)`. Returns the partner's ordinal, for {@link addContactAt}.
   */
  putPartner(partner: Partner, host: string, contacts: readonly Contact[]): number {
    const ordinal = this.index.insert(partner.id);
    this.addField(ordinal, NAME_FIELD, partner.name);
    this.addField(ordinal, OWNER_FIELD, partner.owner);
    this.addField(ordinal, REGION_FIELD, partner.region);
    this.addField(ordinal, INDUSTRY_FIELD, partner.industry);
    for (const tag of partner.tags) this.addField(ordinal, TAGS_FIELD, tag);
    this.addField(ordinal, WEBSITE_FIELD, host);
    this.addField(ordinal, NOTES_FIELD, partner.notes);
    for (const contact of contacts) this.addContactAt(ordinal, contact, host);
    return ordinal;
  }

  /**
   * Adds a contact to the partner at `ordinal` whose website host is `host`: the terms of
   * {@link contactSearchText}, scanned piece by piece.
   */
  addContactAt(ordinal: number, contact: Contact, host: string): void {
    for (const part of contactSearchParts(contact, host)) {
      this.addField(ordinal, CONTACTS_FIELD, part);
    }
  }

  private addField(ordinal: number, field: number, text: string | undefined): void {
    if (text !== undefined && text !== '') this.index.addText(ordinal, field, text);
  }

  /** The ordinal of an indexed partner (until {@link generation} changes), or -1. */
  ordinalOf(partnerId: string): number {
    return this.index.ordinalOf(partnerId);
  }

  /** Removes a partner; false when it was not indexed. */
  remove(partnerId: string): boolean {
    return this.index.remove(partnerId);
  }

  /** Finishes pending work (sorting new terms) so that the next query is fast. */
  prepare(): void {
    this.index.prepare();
  }

  /**
   * Runs a few throwaway queries, so that the user's first keystroke runs compiled query code
   * instead of paying for the JIT over tens of thousands of hits.
   */
  warmUp(): void {
    for (const text of ['e', 'a', 'ma', 'ex', 'the']) this.search(text);
  }

  /** Partner ids matching every word of `text`, best first; [] when it has no words. */
  search(text: string): string[] {
    return this.index.search(queryMatchers(text));
  }

  /** The ordinals of {@link search}'s partners (see {@link ordinalIds}), best first. */
  searchOrdinals(text: string): Uint32Array {
    return this.index.searchOrdinals(queryMatchers(text));
  }

  /** Changes when ordinals are renumbered; until then new ordinals are only appended. */
  get generation(): number {
    return this.index.generation;
  }

  /** How many ordinals there are (removed partners' included). */
  get ordinalCount(): number {
    return this.index.ordinalCount;
  }

  /** The partner id of each ordinal from `from` on ('' for a removed partner). */
  ordinalIds(from: number): string[] {
    return this.index.idsFrom(from);
  }
}

/** How one query word matches: always as a prefix; one typo forgiven from four letters on. */
export function termMatcher(term: string): TermMatcher {
  return {
    term,
    prefix: true,
    fuzzy: term.length >= 4,
    fieldMask: term.length === 1 ? SHORT_TERM_MASK : ALL_FIELDS,
  };
}

/** The matchers of a query: its first {@link MAX_QUERY_TERMS} distinct words. */
export function queryMatchers(text: string): TermMatcher[] {
  const terms = [...new Set(searchTerms(text))].slice(0, MAX_QUERY_TERMS);
  return terms.map(termMatcher);
}

/** True for text that has at least one searchable word (an empty search shows everything). */
export function hasSearchTerms(text: string): boolean {
  return searchTerms(text).length > 0;
}
