// sample: a generated workbook that the app's own checks accept, the same for the same seed.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { decodePartnerbook } from '../../../shared/files/partnerbook/decode';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import { NOW as RUN_AT, oneErrorLine, run, text, useTempDir, workbookJson } from './cli-kit';

const tmp = useTempDir();

const NOW = '2026-06-01T12:00:00Z';

describe('sample', () => {
  it('writes a valid workbook of N partners with contacts, drafts and iterations', async () => {
    const result = await run(
      tmp.dir,
      'sample',
      '--partners',
      '40',
      '--out',
      's.partnerbook',
      '--seed',
      '5',
      '--now',
      NOW,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Wrote s\.partnerbook: 40 partners, [\d,]+ contacts, [\d,]+ positioning drafts, [\d,]+ iterations, 0 activities \(seed 5\)\.\n$/,
    );
    const book = await workbookJson(tmp.dir, 's.partnerbook');
    const { tables } = book;
    expect(tables.partners).toHaveLength(40);
    expect(tables.contacts?.length).toBeGreaterThanOrEqual(40);
    expect(tables.positioningDrafts?.length).toBeGreaterThan(2);
    expect(tables.positioningIterations?.length).toBeGreaterThan(
      tables.positioningDrafts?.length ?? 0,
    );
    expect(book.exportedAt).toBe('2026-06-01T12:00:00.000Z');
    expect(book.workbook.name).toBe('Sample workbook (40 partners)');
    const validated = await run(tmp.dir, 'validate', 's.partnerbook');
    expect(validated.code).toBe(0);
  });

  it('gives the same file for the same seed and time, another for another seed', async () => {
    const make = (out: string, seed: string) =>
      run(tmp.dir, 'sample', '--partners', '25', '--out', out, '--seed', seed, '--now', NOW);
    await make('a.partnerbook', '9');
    await make('b.partnerbook', '9');
    await make('c.partnerbook', '10');
    const read = (name: string) => readFile(path.join(tmp.dir, name), 'utf8');
    expect(await read('a.partnerbook')).toBe(await read('b.partnerbook'));
    expect(await read('c.partnerbook')).not.toBe(await read('a.partnerbook'));
  });

  it('writes the file the whole snapshot encodes to, as before it was written in parts', async () => {
    await run(tmp.dir, 'sample', '--partners', '25', '--out', 's.partnerbook', '--seed', '9');
    const snapshot = generateSampleSnapshot({ partners: 25, seed: 9, now: RUN_AT });
    const meta = {
      exportedAt: RUN_AT.toISOString(),
      app: { name: 'Partner Workbook', version: '9.8.7' },
    };
    expect(await text(tmp.dir, 's.partnerbook')).toBe(
      encodePartnerbook(withRevisions(snapshot), meta),
    );
  });

  it('spreads exactly --iterations iterations over the drafts, in a file the app opens', async () => {
    const result = await run(
      tmp.dir,
      'sample',
      '--partners',
      '20',
      '--iterations',
      '1,234',
      '--out',
      'i.partnerbook',
      '--now',
      NOW,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Wrote i\.partnerbook: 20 partners, [\d,]+ contacts, [\d,]+ positioning drafts, 1,234 iterations, 0 activities \(seed 1\)\.\n$/,
    );
    const decoded = decodePartnerbook(await text(tmp.dir, 'i.partnerbook'), 'i.partnerbook');
    expect(decoded.ok ? [] : decoded.problems).toEqual([]);
    if (!decoded.ok) return;
    const { positioningDrafts, positioningIterations } = decoded.snapshot.tables;
    expect(positioningIterations).toHaveLength(1_234);
    const counted = positioningDrafts.reduce((sum, draft) => sum + draft.iterationCount, 0);
    expect(counted).toBe(1_234);
    const heads = new Set(positioningDrafts.map((draft) => draft.headIterationId));
    const parents = new Set(positioningIterations.map((iteration) => iteration.parentId));
    // Every iteration is a draft's head or the parent of the next one, never both.
    for (const { id } of positioningIterations)
      expect(heads.has(id) !== parents.has(id)).toBe(true);
  });

  it('makes drafts that are never committed when --iterations is 0', async () => {
    const made = await run(
      tmp.dir,
      'sample',
      '--partners',
      '5',
      '--iterations',
      '0',
      '--out',
      'z.partnerbook',
    );
    expect(made.code).toBe(0);
    const { tables } = await workbookJson(tmp.dir, 'z.partnerbook');
    expect(tables.positioningIterations).toEqual([]);
    expect(tables.positioningStatusChanges).toEqual([]);
    for (const draft of tables.positioningDrafts ?? []) expect(draft.status).toBe('draft');
  });

  it('refuses more iterations than the sample’s drafts hold, before writing anything', async () => {
    const result = await run(
      tmp.dir,
      'sample',
      '--partners',
      '1',
      '--iterations',
      '100000',
      '--out',
      's.partnerbook',
    );
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(
      /--iterations must be at most [234],000 for 1 partner: their [234] positioning drafts hold at most 1,000 iterations each\./,
    );
    await expect(readdir(tmp.dir)).resolves.toEqual([]);
  });

  it('refuses a sample whose file would pass 4 GiB before making it', async () => {
    const result = await run(
      tmp.dir,
      'sample',
      '--partners',
      '500000',
      '--iterations',
      '2500000',
      '--out',
      's.partnerbook',
    );
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toContain(
      'a sample of that size makes a file of about 4.6 GiB, and a workbook file holds at most 4 GiB',
    );
  });

  it.each([
    [
      ['--partners', '0', '--out', 's.partnerbook'],
      '--partners must be a whole number from 1 to 500,000, not “0”.',
    ],
    [
      ['--partners', '10', '--iterations=-1', '--out', 's.partnerbook'],
      '--iterations must be a whole number from 0 to 2,500,000, not “-1”.',
    ],
    [
      ['--partners', '10', '--iterations', '2500001', '--out', 's.partnerbook'],
      '--iterations must be a whole number from 0 to 2,500,000, not “2500001”.',
    ],
    [
      ['--partners', '10', '--iterations', '1.5', '--out', 's.partnerbook'],
      '--iterations must be a whole number',
    ],
    [['--partners', '1e9', '--out', 's.partnerbook'], '--partners must be a whole number'],
    [['--partners', '10', '--out', 's.json'], '--out must name a .partnerbook file, not “s.json”.'],
    [
      ['--partners', '10', '--out', 's.partnerbook', '--now', 'yesterday'],
      '--now must be a date and time',
    ],
    [
      ['--partners', '10', '--out', 's.partnerbook', '--seed', 'x'],
      '--seed must be a whole number',
    ],
  ])('refuses %j with exit 2', async (argv, message) => {
    const result = await run(tmp.dir, 'sample', ...argv);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toContain(message);
  });
});
