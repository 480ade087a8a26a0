// sample: a generated workbook that the app's own checks accept, the same for the same seed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneErrorLine, run, useTempDir, workbookJson } from './cli-kit';

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

  it.each([
    [
      ['--partners', '0', '--out', 's.partnerbook'],
      '--partners must be a whole number from 1 to 75,000, not “0”.',
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
