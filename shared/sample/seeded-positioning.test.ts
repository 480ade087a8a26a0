import { describe, expect, it } from 'vitest';
import type { PositioningIteration } from '../domain/positioning';
import { decodePartnerbook } from '../files/partnerbook/decode';
import { encodePartnerbook } from '../files/partnerbook/encode';
import { isApprovalConflict } from '../positioning/history-rules';
import { sameContent } from '../positioning/history-rules';
import { generateSampleSnapshot } from './sample-snapshot';
import { generatePartners } from './seeded-partners';
import { countDrafts, generatePositioning, type GeneratedPositioning } from './seeded-positioning';

const now = new Date('2026-06-01T12:00:00Z');

// Every rule of a generated draft's history (see seeded-positioning.ts).
function expectConsistentHistories({ drafts, iterations, statusChanges }: GeneratedPositioning) {
  const byDraft = new Map<string, PositioningIteration[]>();
  for (const iteration of iterations) {
    const own = byDraft.get(iteration.draftId);
    if (own) own.push(iteration);
    else byDraft.set(iteration.draftId, [iteration]);
  }
  for (const draft of drafts) {
    const own = byDraft.get(draft.id) ?? [];
    expect(own.map((iteration) => iteration.number)).toEqual(own.map((_, i) => i + 1));
    expect(draft.iterationCount).toBe(own.length);
    expect(draft.headIterationId).toBe(own.at(-1)?.id);
    own.forEach((iteration, i) => {
      expect(iteration.parentId).toBe(own[i - 1]?.id);
      expect(iteration.committedAt <= draft.updatedAt).toBe(true);
      expect(iteration.committedAt > draft.createdAt).toBe(true);
      expect(iteration.committedAt < now.toISOString()).toBe(true);
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
  expect(byDraft.size).toBe(drafts.filter((draft) => draft.iterationCount > 0).length);
}

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
    expectConsistentHistories({ drafts, iterations, statusChanges });
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

describe('generatePositioning with planned iteration counts', () => {
  const { partners } = generatePartners({ count: 40, seed: 5, now });
  const draftCount = countDrafts(partners, 5);

  it('counts the drafts it will make without making them', () => {
    expect(draftCount).toBe(generatePositioning(partners, { seed: 5, now }).drafts.length);
    expect(countDrafts([], 5)).toBe(2);
  });

  it('gives each draft the iterations planned for it, in the order drafts are made', () => {
    // Hand-made plan: the company drafts get 30 and 0, the partners' drafts 1, 2, 3, 1, 2, 3, …
    const planned = Array.from({ length: draftCount }, (_, i) =>
      i === 0 ? 30 : i === 1 ? 0 : ((i - 2) % 3) + 1,
    );
    const made = generatePositioning(partners, { seed: 5, now, iterationCounts: planned });
    expect(made.drafts.map((draft) => draft.iterationCount)).toEqual(planned);
    expect(made.iterations).toHaveLength(planned.reduce((total, count) => total + count, 0));
    expectConsistentHistories(made);
    // A draft planned with none was never committed: still a draft, no head, no status change.
    const [company, unstarted] = made.drafts;
    expect(company?.status).toBe('approved');
    expect(unstarted?.status).toBe('draft');
    expect(unstarted?.headIterationId).toBeUndefined();
    expect(made.statusChanges.filter((change) => change.draftId === unstarted?.id)).toEqual([]);
  });

  it('refuses a plan for another number of drafts', () => {
    const short = new Array<number>(draftCount - 1).fill(1);
    expect(() => generatePositioning(partners, { seed: 5, now, iterationCounts: short })).toThrow(
      `${draftCount - 1} iteration counts were planned for ${draftCount} drafts.`,
    );
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
