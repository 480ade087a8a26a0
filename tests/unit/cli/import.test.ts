// import: CSV and XLSX partner lists into new and existing workbook files, and bad input.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sheetsToXlsx } from '../../../shared/files/export/xlsx-write';
import { FIXTURE_IDS, fixtureText } from '../../../shared/files/partnerbook/decode-fixture';
import { NOW, oneErrorLine, put, run, text, useTempDir, workbookJson } from './cli-kit';

const tmp = useTempDir();

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const CRM = [
  'Account Name,Website,Type,Account Owner,Primary Contact,Contact Email,Health',
  'Baltic Data,balticdata.example,Reseller,Liis Tamm,Mari Kask,mari@balticdata.example,80',
  'Nordic Cloud,nordic.example,Technology Partner,Ola Berg,Per Olsen,per@nordic.example,',
  ',nameless.example,Reseller,,,,',
  'Acme GmbH,not a url,Reseller,,,,',
  'Acme GmbH,acme.example,Referral,,,,150',
  'Baltic Data Ltd,balticdata.example,,,,,',
].join('\n');

const files = async (): Promise<string[]> => (await readdir(tmp.dir)).sort();

describe('import into a new workbook', () => {
  it('imports the good rows, rejects the others with reasons, exits 3', async () => {
    await put(tmp.dir, 'crm.csv', CRM);
    const result = await run(tmp.dir, 'import', 'crm.csv', '--out', 'crm.partnerbook');
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(
      'Imported crm.csv (CSV, utf-8, comma-separated) into crm.partnerbook, a new workbook “crm”.\n',
    );
    expect(result.stdout).toContain('“Account Owner” → Owner');
    // Six rows: two partners, a third row naming Baltic Data again, three rejected.
    expect(result.stdout).toContain(
      [
        '  6 rows read',
        '  2 partners created',
        '  0 partners updated',
        '  1 row merged into an earlier row naming the same partner',
        '  0 rows skipped',
        '  3 rows rejected',
        'Rejected rows:',
        '  Row 4, “Account Name”: A partner needs a name.',
        '  Row 5, “Website”: Enter a web address like https://partner.com.',
        '  Row 6, “Health”: Health score must be from 0 to 100.',
      ].join('\n'),
    );
    expect(oneErrorLine(result)).toBe(
      'partner-workbook: crm.csv: 3 rows of 6 rejected for problems (listed above); the other rows were imported into crm.partnerbook.',
    );

    const book = await workbookJson(tmp.dir, 'crm.partnerbook');
    expect(book.workbook).toMatchObject({ id: id(1), name: 'crm' });
    expect(book.exportedAt).toBe(NOW.toISOString());
    expect(book.app).toEqual({ name: 'Partner Workbook', version: '9.8.7' });
    // Records as the app's import writes them: new ids in order (partner, then its contacts).
    expect(book.tables.partners).toEqual([
      {
        id: id(2),
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        name: 'Baltic Data',
        types: ['reseller'],
        stage: 'prospect',
        tier: 'none',
        owner: 'Liis Tamm',
        website: 'https://balticdata.example',
        healthScore: 80,
        tags: [],
      },
      expect.objectContaining({ id: id(4), name: 'Nordic Cloud', types: ['technology'] }),
    ]);
    expect(book.tables.contacts).toEqual([
      expect.objectContaining({ id: id(3), partnerId: id(2), name: 'Mari Kask' }),
      expect.objectContaining({ id: id(5), partnerId: id(4), email: 'per@nordic.example' }),
    ]);
    expect(await files()).toEqual(['crm.csv', 'crm.partnerbook']);
  });

  it('exits 0 when every row is imported; --name names the workbook', async () => {
    await put(
      tmp.dir,
      'list.csv',
      'Name;Website\nBaltic Data;balticdata.example\nHarbor;harbor.example\n',
    );
    const result = await run(
      tmp.dir,
      'import',
      'list.csv',
      '--out',
      'o.partnerbook',
      '--name',
      'Nordics',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('(CSV, utf-8, semicolon-separated)');
    expect(result.stdout).toContain('  2 partners created');
    expect((await workbookJson(tmp.dir, 'o.partnerbook')).workbook.name).toBe('Nordics');
  });

  it('takes a --map on top of the automatic mapping', async () => {
    await put(tmp.dir, 'list.csv', 'Company,Rep\nBaltic Data,Liis Tamm\n');
    const result = await run(
      tmp.dir,
      'import',
      'list.csv',
      '--out',
      'o.partnerbook',
      '--map',
      'Company=name,Rep=owner',
    );
    expect(result.code).toBe(0);
    const { partners } = (await workbookJson(tmp.dir, 'o.partnerbook')).tables;
    expect(partners?.[0]).toMatchObject({ name: 'Baltic Data', owner: 'Liis Tamm' });
  });

  it('reads an XLSX sheet', async () => {
    const sheet = {
      name: 'Accounts',
      columns: [
        { header: 'Account Name', type: 'text' as const, width: 20 },
        { header: 'Health', type: 'number' as const, width: 8 },
      ],
      rows: [
        ['Baltic Data', 70],
        ['Harbor Cloud', null],
      ],
    };
    await put(tmp.dir, 'crm.xlsx', await sheetsToXlsx([sheet]));
    const result = await run(tmp.dir, 'import', 'crm.xlsx', '--out', 'x.partnerbook');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(XLSX, sheet “Accounts”)');
    const { partners } = (await workbookJson(tmp.dir, 'x.partnerbook')).tables;
    expect(partners?.map((p) => [p.name, p.healthScore])).toEqual([
      ['Baltic Data', 70],
      ['Harbor Cloud', undefined],
    ]);
    const missing = await run(
      tmp.dir,
      'import',
      'crm.xlsx',
      '--out',
      'y.partnerbook',
      '--sheet',
      'Leads',
    );
    expect(oneErrorLine(missing)).toBe(
      'partner-workbook: crm.xlsx: The workbook has no sheet called “Leads”; its sheets are “Accounts”.',
    );
  });
});

describe('import into an existing workbook', () => {
  const LIST = 'Name,Website,Tier\nBaltic Data,balticdata.example,Gold\nNew Partner,new.example,\n';

  it('updates matched partners and keeps every other record', async () => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    await put(tmp.dir, 'list.csv', LIST);
    const result = await run(
      tmp.dir,
      'import',
      'list.csv',
      '--into',
      'emea.partnerbook',
      '--out',
      'next.partnerbook',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('into next.partnerbook (from emea.partnerbook).');
    expect(result.stdout).toContain('  1 partner created\n  1 partner updated\n');
    const before = await workbookJson(tmp.dir, 'emea.partnerbook');
    const after = await workbookJson(tmp.dir, 'next.partnerbook');
    expect(after.workbook).toEqual(before.workbook);
    const baltic = after.tables.partners?.find((p) => p.id === FIXTURE_IDS.partner);
    expect(baltic).toMatchObject({
      name: 'Baltic Data',
      tier: 'gold',
      website: 'https://balticdata.example',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: NOW.toISOString(),
    });
    expect(after.tables.partners).toHaveLength(3);
    for (const table of ['contacts', 'positioningDrafts', 'positioningIterations', 'tombstones']) {
      expect(after.tables[table]).toEqual(before.tables[table]);
    }
  });

  it('skips matched rows with --on-match skip, saying why', async () => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    await put(tmp.dir, 'list.csv', LIST);
    const argv = ['import', 'list.csv', '--into', 'emea.partnerbook', '--out', 'n.partnerbook'];
    const result = await run(tmp.dir, ...argv, '--on-match', 'skip');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  1 row skipped\n  0 rows rejected\nSkipped rows:\n  Row 2: Matches “Baltic Data” in the workbook (same name).\n',
    );
    const created = await run(tmp.dir, ...argv, '--on-match', 'create', '--force');
    expect(created.stdout).toContain('  2 partners created');
    expect((await workbookJson(tmp.dir, 'n.partnerbook')).tables.partners).toHaveLength(4);
  });
});

describe('import refuses bad input with one line, exit 1, writing nothing', () => {
  it.each([
    [
      'a missing file',
      'nowhere.csv',
      undefined,
      'nowhere.csv: cannot open the file: no such file or folder.',
    ],
    ['an empty file', 'empty.csv', '', 'empty.csv: The file is empty.'],
    [
      'an unreadable file',
      'photo.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0xff]),
      'photo.csv: This does not look like a text file (it contains binary data).',
    ],
    [
      'a header alone',
      'head.csv',
      'Name,Website\n',
      'head.csv: the file has a header row but no rows of partners.',
    ],
    [
      'a file without a name column',
      'noname.csv',
      'Website,Owner\nacme.example,Liis\n',
      'noname.csv: No column is imported as Name',
    ],
    [
      'a file whose every row is bad',
      'bad.csv',
      'Name,Health\nAcme,500\nGlobex,-1\n',
      'bad.csv: no row can be imported: all 2 rows have problems. The first: row 2, “Health”: Health score must be from 0 to 100.',
    ],
    [
      'a spreadsheet of the old kind',
      'old.xls',
      'x',
      'old.xls: .xls spreadsheets cannot be imported',
    ],
  ])('%s', async (_, name, content, message) => {
    if (content !== undefined) await put(tmp.dir, name, content);
    const result = await run(tmp.dir, 'import', name, '--out', 'out.partnerbook');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toContain(`partner-workbook: ${message}`);
    expect(await files()).not.toContain('out.partnerbook');
    expect((await files()).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('a --map naming a column the file lacks', async () => {
    await put(tmp.dir, 'list.csv', 'Name\nAcme\n');
    const result = await run(
      tmp.dir,
      'import',
      'list.csv',
      '--out',
      'o.partnerbook',
      '--map',
      'Firm=name',
    );
    expect(oneErrorLine(result)).toBe(
      'partner-workbook: list.csv: --map: The file has no column called “Firm”. Its columns are: Name.',
    );
  });

  it('an existing output, unless --force; an --into that is not a workbook', async () => {
    await put(tmp.dir, 'list.csv', 'Name\nAcme\n');
    await put(tmp.dir, 'o.partnerbook', 'keep me');
    const refused = await run(tmp.dir, 'import', 'list.csv', '--out', 'o.partnerbook');
    expect(oneErrorLine(refused)).toBe(
      'partner-workbook: o.partnerbook already exists; add --force to replace it.',
    );
    expect(await text(tmp.dir, 'o.partnerbook')).toBe('keep me');
    const into = await run(
      tmp.dir,
      'import',
      'list.csv',
      '--into',
      'o.partnerbook',
      '--out',
      'p.partnerbook',
    );
    expect(into.code).toBe(1);
    expect(oneErrorLine(into)).toContain(
      'partner-workbook: o.partnerbook: the file is not a workbook file',
    );
    const forced = await run(tmp.dir, 'import', 'list.csv', '--out', 'o.partnerbook', '--force');
    expect(forced.code).toBe(0);
    expect((await workbookJson(tmp.dir, 'o.partnerbook')).tables.partners).toHaveLength(1);
  });

  it('usage mistakes exit 2', async () => {
    await put(tmp.dir, 'list.csv', 'Name\nAcme\n');
    const cases: [string[], string][] = [
      [['--out', 'o.csv'], '--out must name a .partnerbook file, not “o.csv”.'],
      [
        ['--out', 'o.partnerbook', '--on-match', 'merge'],
        '--on-match must be one of update, skip, create',
      ],
      [['--out', 'o.partnerbook', '--sheet', 'One'], '--sheet chooses a sheet of an XLSX file'],
      [
        ['--out', 'o.partnerbook', '--into', 'a.partnerbook', '--name', 'X'],
        '--name names a new workbook',
      ],
    ];
    for (const [argv, message] of cases) {
      const result = await run(tmp.dir, 'import', 'list.csv', ...argv);
      expect(result.code).toBe(2);
      expect(oneErrorLine(result)).toContain(message);
    }
  });
});
