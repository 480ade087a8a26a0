/**
 * Builds a partner index from partners and contacts read separately, each in primary-key order,
 * so that neither read needs an index lookup per record (reading contacts by their partnerId
 * index costs a random read each, and doubled the time to read a large workbook). Contacts whose
 * partner has not arrived yet wait; those that come later are appended to their partner.
 */
import type { Contact, Partner } from '../domain/partner';
import { contactSearchText, toSearchDoc } from './partner-search';
import type { PartnerIndex } from './partner-search';

/** What a finished build saw. */
export interface PartnerIndexBuildSummary {
  /** Partners indexed. */
  readonly partners: number;
  /** Contacts whose partner never arrived (left out of the index). */
  readonly orphanContacts: number;
}

/** Feeds one {@link PartnerIndex} from pages of partners and pages of contacts, in any order. */
export class PartnerIndexBuilder {
  // Website hosts of the partners indexed so far, to decide how a late contact's email counts.
  private readonly hosts = new Map<string, string>();
  private readonly waiting = new Map<string, Contact[]>();
  private partners = 0;

  constructor(private readonly index: PartnerIndex) {}

  /** Indexes partners, with any of their contacts that arrived before them. */
  addPartners(partners: readonly Partner[]): void {
    const docs = partners.map((partner) => {
      const contacts = this.waiting.get(partner.id) ?? [];
      this.waiting.delete(partner.id);
      const doc = toSearchDoc(partner, contacts);
      this.hosts.set(partner.id, doc.website);
      return doc;
    });
    this.index.putAll(docs);
    this.partners += partners.length;
  }

  /** Adds contacts to their indexed partners, or keeps them until the partner arrives. */
  addContacts(contacts: readonly Contact[]): void {
    for (const contact of contacts) {
      const host = this.hosts.get(contact.partnerId);
      if (host !== undefined) {
        this.index.appendContactText(contact.partnerId, contactSearchText(contact, host));
        continue;
      }
      const waiting = this.waiting.get(contact.partnerId);
      if (waiting) waiting.push(contact);
      else this.waiting.set(contact.partnerId, [contact]);
    }
  }

  /** Ends the build: drops contacts without a partner and readies the index for queries. */
  finish(): PartnerIndexBuildSummary {
    let orphanContacts = 0;
    for (const contacts of this.waiting.values()) orphanContacts += contacts.length;
    this.waiting.clear();
    this.hosts.clear();
    this.index.prepare();
    return { partners: this.partners, orphanContacts };
  }
}
