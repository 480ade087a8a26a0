import { describe, expect, it } from 'vitest';
import { autoMap, mappingErrors, parseMappingSpec } from './column-mapping';
import { IMPORT_FIELDS, IMPORT_TARGETS, targetLabel } from './import-fields';

const mapped = (headers: string[]) => {
  const mapping = autoMap(headers);
  return Object.fromEntries(headers.map((header, index) => [header, mapping[index]]));
};

describe('autoMap', () => {
  it('maps a Salesforce accounts report', () => {
    expect(
      mapped([
        'Account ID',
        'Account Name',
        'Type',
        'Industry',
        'Website',
        'Phone',
        'Billing City',
        'Billing Country',
        'Account Owner',
        'Description',
        'Last Activity',
      ]),
    ).toEqual({
      'Account ID': 'ignore',
      'Account Name': 'name',
      Type: 'types',
      Industry: 'industry',
      Website: 'website',
      // No contact in the file: the company phone is kept in the notes.
      Phone: 'notes',
      'Billing City': 'ignore',
      'Billing Country': 'country',
      'Account Owner': 'owner',
      Description: 'notes',
      'Last Activity': 'lastActivityAt',
    });
  });

  it('maps a HubSpot companies export', () => {
    expect(
      mapped([
        'Record ID',
        'Company name',
        'Company owner',
        'Create Date',
        'Phone Number',
        'Country/Region',
        'Industry',
        'Lifecycle Stage',
        'Type',
        'Company Domain Name',
        'Website URL',
        'Last Activity Date',
      ]),
    ).toEqual({
      'Record ID': 'ignore',
      'Company name': 'name',
      'Company owner': 'owner',
      'Create Date': 'ignore',
      'Phone Number': 'notes',
      'Country/Region': 'country',
      Industry: 'industry',
      'Lifecycle Stage': 'stage',
      Type: 'types',
      'Company Domain Name': 'website',
      // The domain column already fills the website.
      'Website URL': 'ignore',
      'Last Activity Date': 'lastActivityAt',
    });
  });

  it('maps plain names, whatever their case and punctuation', () => {
    expect(
      mapped([
        'NAME',
        'partner tier',
        'Stage',
        'Region',
        'Tags',
        'Notes',
        'Health',
        'Contact name',
        'Contact e-mail',
        'Phone',
        'Mystery column',
      ]),
    ).toEqual({
      NAME: 'name',
      'partner tier': 'tier',
      Stage: 'stage',
      Region: 'region',
      Tags: 'tags',
      Notes: 'notes',
      Health: 'healthScore',
      'Contact name': 'contactName',
      'Contact e-mail': 'contactEmail',
      // With a contact in the file, the phone is the contact's.
      Phone: 'contactPhone',
      'Mystery column': 'ignore',
    });
  });

  it('recognises headers with a harmless prefix', () => {
    expect(autoMap(['Partner Website', 'Company Industry'])).toEqual(['website', 'industry']);
  });
});

describe('mappingErrors', () => {
  it('asks for a name column, and for one target per column', () => {
    expect(mappingErrors(['Name'], ['name'])).toEqual([]);
    expect(mappingErrors(['Website'], ['website'])).toEqual([
      expect.stringContaining('No column is imported as Name'),
    ]);
    expect(mappingErrors(['Name', 'Tier'], ['name'])).toEqual([
      'The mapping has 1 columns but the file has 2.',
    ]);
  });
});

describe('parseMappingSpec', () => {
  const headers = ['Account Name', 'Web', 'Segment', 'Owner, EMEA', 'Website'];

  it('maps named columns by key or label on top of the automatic mapping', () => {
    const result = parseMappingSpec(
      'segment=Tier, web = website,"Owner, EMEA=owner",account name=name',
      headers,
    );
    expect(result).toEqual({
      ok: true,
      // "Website" was guessed as the website; the explicit choice of "Web" replaces it.
      mapping: ['name', 'website', 'tier', 'owner', 'ignore'],
    });
  });

  it('can leave a column out', () => {
    expect(parseMappingSpec('Website=ignore', headers)).toMatchObject({
      ok: true,
      mapping: ['name', 'ignore', 'ignore', 'ignore', 'ignore'],
    });
  });

  it('explains unknown columns and fields, and a field given twice', () => {
    const result = parseMappingSpec('Nope=name,Web=colour,Web=website,Segment=website', headers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringContaining('no column called “Nope”'),
      expect.stringContaining('“colour” is not a field'),
      'More than one column is mapped to Website.',
    ]);
  });

  it('rejects a pair without "="', () => {
    expect(parseMappingSpec('Segment', headers)).toEqual({
      ok: false,
      errors: ['“Segment” is not of the form column=field.'],
    });
  });
});

describe('IMPORT_FIELDS', () => {
  it('lists every target once, with a label', () => {
    expect(IMPORT_FIELDS.map((info) => info.target)).toEqual([...IMPORT_TARGETS]);
    expect(targetLabel('contactEmail')).toBe('Contact email');
    expect(targetLabel('ignore')).toBe('Not imported');
  });
});
