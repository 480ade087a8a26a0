import { describe, expect, it } from 'vitest';
import { decodePartnerbook } from '../files/partnerbook/decode';
import { encodePartnerbook } from '../files/partnerbook/encode';
import { isApprovalConflict } from '../positioning/history-rules';
import { sameContent } from '../positioning/history-rules';
import { generateSampleSnapshot } from './sample-snapshot';
import { generatePartners } from './seeded-partners';
import { generatePositioning } from './seeded-positioning';

const now = new Date('2026-06-01T12:00:00Z');

describe('generatePositioning', () => {
  const { partners } = generatePartners({ count: 300, seed: 11, now });
  const { drafts, iterations, statusChanges } = generatePositioning(partners, { seed: 11, now });

  it('gives about half the partners drafts, and two company-wide drafts', () => {
    const withDrafts = new Set(drafts.map((draft) => draft.partnerId));
    expect(drafts.filter((draft) => draft.partnerId === undefined)).toHaveLength(2);
    expect(withDrafts.size).toBeGreaterThan(90);
    expect(withDrafts.size).toBeLessThan(240);
  });

  it('keeps each draft’s history consistent: numbers, parents, head, statuses, times', () => {
    for (const draft of drafts) {
      const own = iterations.filter((iteration) => iteration.draftId === draft.id);
      expect(own.map((iteration) => iteration.number)).toEqual(own.map((_, i) => i + 1));
      expect(draft.iterationCount).toBe(own.length);
      expect(draft.headIterationId).toBe(own.at(-1)?.id);
      own.forEach((iteration, i) => {
        expect(iteration.parentId).toBe(own[i - 1]?.id);
        expect(iteration.committedAt <= draft.updatedAt).toBe(true);
        expect(iteration.committedAt > draft.createdAt).toBe(true);
        const previous = own[i - 1];
        if (previous) expect(sameContent(iteration, previous)).toBe(false);
        if (iteration.restoredFrom !== undefined) {
          expect(iteration.fields).toEqual(own[iteration.restoredFrom - 1]?.fields);
        }
      });
      const changes = statusChanges.filter((change) => change.draftId === draft.id);
      let status = 'draft';
      for (const change of changes) {
        expect(change.from).toBe(status);
        status = change.to;
      }
      expect(draft.status).toBe(status);
    }
    expect(iterations.some((iteration) => iteration.restoredFrom !== undefined)).toBe(true);
  });

  it('never approves two drafts of one partner for one audience', () => {
    for (const draft of drafts) {
      expect(drafts.filter((other) => isApprovalConflict(other, draft))).toEqual([]);
    }
    expect(drafts.filter((draft) => draft.status === 'approved').length).toBeGreaterThan(20);
  });

  it('depends only on the seed and the time', () => {
    expect(generatePositioning(partners, { seed: 11, now })).toEqual({
      drafts,
      iterations,
      statusChanges,
    });
    expect(generatePositioning(partners, { seed: 12, now }).drafts).not.toEqual(drafts);
  });
});

describe('generateSampleSnapshot', () => {
  it('makes a workbook the file format accepts, the same for the same seed', () => {
    const snapshot = generateSampleSnapshot({ partners: 60, seed: 3, now });
    expect(snapshot.workbook.name).toBe('Sample workbook (60 partners)');
    expect(snapshot.tables.partners).toHaveLength(60);
    const text = encodePartnerbook(snapshot, { exportedAt: now.toISOString() });
    const decoded = decodePartnerbook(text, 'sample.partnerbook');
    expect(decoded.ok ? [] : decoded.problems).toEqual([]);
    expect(generateSampleSnapshot({ partners: 60, seed: 3, now })).toEqual(snapshot);
    expect(generateSampleSnapshot({ partners: 1, seed: 3, now, name: 'Demo' }).workbook.name).toBe(
      'Demo',
    );
  });
});
