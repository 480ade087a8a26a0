import { describe, expect, it } from 'vitest';
import { PARTNERBOOK_VERSION } from '../format';
import { PARTNERBOOK_UPGRADES, upgradePartnerbook, type PartnerbookUpgrade } from './index';

describe('the upgrade chain', () => {
  it('has one step from every earlier version, so that every older file opens', () => {
    for (let from = 1; from < PARTNERBOOK_VERSION; from += 1) {
      expect(
        PARTNERBOOK_UPGRADES.filter((step) => step.from === from),
        `from ${from}`,
      ).toHaveLength(1);
    }
    expect(upgradePartnerbook({ formatVersion: 1 }, 1)).toEqual({
      ok: true,
      file: { formatVersion: PARTNERBOOK_VERSION },
    });
  });

  it('opens a format 1 file (no revisions) as it is: revisions are derived when needed', () => {
    const file = { formatVersion: 1, tables: { partners: [] } };
    expect(upgradePartnerbook(file, 1, 2)).toEqual({
      ok: true,
      file: { formatVersion: 2, tables: { partners: [] } },
    });
  });

  it('gives a format 2 file the strategy tables of format 3, empty, keeping any it has', () => {
    const file = { formatVersion: 2, tables: { partners: [], investments: ['kept'] } };
    expect(upgradePartnerbook(file, 2, 3)).toEqual({
      ok: true,
      file: {
        formatVersion: 3,
        tables: {
          companyGoals: [],
          partnerPlans: [],
          investments: ['kept'],
          metricEntries: [],
          customMetrics: [],
          partners: [],
        },
      },
    });
    expect(upgradePartnerbook({ formatVersion: 2, tables: 'odd' }, 2, 3)).toEqual({
      ok: true,
      file: { formatVersion: 3, tables: 'odd' },
    });
  });

  it('gives a format 3 file the template and QBR tables of format 4, empty, keeping any it has', () => {
    const file = { formatVersion: 3, tables: { partners: [], qbrs: ['kept'] } };
    expect(upgradePartnerbook(file, 3, 4)).toEqual({
      ok: true,
      file: { formatVersion: 4, tables: { templates: [], qbrs: ['kept'], partners: [] } },
    });
    expect(upgradePartnerbook({ formatVersion: 3, tables: null }, 3, 4)).toEqual({
      ok: true,
      file: { formatVersion: 4, tables: null },
    });
  });

  it('gives a format 5 file the people tables of format 6, empty, keeping any it has', () => {
    const file = { formatVersion: 5, tables: { partners: [], asks: ['kept'] } };
    expect(upgradePartnerbook(file, 5, 6)).toEqual({
      ok: true,
      file: {
        formatVersion: 6,
        tables: {
          intelligenceEntries: [],
          feedback: [],
          decisions: [],
          stakeholders: [],
          asks: ['kept'],
          partners: [],
        },
      },
    });
    expect(upgradePartnerbook({ formatVersion: 5, tables: [] }, 5, 6)).toEqual({
      ok: true,
      file: { formatVersion: 6, tables: [] },
    });
  });

  it('opens a format 1 file with every later table, empty', () => {
    const result = upgradePartnerbook({ formatVersion: 1, tables: { partners: [] } }, 1);
    expect(result.ok && result.file.tables).toMatchObject({
      templates: [],
      qbrs: [],
      companyGoals: [],
      intelligenceEntries: [],
      feedback: [],
      decisions: [],
      stakeholders: [],
      asks: [],
    });
  });

  it('runs each step in order, from the file’s version to the target', () => {
    const steps: PartnerbookUpgrade[] = [
      { from: 2, upgrade: (file) => ({ ...file, trail: `${String(file.trail)}>3` }) },
      { from: 1, upgrade: (file) => ({ ...file, trail: `${String(file.trail)}>2` }) },
    ];
    expect(upgradePartnerbook({ formatVersion: 1, trail: '1' }, 1, 3, steps)).toEqual({
      ok: true,
      file: { formatVersion: 3, trail: '1>2>3' },
    });
    expect(upgradePartnerbook({ formatVersion: 2, trail: '2' }, 2, 3, steps)).toEqual({
      ok: true,
      file: { formatVersion: 3, trail: '2>3' },
    });
    expect(upgradePartnerbook({}, 1, 4, steps)).toEqual({ ok: false, missingFrom: 3 });
  });
});
