// merge: one-sided changes taken, conflicts listed (exit 1) or resolved with --prefer.
import { describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../shared/files/partnerbook/decode-fixture';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import type { WorkbookSnapshot } from '../../../shared/files/partnerbook/snapshot';
import { oneErrorLine, put, run, useTempDir, workbookJson } from './cli-kit';

const tmp = useTempDir();
const LATER = '2030-01-01T00:00:00.000Z';

// A copy of the fixture workbook file, changed by `edit` (revisions logged as the app would).
async function copy(name: string, edit: (s: WorkbookSnapshot) => void): Promise<void> {
  const snapshot = withRevisions(fixtureSnapshot());
  edit(snapshot);
  await put(tmp.dir, name, encodePartnerbook(withRevisions(snapshot), { exportedAt: LATER }));
}

const partner = (s: WorkbookSnapshot, index: number) => {
  const found = s.tables.partners[index];
  if (!found) throw new Error('fixture');
  return found;
};

async function conflicting(): Promise<void> {
  await copy('mine.partnerbook', (s) => {
    Object.assign(partner(s, 0), {
      stage: 'at-risk',
      notes: 'Renewal\nslipping',
      updatedAt: LATER,
    });
  });
  await copy('theirs.partnerbook', (s) => {
    Object.assign(partner(s, 0), { stage: 'growing', updatedAt: LATER });
    Object.assign(partner(s, 1), { tier: 'gold', updatedAt: LATER });
  });
}

describe('merge', () => {
  it('takes what changed on one side only', async () => {
    await copy('mine.partnerbook', () => undefined);
    await copy('theirs.partnerbook', (s) => {
      Object.assign(partner(s, 1), { tier: 'gold', updatedAt: LATER });
    });
    const result = await run(
      tmp.dir,
      'merge',
      'mine.partnerbook',
      'theirs.partnerbook',
      '--out',
      'merged.partnerbook',
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        'Merged theirs.partnerbook into mine.partnerbook as merged.partnerbook: 1 partner updated.\n',
      stderr: '',
    });
    const merged = await workbookJson(tmp.dir, 'merged.partnerbook');
    expect(merged.tables.partners?.[1]).toMatchObject({ name: 'Harbor Cloud', tier: 'gold' });
    // Merging the same file again changes nothing.
    const again = await run(
      tmp.dir,
      'merge',
      'merged.partnerbook',
      'theirs.partnerbook',
      '--out',
      'again.partnerbook',
    );
    expect(again.stdout).toContain(': nothing changed.');
  });

  it('lists the conflicts and writes nothing without --prefer', async () => {
    await conflicting();
    const result = await run(
      tmp.dir,
      'merge',
      'mine.partnerbook',
      'theirs.partnerbook',
      '--out',
      'merged.partnerbook',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '1 conflict between mine.partnerbook and theirs.partnerbook:',
        '  Partner “Baltic Data”: changed in both',
        '    Stage: mine “At risk”, theirs “Growing”',
        '    Notes: mine “Renewal slipping”, theirs (empty)',
        '',
      ].join('\n'),
    );
    expect(oneErrorLine(result)).toBe(
      'partner-workbook: 1 conflict to resolve: run again with --prefer mine or --prefer theirs. Nothing was written.',
    );
    await expect(workbookJson(tmp.dir, 'merged.partnerbook')).rejects.toThrow();
  });

  it('resolves every conflict with --prefer, saying how', async () => {
    await conflicting();
    const result = await run(
      tmp.dir,
      'merge',
      'mine.partnerbook',
      'theirs.partnerbook',
      '--out',
      'merged.partnerbook',
      '--prefer',
      'theirs',
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Merged theirs.partnerbook into mine.partnerbook as merged.partnerbook: 2 partners updated.',
        '1 conflict resolved with --prefer theirs:',
        '  Partner “Baltic Data”: changed in both',
        '    Stage: mine “At risk”, theirs “Growing”',
        '    Notes: mine “Renewal slipping”, theirs (empty)',
        '    → took theirs',
        '',
      ].join('\n'),
    );
    const merged = await workbookJson(tmp.dir, 'merged.partnerbook');
    expect(merged.tables.partners?.[0]).toMatchObject({ stage: 'growing' });
    expect(merged.tables.partners?.[0]).not.toHaveProperty('notes');
    expect(merged.tables.partners?.[1]).toMatchObject({ tier: 'gold' });
  });

  it('refuses a file of another workbook, one clear line', async () => {
    await copy('mine.partnerbook', () => undefined);
    await copy('other.partnerbook', (s) => {
      s.workbook = { ...s.workbook, id: FIXTURE_IDS.partner, name: 'APAC alliances' };
    });
    const result = await run(
      tmp.dir,
      'merge',
      'mine.partnerbook',
      'other.partnerbook',
      '--out',
      'merged.partnerbook',
    );
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(
      /^partner-workbook: other\.partnerbook: “APAC alliances” is a different workbook from “EMEA resellers”/,
    );
  });
});
