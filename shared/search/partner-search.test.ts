import { describe, expect, it } from 'vitest';
import type { Contact, Partner } from '../domain/partner';
import {
  PartnerIndex,
  contactSearchText,
  hasSearchTerms,
  queryMatchers,
  toSearchDoc,
  toSearchDocs,
  websiteHost,
} from './partner-search';

const AT = '2026-01-15T10:00:00.000Z';

const IDS = {
  cedar: '00000000-0000-4000-8000-000000000001',
  harbor: '00000000-0000-4000-8000-000000000002',
  northwind: '00000000-0000-4000-8000-000000000003',
  soren: '00000000-0000-4000-8000-000000000004',
} as const;

function partner(fields: Partial<Partner> & Pick<Partner, 'id' | 'name'>): Partner {
  return {
    types: [],
    stage: 'active',
    tier: 'none',
    tags: [],
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

let contactNumber = 0;
function contact(partnerId: string, fields: Partial<Contact> & Pick<Contact, 'name'>): Contact {
  contactNumber += 1;
  const id = `10000000-0000-4000-8000-${String(contactNumber).padStart(12, '0')}`;
  return { id, partnerId, createdAt: AT, updatedAt: AT, ...fields };
}

// Each partner is singled out by one kind of match: name, owner, notes, contact, email, accent.
const PARTNERS: readonly Partner[] = [
  partner({
    id: IDS.cedar,
    name: 'Cedar Data Labs',
    owner: 'Maya Okafor',
    region: 'EMEA',
    industry: 'Healthcare',
    tags: ['co-sell', 'mdf'],
    website: 'https://www.cedar-data.example/about',
    notes: 'Met at a healthcare event in March; intro call pending.',
  }),
  partner({
    id: IDS.harbor,
    name: 'Harbor Cloud Partners',
    owner: 'Daniel Whitlock',
    region: 'North America',
    industry: 'Retail',
    tags: ['renewal-risk'],
    website: 'https://harbor.example',
    notes: 'Two escalations on delivery quality; recovery plan drafted.',
  }),
  partner({
    id: IDS.northwind,
    name: 'Northwind Traders',
    owner: 'Priya Raman',
    region: 'APAC',
    industry: 'Manufacturing',
    notes: 'Steady co-sell with Cedar on joint wins.',
  }),
  partner({
    id: IDS.soren,
    name: 'Søren Analytics',
    owner: 'Tomás Herrera',
    region: 'EMEA',
    industry: 'Logistics',
    notes: 'Danish consultancy; strong on data migrations.',
  }),
];

const CONTACTS: readonly Contact[] = [
  contact(IDS.cedar, {
    name: 'Jürgen Müller',
    role: 'Alliance Director',
    email: 'juergen.mueller@cedar-data.example',
  }),
  contact(IDS.cedar, { name: 'Anna Schmidt', role: 'CTO', email: 'anna@gmail.example' }),
  contact(IDS.harbor, {
    name: 'Liis Tamm',
    role: 'Partner Manager',
    email: 'liis.tamm@harbor.example',
  }),
  contact(IDS.northwind, { name: "Owen O'Brien", role: 'Sales Engineer' }),
];

function fixtureIndex(): PartnerIndex {
  const index = new PartnerIndex();
  index.putAll(toSearchDocs(PARTNERS, CONTACTS));
  index.prepare();
  return index;
}

describe('toSearchDoc', () => {
  it('builds the searchable text of a partner and its contacts', () => {
    const [cedar] = PARTNERS;
    if (!cedar) throw new Error('fixture missing');
    expect(toSearchDoc(cedar, CONTACTS.slice(0, 2))).toEqual({
      id: IDS.cedar,
      name: 'Cedar Data Labs',
      owner: 'Maya Okafor',
      region: 'EMEA',
      industry: 'Healthcare',
      tags: 'co-sell mdf',
      website: 'cedar-data.example',
      notes: 'Met at a healthcare event in March; intro call pending.',
      // An address at the partner's own domain keeps only its local part.
      contacts:
        'Jürgen Müller Alliance Director juergen.mueller Anna Schmidt CTO anna@gmail.example',
    });
  });

  it('leaves absent optional fields empty', () => {
    const bare = partner({ id: IDS.cedar, name: 'Bare' });
    expect(toSearchDoc(bare, [])).toMatchObject({
      owner: '',
      website: '',
      notes: '',
      contacts: '',
    });
  });
});

describe('contactSearchText', () => {
  const withEmail = (email: string): Contact => contact(IDS.cedar, { name: 'Ana Ruiz', email });

  it('keeps only the local part of an address at the partner host, in any case', () => {
    expect(contactSearchText(withEmail('ana@cedar.example'), 'cedar.example')).toBe('Ana Ruiz ana');
    expect(contactSearchText(withEmail('Ana@CEDAR.Example'), 'cedar.example')).toBe('Ana Ruiz Ana');
    expect(contactSearchText(withEmail('a@b@cedar.example'), 'cedar.example')).toBe('Ana Ruiz a@b');
  });

  it('keeps the whole address at any other host, longer, shorter or without one', () => {
    const cases = [
      'ana@cedar.example.org',
      'ana@cedar.exampl',
      'ana@mail.cedar.example',
      'ana@',
      'ana.cedar.example',
    ];
    for (const email of cases) {
      expect(contactSearchText(withEmail(email), 'cedar.example'), email).toBe(`Ana Ruiz ${email}`);
    }
    expect(contactSearchText(withEmail('ana@cedar.example'), '')).toBe(
      'Ana Ruiz ana@cedar.example',
    );
  });

  it('compares hosts that are not ASCII as lower-cased text', () => {
    expect(contactSearchText(withEmail('jo@MÜLLER.example'), 'müller.example')).toBe('Ana Ruiz jo');
    expect(contactSearchText(withEmail('jo@müller.example'), 'muller.example')).toBe(
      'Ana Ruiz jo@müller.example',
    );
    // "İ" lower-cases to two code units: the lengths differ before lower-casing, not after.
    expect(contactSearchText(withEmail('jo@İ.example'), 'i̇.example')).toBe('Ana Ruiz jo');
  });
});

describe('websiteHost', () => {
  it('keeps only the host name, without www, port or credentials', () => {
    expect(websiteHost('https://www.Cedar.example/x?y=1#z')).toBe('cedar.example');
    expect(websiteHost('http://user:secret@host.example:8080/path')).toBe('host.example');
    expect(websiteHost('cedar.example/about')).toBe('cedar.example');
    expect(websiteHost(undefined)).toBe('');
  });
});

describe('PartnerIndex.search', () => {
  const index = fixtureIndex();

  it('matches a name by its prefix, name matches first', () => {
    // Northwind mentions Cedar in its notes only, so it ranks below the partner named Cedar.
    expect(index.search('ced')).toEqual([IDS.cedar, IDS.northwind]);
    expect(index.search('Harb')).toEqual([IDS.harbor]);
  });

  it('matches the owner', () => {
    expect(index.search('maya')).toEqual([IDS.cedar]);
    expect(index.search('Okafor')).toEqual([IDS.cedar]);
  });

  it('matches a word from the notes', () => {
    expect(index.search('escalations')).toEqual([IDS.harbor]);
    expect(index.search('migrations')).toEqual([IDS.soren]);
  });

  it("matches a contact's surname, role and email address", () => {
    expect(index.search('tamm')).toEqual([IDS.harbor]);
    expect(index.search('liis.tamm@harbor.example')).toEqual([IDS.harbor]);
    expect(index.search('juergen.mueller')).toEqual([IDS.cedar]);
    expect(index.search('gmail')).toEqual([IDS.cedar]);
    expect(index.search('sales engineer')).toEqual([IDS.northwind]);
  });

  it('folds accents and case both ways', () => {
    expect(index.search('muller')).toEqual([IDS.cedar]);
    expect(index.search('MÜLLER')).toEqual([IDS.cedar]);
    expect(index.search('soren')).toEqual([IDS.soren]);
    expect(index.search('Søren')).toEqual([IDS.soren]);
    expect(index.search('tomas herrera')).toEqual([IDS.soren]);
  });

  it('drops apostrophes inside words', () => {
    expect(index.search("o'brien")).toEqual([IDS.northwind]);
    expect(index.search('obrien')).toEqual([IDS.northwind]);
  });

  it('requires every word to match (AND)', () => {
    expect(index.search('cedar healthcare')).toEqual([IDS.cedar]);
    expect(index.search('emea logistics')).toEqual([IDS.soren]);
    expect(index.search('cedar retail')).toEqual([]);
  });

  it('finds nothing for an unknown word or for text without words', () => {
    expect(index.search('zebra')).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.search(' ,.;- ')).toEqual([]);
  });

  it('forgives one typo in words of four letters or more, ranked below exact matches', () => {
    expect(index.search('escalatons')).toEqual([IDS.harbor]);
    expect(index.search('harbour')).toEqual([IDS.harbor]);
    expect(index.search('hrbor')).toEqual([IDS.harbor]);
    // Three letters are taken as typed, and the first letter is trusted.
    expect(index.search('hrb')).toEqual([]);
    expect(index.search('jarbor')).toEqual([]);
  });

  it('looks a one-letter word up only at the start of name and contact words', () => {
    // Harbor's notes have "delivery" and "drafted", which a single letter does not reach.
    expect(index.search('d')).toEqual([IDS.cedar]);
    expect(index.search('n')).toEqual([IDS.northwind]);
    // "h": Harbor's name, not Healthcare (an industry) or Herrera (an owner).
    expect(index.search('h')).toEqual([IDS.harbor]);
    expect(index.search('cedar d')).toEqual([IDS.cedar]);
  });

  it('narrows as the user types', () => {
    const typed = ['ced', 'cedar', 'cedar ', 'cedar d', 'cedar da', 'cedar data'];
    expect(typed.map((text) => index.search(text))).toEqual([
      [IDS.cedar, IDS.northwind],
      [IDS.cedar, IDS.northwind],
      [IDS.cedar, IDS.northwind],
      [IDS.cedar],
      [IDS.cedar],
      [IDS.cedar],
    ]);
  });
});

describe('PartnerIndex updates', () => {
  it('replaces a partner: old words stop matching, new ones match', () => {
    const index = fixtureIndex();
    const [, harbor] = PARTNERS;
    if (!harbor) throw new Error('fixture missing');
    index.putAll([
      toSearchDoc({ ...harbor, name: 'Lighthouse Retail', website: undefined, notes: 'Calm.' }, []),
    ]);
    expect(index.size).toBe(4);
    expect(index.search('harbor')).toEqual([]);
    expect(index.search('escalations')).toEqual([]);
    expect(index.search('tamm')).toEqual([]);
    expect(index.search('lighthouse')).toEqual([IDS.harbor]);
  });

  it('removes a partner', () => {
    const index = fixtureIndex();
    expect(index.remove(IDS.cedar)).toBe(true);
    expect(index.remove(IDS.cedar)).toBe(false);
    expect(index.has(IDS.cedar)).toBe(false);
    expect(index.search('ced')).toEqual([IDS.northwind]);
  });

  it('takes contacts that arrive after their partner', () => {
    const index = new PartnerIndex();
    index.putAll(toSearchDocs(PARTNERS, []));
    expect(index.search('tamm')).toEqual([]);
    expect(index.ordinalOf('missing')).toBe(-1);
    const late = contact(IDS.harbor, { name: 'Liis Tamm', email: 'liis.tamm@harbor.example' });
    index.addContactAt(index.ordinalOf(IDS.harbor), late, 'harbor.example');
    expect(index.search('tamm')).toEqual([IDS.harbor]);
    expect(index.search('harbor tamm')).toEqual([IDS.harbor]);
  });
});

describe('query helpers', () => {
  it('tells whether text has anything to search for', () => {
    expect(hasSearchTerms('')).toBe(false);
    expect(hasSearchTerms('  -- ')).toBe(false);
    expect(hasSearchTerms('a')).toBe(true);
  });

  it('turns each distinct word into a prefix matcher, fuzzy from four letters', () => {
    expect(queryMatchers('Cedar cedar da d').map(({ term, fuzzy }) => ({ term, fuzzy }))).toEqual([
      { term: 'cedar', fuzzy: true },
      { term: 'da', fuzzy: false },
      { term: 'd', fuzzy: false },
    ]);
    expect(queryMatchers('a b c d e f g h i j')).toHaveLength(8);
  });
});
