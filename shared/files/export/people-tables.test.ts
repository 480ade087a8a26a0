import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, fixtureSnapshot } from '../partnerbook/decode-fixture';
import { sheetToCsv } from './csv-write';
import type { ExportSheet } from './export-sheet';
import { peopleSheets } from './people-tables';
import { workbookSheets } from './tables';

const ids = FIXTURE_IDS;
const GONE = '91000000-0000-4000-8000-000000000099';
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

// The fixture with a second, older decision whose only feedback was deleted since, and a
// customer's words that a spreadsheet would run as a formula.
function workbook() {
  const { tables } = fixtureSnapshot();
  const [decision] = tables.decisions;
  const [feedback] = tables.feedback;
  if (!decision || !feedback) throw new Error('fixture');
  tables.decisions.push({
    ...decision,
    id: '92000000-0000-4000-8000-000000000002',
    scope: 'product-for-partners',
    decision: 'Drop the per-seat price floor.',
    date: '2025-06-01',
    feedbackIds: [GONE],
  });
  Object.assign(decision, { partnerId: undefined });
  tables.feedback.push({
    ...feedback,
    id: '91000000-0000-4000-8000-000000000002',
    date: '2025-12-01',
    words: '=HYPERLINK("http://evil")',
    partnerId: undefined,
  });
  return tables;
}

describe('the people sheets', () => {
  const sheets = peopleSheets(workbook(), (id) => (id === ids.partner ? 'Baltic Data' : null));
  const sheet = (name: string): ExportSheet => {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  // A row as header → value, for the columns that matter to a test.
  const row = (name: string, index: number) => {
    const { columns, rows } = sheet(name);
    return Object.fromEntries(columns.map((column, at) => [column.header, rows[index]?.[at]]));
  };

  it('come after the other sheets, one per table', () => {
    expect(
      workbookSheets(workbook())
        .map((s) => s.name)
        .slice(-5),
    ).toEqual(['Intelligence', 'Feedback', 'Decisions', 'Stakeholders', 'Asks']);
  });

  it('give intelligence its section’s fields, with labels, and leave the other sections’ empty', () => {
    expect(row('Intelligence', 0)).toMatchObject({
      Partner: 'Baltic Data',
      Section: 'Competition',
      'Observed on': day('2025-11-20'),
      Competitor: 'Globex',
      'Kind of competition': 'Competes with the joint offer',
      Account: null,
      Trend: null,
      Impact: null,
      'Source link': 'https://balticdata.example.com/news',
      'Source note': 'Press',
      'Partner ID': ids.partner,
    });
  });

  it('list feedback newest first, with labels and the iteration it is evidence for', () => {
    expect(sheet('Feedback').rows.map((cells) => cells[0])).toEqual([
      day('2025-12-02'),
      day('2025-12-01'),
    ]);
    expect(row('Feedback', 0)).toMatchObject({
      'Said by': 'Mari Kask',
      Speaker: 'Customer',
      Organisation: 'Tallinn Port',
      Partner: 'Baltic Data',
      Theme: 'Onboarding',
      Sentiment: 'Positive',
      'Positioning iteration': 'Baltic pitch, iteration 1',
      'Positioning iteration ID': ids.iteration,
    });
    // No partner: an empty cell.
    expect(row('Feedback', 1)).toMatchObject({ Partner: null, 'Partner ID': null });
  });

  it('show whether each decision had voice behind it, counting deleted feedback apart', () => {
    expect(row('Decisions', 0)).toMatchObject({
      Scope: 'Partnership',
      Partner: null,
      Decision: 'Lead the joint pitch with speed of setup.',
      'Options considered': 'Lead with speed\nLead with price',
      Voice: 'Backed by partner or customer voice',
      'Linked feedback': 1,
      'Deleted feedback': 0,
      Feedback: 'Mari Kask on 2025-12-02: Onboarding',
    });
    expect(row('Decisions', 1)).toMatchObject({
      Scope: 'Product for partners',
      Voice: 'No partner or customer voice',
      'Linked feedback': 0,
      'Deleted feedback': 1,
      Feedback: null,
      'Feedback IDs': GONE,
    });
  });

  it('name stakeholders’ partners and asks’ stakeholders, with labels', () => {
    expect(row('Stakeholders', 0)).toMatchObject({
      Name: 'Jaan Tamm',
      Team: 'Engineering',
      Influence: 'High influence',
      Stance: 'Skeptic',
      Partners: 'Baltic Data',
      'Last conversation': day('2025-12-01'),
    });
    expect(row('Asks', 0)).toMatchObject({
      What: 'Two weeks of integration work',
      Stakeholder: 'Jaan Tamm',
      Partner: 'Baltic Data',
      Status: 'Asked',
      'Asked on': day('2025-12-03'),
      'Stakeholder ID': ids.stakeholder,
    });
  });

  it('neutralise a formula in a CSV cell', () => {
    expect(sheetToCsv(sheet('Feedback'))).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
