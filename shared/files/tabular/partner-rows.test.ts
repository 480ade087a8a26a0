import { describe, expect, it } from 'vitest';
import { autoMap } from './column-mapping';
import { readCsv } from './csv-read';
import type { ColumnTarget } from './import-fields';
import { convertRows } from './partner-rows';

const SALESFORCE = [
  'Account Name,Type,Industry,Website,Billing Country,Account Owner,Description,Tier',
  'Müller Systems GmbH,Channel Partner / Reseller,Manufacturing,www.mueller.de/en,Germany,Jane Roe,Long-time VAR,Gold',
  'Bright Apps,Technology Partner,Software,brightapps.io,United States,Sam Poe,,Premier',
  'Northwind,Prospect,Retail,,BR,Jane Roe,,',
].join('\n');

function convert(text: string, mapping?: ColumnTarget[]) {
  const table = readCsv(text);
  return convertRows(table, mapping ?? autoMap(table.headers));
}

describe('convertRows', () => {
  it('reads a Salesforce accounts report into partners', () => {
    const result = convert(SALESFORCE);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => ({ row: row.row, ...row.partner }))).toEqual([
      {
        row: 2,
        name: 'Müller Systems GmbH',
        types: ['reseller'],
        industry: 'Manufacturing',
        website: 'https://www.mueller.de/en',
        region: 'EMEA',
        owner: 'Jane Roe',
        notes: 'Long-time VAR',
        tier: 'gold',
      },
      {
        row: 3,
        name: 'Bright Apps',
        types: ['technology'],
        industry: 'Software',
        website: 'https://brightapps.io',
        region: 'North America',
        owner: 'Sam Poe',
        tier: 'platinum',
      },
      // "Prospect" in Salesforce's Type column is the partner's stage.
      {
        row: 4,
        name: 'Northwind',
        stage: 'prospect',
        industry: 'Retail',
        region: 'Latin America',
        owner: 'Jane Roe',
      },
    ]);
  });

  it('converts stages, several types, scores, tags and a contact', () => {
    const result = convert(
      [
        'Name,Partner type,Stage,Health,Tags,Contact first name,Contact last name,Email,Title',
        'Acme,"VAR; MSP",Onboarding,85%,"cloud, security | emea",Ana,Lopez,ana@acme.com,CEO',
        'Beta,Referral,Churned,40,,,,,',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toEqual({
      row: 2,
      partner: {
        name: 'Acme',
        types: ['reseller', 'msp'],
        stage: 'onboarding',
        healthScore: 85,
        tags: ['cloud', 'security', 'emea'],
      },
      contact: { name: 'Ana Lopez', email: 'ana@acme.com', role: 'CEO' },
    });
    expect(result.rows[1]?.partner).toEqual({
      name: 'Beta',
      types: ['referral'],
      stage: 'exited',
      healthScore: 40,
    });
  });

  it('rejects formula cells, naming the row and column, and never keeps their value', () => {
    const result = convert(
      'Name,Notes,Website\n"=HYPERLINK(""http://x"",""Acme"")",fine,acme.com\nBeta,@SUM(A1),beta.io\nGamma,ok,+1 555 0100\n',
    );
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'Name',
        message: 'This cell looks like a spreadsheet formula, so it was not imported.',
      },
      {
        row: 3,
        column: 'Notes',
        message: 'This cell looks like a spreadsheet formula, so it was not imported.',
      },
      { row: 4, column: 'Website', message: 'Enter a web address like https://partner.com.' },
    ]);
    expect(result.problemRows).toEqual([2, 3, 4]);
  });

  it('reports unknown values and invalid fields per column, with schema messages', () => {
    const result = convert(
      [
        'Name,Stage,Tier,Health,Contact,Contact email,Type',
        'Acme,Sleeping,Bronze,120,Ana,not-an-email,Reseller',
        ',Active,Gold,50,,,Wizard',
      ].join('\n'),
    );
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'Stage',
        message: expect.stringContaining('“Sleeping” is not a lifecycle stage') as unknown,
      },
      { row: 2, column: 'Health', message: 'Health score must be from 0 to 100.' },
      { row: 2, column: 'Contact email', message: 'Enter an email address like name@company.com.' },
      {
        row: 3,
        column: 'Type',
        message: expect.stringContaining('“Wizard” is not a partner type') as unknown,
      },
      { row: 3, column: 'Name', message: 'A partner needs a name.' },
    ]);
  });

  it('carries the reader’s row problems (ragged rows) into the results', () => {
    const result = convert('Name,Tier\nAcme\nBeta,Gold\n');
    expect(result.problemRows).toEqual([2]);
    expect(result.rows.map((row) => row.partner.name)).toEqual(['Beta']);
  });

  it('keeps several notes columns under their headers', () => {
    const result = convert('Name,Description,Phone\nAcme,Big partner,+1 555 0100\n');
    expect(result.rows[0]?.partner.notes).toBe('Description: Big partner\n\nPhone: +1 555 0100');
  });

  it('reads nothing when no column is mapped to the name', () => {
    const result = convert('Website\nacme.com\n');
    expect(result.rows).toEqual([]);
    expect(result.total).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining('No column is imported as Name')]);
  });

  it('reports progress while checking rows', () => {
    const table = readCsv(`Name\n${'Acme\n'.repeat(12_000)}`);
    const reports: number[] = [];
    convertRows(table, ['name'], { onProgress: ({ done }) => reports.push(done) });
    expect(reports).toEqual([5_000, 10_000, 12_000]);
  });
});

describe('notes from several columns', () => {
  it('never start with a formula, whatever the header (nor do tags)', () => {
    const tagged = convertRows(readCsv('Name,Tags\nAcme,"ok, =1+1"\n'), ['name', 'tags']);
    expect(tagged.problems).toEqual([
      {
        row: 2,
        column: 'Tags',
        message: 'This cell looks like a spreadsheet formula, so it was not imported.',
      },
    ]);
    const table = readCsv('Name,=Notes,Other\nAcme,a,b\n');
    const result = convertRows(table, ['name', 'notes', 'notes']);
    expect(result.rows[0]?.partner.notes).toBe('Notes: a\n\nOther: b');
  });
});
