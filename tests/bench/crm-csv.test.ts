import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { autoMap } from '../../shared/files/tabular/column-mapping';
import { readCsv } from '../../shared/files/tabular/csv-read';
import { convertRows } from '../../shared/files/tabular/partner-rows';
import { CRM_HEADERS, generateCrmCsv } from '../../renderer/src/bench/crm-csv';

const ROWS = 2_000;

describe('the generated CRM export', () => {
  const text = generateCrmCsv(ROWS, 42);

  it('is the same text for the same seed and another for another seed', () => {
    expect(generateCrmCsv(ROWS, 42)).toBe(text);
    expect(generateCrmCsv(ROWS, 43)).not.toBe(text);
  });

  it('has a header row and one row of 20 cells per account, quoted where needed', () => {
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(ROWS + 1);
    expect(parsed.data[0]).toEqual([...CRM_HEADERS]);
    expect(parsed.data.every((cells) => cells.length === CRM_HEADERS.length)).toBe(true);
    expect(parsed.data.filter((cells) => cells[12]?.includes('\n'))).toHaveLength(ROWS / 10);
    expect(text).toContain(',"');
  });

  it('maps every column by its header and reads cleanly but for the planted problem rows', () => {
    const table = readCsv(text);
    const mapping = autoMap(table.headers);
    const byHeader = Object.fromEntries(table.headers.map((header, i) => [header, mapping[i]]));
    expect(byHeader).toEqual({
      'Account ID': 'ignore',
      'Account Name': 'name',
      Type: 'types',
      'Lifecycle Stage': 'stage',
      'Partner Tier': 'tier',
      Region: 'region',
      Industry: 'industry',
      'Account Owner': 'owner',
      Website: 'website',
      'Health Score': 'healthScore',
      'Last Activity Date': 'lastActivityAt',
      Tags: 'tags',
      Description: 'notes',
      'Primary Contact': 'contactName',
      'Contact Title': 'contactRole',
      Email: 'contactEmail',
      'Contact Phone': 'contactPhone',
      Employees: 'ignore',
      'Created Date': 'ignore',
      'Last Modified Date': 'ignore',
    });
    const rows = convertRows(table, mapping);
    expect(rows.errors).toEqual([]);
    expect(rows.total).toBe(ROWS);
    // One nameless row in 997 and one bad email in 1,009.
    expect(rows.problemRows).toHaveLength(4);
    expect(rows.rows).toHaveLength(ROWS - 4);
  });
});
