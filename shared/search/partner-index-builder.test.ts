import { describe, expect, it } from 'vitest';
import { generatePartnerBatch } from '../sample/seeded-partners';
import { PartnerIndexBuilder } from './partner-index-builder';
import { PartnerIndex, toSearchDocs } from './partner-search';

const NOW = new Date('2026-11-01T09:00:00.000Z');
const QUERIES = ['a', 'cedar', 'director', 'maya okafor', 'falcn', 'renewal risk', 'ex', 'q'];

describe('PartnerIndexBuilder', () => {
  const { partners, contacts } = generatePartnerBatch(7, 0, 400, NOW);
  const reference = new PartnerIndex();
  reference.putAll(toSearchDocs(partners, contacts));

  it('finds the same partners whether contacts arrive before or after them', () => {
    const contactsFirst = new PartnerIndex();
    const early = new PartnerIndexBuilder(contactsFirst);
    early.addContacts(contacts);
    early.addPartners(partners);
    expect(early.finish()).toEqual({ partners: 400, orphanContacts: 0 });

    const partnersFirst = new PartnerIndex();
    const late = new PartnerIndexBuilder(partnersFirst);
    late.addPartners(partners.slice(0, 200));
    late.addContacts(contacts);
    late.addPartners(partners.slice(200));
    late.finish();

    for (const query of QUERIES) {
      const expected = [...reference.search(query)].sort();
      expect([...contactsFirst.search(query)].sort(), query).toEqual(expected);
      expect([...partnersFirst.search(query)].sort(), query).toEqual(expected);
    }
  });

  it('ranks as the documents would when every contact arrives before its partner', () => {
    const index = new PartnerIndex();
    const builder = new PartnerIndexBuilder(index);
    builder.addContacts(contacts);
    builder.addPartners(partners.slice(0, 150));
    builder.addPartners(partners.slice(150));
    builder.finish();
    for (const query of QUERIES)
      expect(index.search(query), query).toEqual(reference.search(query));
  });

  it('builds only into an empty index', () => {
    const index = new PartnerIndex();
    new PartnerIndexBuilder(index).addPartners(partners.slice(0, 1));
    expect(() => new PartnerIndexBuilder(index)).toThrow('built from empty');
  });

  it('leaves out contacts whose partner never arrives', () => {
    const index = new PartnerIndex();
    const builder = new PartnerIndexBuilder(index);
    builder.addPartners(partners.slice(0, 10));
    builder.addContacts(contacts);
    const orphans = contacts.filter(
      (c) => !partners.slice(0, 10).some((p) => p.id === c.partnerId),
    );
    expect(builder.finish()).toEqual({ partners: 10, orphanContacts: orphans.length });
    expect(index.size).toBe(10);
  });
});
