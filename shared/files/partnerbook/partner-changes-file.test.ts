import { describe, expect, it } from 'vitest';
import { initialChanges } from '../../domain/partner-change';
import { decodePartnerbook } from './decode';
import { FIXTURE_IDS, fixtureJson, fixtureSnapshot, type LooseFile } from './decode-fixture';
import { upgradePartnerbook } from './upgrades';

const FILE = 'emea.partnerbook';

// The fixture as a format 4 file wrote it: without the stage and tier changes of format 5.
function format4(): LooseFile {
  const file = fixtureJson();
  file.formatVersion = 4;
  const { partnerChanges, ...tables } = file.tables;
  file.tables = tables as LooseFile['tables'];
  return file;
}

describe('stage and tier changes in workbook files', () => {
  it('open from a format 4 file with each partner’s history started at its creation', () => {
    const result = decodePartnerbook(JSON.stringify(format4()), FILE);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const { partners } = fixtureSnapshot().tables;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...result.snapshot.tables.partnerChanges].sort(byId)).toEqual(
      partners.flatMap((partner) => initialChanges(partner)).sort(byId),
    );
    // Each partner: its stage and tier, from nothing, on the day it was created.
    expect(result.snapshot.tables.partnerChanges).toHaveLength(2 * partners.length);
    expect(result.snapshot.tables.partnerChanges).toContainEqual(
      expect.objectContaining({
        partnerId: FIXTURE_IDS.partner,
        field: 'tier',
        from: null,
        to: 'gold',
        effectiveOn: '2026-01-01',
      }),
    );
  });

  it('are derived alike by every reader, so that two opened copies merge without duplicates', () => {
    const once = upgradePartnerbook(format4(), 4);
    const again = upgradePartnerbook(format4(), 4);
    expect(once).toEqual(again);
    expect(once.ok && (once.file.tables as Record<string, unknown>).partnerChanges).toHaveLength(4);
  });

  it('leave a partner the step cannot read without a history, for the checks to report', () => {
    const file = format4();
    file.tables.partners = [{ id: 'not-a-uuid' }];
    const result = upgradePartnerbook(file, 4);
    expect(result.ok && (result.file.tables as Record<string, unknown>).partnerChanges).toEqual([]);
  });

  it('refuse a change whose partner the file does not hold', () => {
    const missing = '99999999-0000-4000-8000-000000000009';
    const file = fixtureJson();
    const [change] = file.tables.partnerChanges;
    if (change) change.partnerId = missing;
    const result = decodePartnerbook(JSON.stringify(file), FILE);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      `emea.partnerbook: tables.partnerChanges[0].partnerId: this record belongs to partner “${missing}”, which is not in the file.`,
    ]);
  });

  it('refuse a tier value in a stage change', () => {
    const file = fixtureJson();
    const [change] = file.tables.partnerChanges;
    if (change) change.field = 'stage';
    const result = decodePartnerbook(JSON.stringify(file), FILE);
    expect(result.ok).toBe(false);
  });
});
