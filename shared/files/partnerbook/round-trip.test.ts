import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePartnerbook } from './decode';
import { encodePartnerbook } from './encode';
import { PARTNERBOOK_VERSION } from './format';
import type { WorkbookSnapshot } from './snapshot';
import { workbookSnapshot } from './snapshot-test-kit';

const META = {
  exportedAt: '2026-11-01T09:00:00.000Z',
  app: { name: 'Partner Workbook', version: '1.0.0' },
};

// Reverses every table and every record's keys: the same workbook, held differently in memory.
function scrambled(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const flip = <T extends object>(records: readonly T[]): T[] =>
    [...records]
      .reverse()
      .map((record) => Object.fromEntries(Object.entries(record).reverse()) as T);
  const { tables } = snapshot;
  return {
    workbook: snapshot.workbook,
    tables: {
      partners: flip(tables.partners),
      contacts: flip(tables.contacts),
      positioningDrafts: flip(tables.positioningDrafts),
      positioningIterations: flip(tables.positioningIterations),
      positioningStatusChanges: flip(tables.positioningStatusChanges),
      activities: flip(tables.activities),
      companyGoals: flip(tables.companyGoals),
      partnerPlans: flip(tables.partnerPlans),
      investments: flip(tables.investments),
      metricEntries: flip(tables.metricEntries),
      customMetrics: flip(tables.customMetrics),
      templates: flip(tables.templates),
      qbrs: flip(tables.qbrs),
      partnerChanges: flip(tables.partnerChanges),
      intelligenceEntries: flip(tables.intelligenceEntries),
      feedback: flip(tables.feedback),
      decisions: flip(tables.decisions),
      stakeholders: flip(tables.stakeholders),
      asks: flip(tables.asks),
      settings: flip(tables.settings),
      tombstones: flip(tables.tombstones),
      revisions: flip(tables.revisions),
    },
  };
}

describe('the .partnerbook round trip', () => {
  it('gives back every table, record and iteration of a generated workbook', () => {
    fc.assert(
      fc.property(workbookSnapshot(), (snapshot) => {
        const decoded = decodePartnerbook(encodePartnerbook(snapshot, META), 'round.partnerbook');
        expect(decoded.ok && decoded.snapshot).toEqual(snapshot);
        expect(decoded.ok && decoded.info).toEqual({ formatVersion: PARTNERBOOK_VERSION, ...META });
      }),
      { numRuns: 50 },
    );
    // Generous: the gate may run on a busy machine.
  }, 30_000);

  it('writes the same text for the same workbook, whatever order it is held in', () => {
    fc.assert(
      fc.property(workbookSnapshot(), (snapshot) => {
        expect(encodePartnerbook(scrambled(snapshot), META)).toBe(
          encodePartnerbook(snapshot, META),
        );
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
