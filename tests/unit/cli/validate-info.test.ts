// validate and info on good and bad workbook files.
import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '../../../shared/files/partnerbook/decode-fixture';
import { PARTNERBOOK_VERSION } from '../../../shared/files/partnerbook/format';
import { oneErrorLine, put, run, useTempDir } from './cli-kit';

const tmp = useTempDir();

describe('validate', () => {
  it('accepts a valid file: exit 0 and one line with its counts', async () => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    const result = await run(tmp.dir, 'validate', 'emea.partnerbook');
    expect(result).toEqual({
      code: 0,
      stdout: `emea.partnerbook: valid workbook file “EMEA resellers” (format version ${PARTNERBOOK_VERSION}): 2 partners, 1 contact, 1 positioning draft, 1 iteration, 1 activity.\n`,
      stderr: '',
    });
  });

  it('lists every problem, one line each with the path in the file, and exits 1', async () => {
    const file = fixtureJson();
    const [partner] = file.tables.partners;
    const [contact] = file.tables.contacts;
    if (!partner || !contact) throw new Error('fixture changed');
    partner.stage = 'thriving';
    contact.email = 'not an address';
    await put(tmp.dir, 'bad.partnerbook', JSON.stringify(file));
    const result = await run(tmp.dir, 'validate', 'bad.partnerbook');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^bad\.partnerbook: tables\.partners\[0\]\.stage: /);
    expect(lines[1]).toMatch(/^bad\.partnerbook: tables\.contacts\[0\]\.email: Enter an email/);
  });

  it.each([
    ['empty.partnerbook', '', 'empty.partnerbook: the file is empty.'],
    ['cut.partnerbook', fixtureText().slice(0, 200), 'cut.partnerbook: the file ends too early'],
    [
      'future.partnerbook',
      JSON.stringify({ ...fixtureJson(), formatVersion: PARTNERBOOK_VERSION + 1 }),
      'future.partnerbook: formatVersion: the file was made by a newer version of Partner Workbook',
    ],
    [
      'latin1.partnerbook',
      new Uint8Array([0x7b, 0xe9, 0x7d]),
      'latin1.partnerbook: the file is not UTF-8 text',
    ],
  ])('refuses %s with one clear line and exit 1', async (name, content, message) => {
    await put(tmp.dir, name, content);
    const result = await run(tmp.dir, 'validate', name);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain(message);
  });

  it('reports a missing file or a folder on stderr, exit 1', async () => {
    const missing = await run(tmp.dir, 'validate', 'nowhere.partnerbook');
    expect(missing.code).toBe(1);
    expect(oneErrorLine(missing)).toBe(
      'partner-workbook: nowhere.partnerbook: cannot open the file: no such file or folder.',
    );
    const folder = await run(tmp.dir, 'validate', '.');
    expect(oneErrorLine(folder)).toBe('partner-workbook: . is a folder, not a file.');
  });
});

describe('info', () => {
  it('prints the name, format version and the count of each table', async () => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    const result = await run(tmp.dir, 'info', 'emea.partnerbook');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Workbook      EMEA resellers\n');
    expect(result.stdout).toContain(
      `Format        partner-workbook, version ${PARTNERBOOK_VERSION}\n`,
    );
    expect(result.stdout).toMatch(/^partners +2$/m);
    expect(result.stdout).toMatch(/^contacts +1$/m);
    expect(result.stdout).toMatch(/^positioningIterations +1$/m);
    expect(result.stdout).toMatch(/^tombstones +1$/m);
    // The fixture's one stored stage or tier record; the three it leaves out are not counted.
    expect(result.stdout).toMatch(/^partnerChanges +1$/m);
    expect(result.stdout).toContain('Counts are of the records the file holds;');
  });

  it('prints JSON with --json', async () => {
    await put(tmp.dir, 'emea.partnerbook', fixtureText());
    const result = await run(tmp.dir, 'info', 'emea.partnerbook', '--json');
    const info = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({
      file: 'emea.partnerbook',
      format: 'partner-workbook',
      formatVersion: PARTNERBOOK_VERSION,
      workbook: { name: 'EMEA resellers' },
      counts: { partners: 2, contacts: 1, positioningDrafts: 1, activities: 1, settings: 1 },
    });
  });

  it('refuses a bad file with its first problem in one line, exit 1', async () => {
    await put(tmp.dir, 'cut.partnerbook', fixtureText().slice(0, 300));
    const result = await run(tmp.dir, 'info', 'cut.partnerbook');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(
      /^partner-workbook: cut\.partnerbook: the file ends too early/,
    );
  });

  it('points to validate when a file has several problems', async () => {
    const file = fixtureJson();
    for (const partner of file.tables.partners) partner.stage = 'thriving';
    await put(tmp.dir, 'bad.partnerbook', JSON.stringify(file));
    const line = oneErrorLine(await run(tmp.dir, 'info', 'bad.partnerbook'));
    expect(line).toContain('tables.partners[0].stage');
    expect(line).toContain('(and more problems: run “partner-workbook validate bad.partnerbook”');
  });
});
