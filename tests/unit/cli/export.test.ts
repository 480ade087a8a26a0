// export: XLSX, a zip of CSV files, one CSV table, and the Markdown summary.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../../shared/files/partnerbook/decode-fixture';
import { readXlsx } from '../../../shared/files/tabular/xlsx-read';
import { oneErrorLine, put, run, text, useTempDir } from './cli-kit';

const tmp = useTempDir();

const bytes = async (name: string): Promise<Uint8Array> =>
  new Uint8Array(await readFile(path.join(tmp.dir, name)));

async function exported(format: string, out: string, ...more: string[]): Promise<string> {
  await put(tmp.dir, 'emea.partnerbook', fixtureText());
  const result = await run(
    tmp.dir,
    'export',
    'emea.partnerbook',
    '--format',
    format,
    '--out',
    out,
    ...more,
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('export', () => {
  it('writes XLSX, one sheet per table', async () => {
    const stdout = await exported('xlsx', 'emea.xlsx');
    expect(stdout).toBe(
      'Exported emea.partnerbook to emea.xlsx, an XLSX workbook of 17 sheets: 2 partners, 1 contact, 1 positioning draft, 1 iteration, 1 activity.\n',
    );
    const partners = await readXlsx(await bytes('emea.xlsx'), { sheet: 'Partners' });
    expect(partners.sheetNames).toEqual([
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
    expect(partners.rows.map((row) => row[0])).toEqual(['Baltic Data', 'Harbor Cloud']);
    // The file stores Baltic Data's tier record only: the sheet adds the first records derived
    // for the fields without any (Baltic Data's stage, both of Harbor Cloud's).
    const history = await readXlsx(await bytes('emea.xlsx'), { sheet: 'Stage and tier changes' });
    expect(history.rows.map((row) => [row[0], row[1], row[3]].join(' / ')).sort()).toEqual([
      'Baltic Data / Stage / Active',
      'Baltic Data / Tier / Gold',
      'Harbor Cloud / Stage / Prospect',
      'Harbor Cloud / Tier / No tier',
    ]);
  });

  it('writes every table as a zip of CSV files', async () => {
    await exported('csv', 'emea.zip');
    const zip = unzipSync(await bytes('emea.zip'));
    expect(Object.keys(zip)).toEqual([
      'partners.csv',
      'contacts.csv',
      'positioning-drafts.csv',
      'iterations.csv',
      'activities.csv',
      'company-goals.csv',
      'partner-plans.csv',
      'investments.csv',
      'metrics.csv',
      'templates.csv',
      'qbrs.csv',
      'stage-and-tier-changes.csv',
      'intelligence.csv',
      'feedback.csv',
      'decisions.csv',
      'stakeholders.csv',
      'asks.csv',
    ]);
    expect(strFromU8(zip['contacts.csv'] ?? new Uint8Array())).toMatch(/^Partner,Name,Role,/);
  });

  it('writes one table with --table, with a byte-order mark on --bom', async () => {
    const stdout = await exported('csv', 'drafts.csv', '--table', 'positioning-drafts', '--bom');
    expect(stdout).toContain('to drafts.csv, CSV of positioning-drafts (1 rows)');
    const csv = await text(tmp.dir, 'drafts.csv');
    expect(csv.startsWith('\uFEFFTitle,Partner,Audience,')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
    await exported('csv', 'p.csv', '--table', 'Partners');
    expect((await text(tmp.dir, 'p.csv')).split('\r\n')[1]).toMatch(/^Baltic Data,/);
  });

  it('writes a Markdown summary', async () => {
    await exported('md', 'emea.md');
    const md = await text(tmp.dir, 'emea.md');
    expect(md).toMatch(/^# EMEA resellers\n\n2 partners, 0 approved positionings\.\n/);
    expect(md).toContain('| Baltic Data | Active | Gold | Reseller / VAR |');
    expect(md).toContain('_No positioning has been approved yet._');
  });

  it.each([
    [
      ['--format', 'xlsx', '--out', 'a.xlsx', '--table', 'partners'],
      '--table applies to --format csv only.',
    ],
    [['--format', 'md', '--out', 'a.md', '--bom'], '--bom applies to --format csv only.'],
    [['--format', 'csv', '--out', 'all.csv'], 'every table as CSV is a zip of CSV files'],
    [
      ['--format', 'csv', '--out', 'a.csv', '--table', 'deals'],
      '--table must be one of partners, contacts, positioning-drafts, iterations, activities, company-goals, partner-plans, investments, metrics, templates, qbrs, stage-and-tier-changes, intelligence, feedback, decisions, stakeholders, asks, not “deals”.',
    ],
    [['--format', 'xlsx'], 'export needs --out.'],
  ])('refuses %j with exit 2', async (argv, message) => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    const result = await run(tmp.dir, 'export', 'emea.partnerbook', ...argv);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toContain(message);
  });

  it('refuses a bad workbook file, or an output that exists, with exit 1', async () => {
    await put(tmp.dir, 'cut.partnerbook', fixtureText().slice(0, 100));
    const bad = await run(tmp.dir, 'export', 'cut.partnerbook', '--format', 'md', '--out', 'a.md');
    expect(bad.code).toBe(1);
    expect(oneErrorLine(bad)).toContain('cut.partnerbook: the file ends too early');
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    await put(tmp.dir, 'a.md', 'mine');
    const exists = await run(
      tmp.dir,
      'export',
      'emea.partnerbook',
      '--format',
      'md',
      '--out',
      'a.md',
    );
    expect(oneErrorLine(exists)).toBe(
      'partner-workbook: a.md already exists; add --force to replace it.',
    );
    const noFolder = await run(
      tmp.dir,
      'export',
      'emea.partnerbook',
      '--format',
      'md',
      '--out',
      'no/a.md',
    );
    expect(oneErrorLine(noFolder)).toBe('partner-workbook: no/a.md: the folder no does not exist.');
  });
});
