import { describe, expect, it } from 'vitest';
import {
  ACME_ID,
  DRAFT_ID,
  exportWorkbook,
  FORMULA_ID,
} from '../../../tests/unit/fixtures/export-workbook';
import { COMPANY_WIDE, fieldsToText, workbookSheets } from './tables';

const date = (iso: string): Date => new Date(iso);
const T0 = date('2024-01-15T13:30:00.000Z');

describe('workbookSheets', () => {
  const sheets = workbookSheets(exportWorkbook());
  const sheet = (name: string) => {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  it('makes one sheet per table, in a fixed order', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Partners',
      'Contacts',
      'Positioning drafts',
      'Iterations',
      'Activities',
      'Company goals',
      'Partner plans',
      'Investments',
      'Metrics',
      'Templates',
      'QBRs',
      'Stage and tier changes',
      'Intelligence',
      'Feedback',
      'Decisions',
      'Stakeholders',
      'Asks',
    ]);
  });

  it('gives every row as many cells as there are columns, each of its column’s type', () => {
    for (const { columns, rows } of sheets) {
      for (const row of rows) {
        expect(row).toHaveLength(columns.length);
        row.forEach((value, index) => {
          if (value === null) return;
          const type = columns[index]?.type;
          if (type === 'date') expect(value).toBeInstanceOf(Date);
          else if (type === 'text') expect(typeof value).toBe('string');
          else expect(typeof value).toBe(type);
        });
      }
      for (const column of columns) expect(column.width).toBeGreaterThanOrEqual(10);
    }
  });

  it('writes partners with labels, joined lists, numbers and dates, sorted by name', () => {
    const partners = sheet('Partners');
    expect(partners.columns.map((c) => c.header)).toEqual([
      'Name',
      'Types',
      'Stage',
      'Tier',
      'Region',
      'Industry',
      'Owner',
      'Website',
      'Health score',
      'Last activity',
      'Tags',
      'Notes',
      'Created',
      'Updated',
      'ID',
    ]);
    expect(partners.rows).toEqual([
      // Raw text here: neutralising is the writers' job.
      [
        '=1+1',
        null,
        'Prospect',
        'No tier',
        '+44',
        '-2+3',
        '@SUM(A1)',
        null,
        0,
        null,
        null,
        null,
        T0,
        T0,
        FORMULA_ID,
      ],
      [
        'Acme Cloud GmbH',
        'Reseller / VAR, MSP',
        'Active',
        'Gold',
        'EMEA',
        'Software',
        'Jana Nováková',
        'https://acme.example',
        87,
        date('2024-03-04T08:15:00.000Z'),
        'cloud, dach',
        'Line one\nLine "two", with a comma',
        T0,
        date('2024-02-01T09:00:00.000Z'),
        ACME_ID,
      ],
    ]);
  });

  it('names the partner of each contact and activity', () => {
    expect(sheet('Contacts').rows[0]?.slice(0, 7)).toEqual([
      'Acme Cloud GmbH',
      'Lena Fischer',
      'Channel lead',
      'lena@acme.example',
      '+49 30 1234567',
      null,
      ACME_ID,
    ]);
    expect(sheet('Activities').rows[0]?.slice(0, 6)).toEqual([
      date('2024-03-04T08:15:00.000Z'),
      'Acme Cloud GmbH',
      'Deal registration: Kessler',
      'Inbound',
      'Sales',
      null,
    ]);
  });

  it('flattens draft fields to text and labels audience, template and status', () => {
    const drafts = sheet('Positioning drafts');
    expect(drafts.rows.map((row) => row.slice(0, 8))).toEqual([
      [
        'Acme joint pitch',
        'Acme Cloud GmbH',
        'Partner’s sales team',
        'Message house',
        'In review',
        2,
        'Core message:\nCloud without the wait\n\nPillars:\nFast\n  - 2-day onboarding\n  - 99.9% uptime',
        null,
      ],
      ['Company statement', COMPANY_WIDE, 'Internal', 'Blank', 'Draft', 0, null, null],
    ]);
  });

  it('lists iterations in draft order, then by number, with their content as text', () => {
    const iterations = sheet('Iterations');
    const column = (header: string) => iterations.columns.findIndex((c) => c.header === header);
    expect(iterations.rows.map((row) => row[column('Iteration')])).toEqual([1, 2]);
    expect(iterations.rows[1]?.slice(0, 13)).toEqual([
      'Acme joint pitch',
      'Acme Cloud GmbH',
      2,
      date('2024-01-22T16:45:00.000Z'),
      'Jana',
      'Acme joint pitch',
      'Partner’s sales team',
      'Draft',
      'Round 2',
      null,
      null,
      null,
      'Core message:\nCloud now\n\nPillars:\n- Fast\n- Local',
    ]);
    expect(iterations.rows[1]?.[column('Draft ID')]).toBe(DRAFT_ID);
  });

  it('leaves the partner cell empty for a record whose partner is missing', () => {
    const workbook = exportWorkbook();
    const orphan = workbookSheets({ ...workbook, partners: [] });
    expect(orphan.find((s) => s.name === 'Contacts')?.rows[0]?.[0]).toBeNull();
  });
});

describe('fieldsToText', () => {
  it('gives null when every field is empty', () => {
    expect(fieldsToText([{ key: 'a', label: 'A', kind: 'list', value: ['', ' '] }])).toBeNull();
  });
});
