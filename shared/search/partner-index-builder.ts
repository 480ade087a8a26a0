/**
 * Builds a partner index from partners and contacts read separately, each by primary key (pages
 * of key ranges, in any order), so that neither read needs an index lookup per record (reading
 * contacts by their partnerId index costs a random read each, and doubled the time to read a
 * large workbook). Contacts whose partner has not arrived yet wait; those that come later are
 * added to their partner.
 * Each record costs as few map lookups as it can: at 100,000 partners and 170,000 contacts,
 * lookups by id were a fifth of the build (ids read from the database are fresh strings, whose
 * hash is computed on first use, in maps too large for the processor's caches).
 */
import type { Contact, Partner } from '../domain/partner';
import { websiteHost } from './partner-search';
import type { PartnerIndex } from './partner-search';

/** What a finished build saw. */
export interface PartnerIndexBuildSummary {
  /** Partners indexed. */
  readonly partners: number;
  /** Contacts whose partner never arrived (left out of the index). */
  readonly orphanContacts: number;
}

const NO_CONTACTS: readonly Contact[] = [];

/** Feeds one empty {@link PartnerIndex} from pages of partners and pages of contacts, in any order. */
export class PartnerIndexBuilder {
  // Website hosts of the partners indexed so far, by ordinal, to decide how a late contact's
  // email counts.
  private readonly hosts: string[] = [];
  private readonly waiting = new Map<string, Contact[]>();
  private readonly generation: number;
  private partners = 0;

  constructor(private readonly index: PartnerIndex) {
    if (index.size !== 0) throw new Error('A partner index is built from empty.');
    this.generation = index.generation;
  }

  /** Indexes partners, with any of their contacts that arrived before them. */
  addPartners(partners: readonly Partner[]): void {
    const { waiting, hosts, index } = this;
    for (const partner of partners) {
      let contacts = NO_CONTACTS;
      if (waiting.size > 0) {
        const early = waiting.get(partner.id);
        if (early !== undefined) {
          waiting.delete(partner.id);
          contacts = early;
        }
      }
      const host = websiteHost(partner.website);
      hosts[index.putPartner(partner, host, contacts)] = host;
    }
    this.partners += partners.length;
    this.checkOrdinals();
  }

  /** Adds contacts to their indexed partners, or keeps them until the partner arrives. */
  addContacts(contacts: readonly Contact[]): void {
    const { waiting, hosts, index } = this;
    for (const contact of contacts) {
      const ordinal = index.ordinalOf(contact.partnerId);
      if (ordinal !== -1) {
        index.addContactAt(ordinal, contact, hosts[ordinal] ?? '');
        continue;
      }
      const early = waiting.get(contact.partnerId);
      if (early) early.push(contact);
      else waiting.set(contact.partnerId, [contact]);
    }
  }

  /** Ends the build: drops contacts without a partner and readies the index for queries. */
  finish(): PartnerIndexBuildSummary {
    let orphanContacts = 0;
    for (const contacts of this.waiting.values()) orphanContacts += contacts.length;
    this.waiting.clear();
    this.hosts.length = 0;
    this.index.prepare();
    return { partners: this.partners, orphanContacts };
  }

  // Hosts are kept by ordinal, which holds while the index only grows: it renumbers only after
  // thousands of replaced partners, which pages read once by primary key never hold.
  private checkOrdinals(): void {
    if (this.index.generation !== this.generation) {
      throw new Error('The search index renumbered its partners during a build.');
    }
  }
}
