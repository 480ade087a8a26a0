import { describe, expect, it } from 'vitest';
import type {
  DraftField,
  DraftSummary,
  IterationSummary,
  StatusChange,
} from '../domain/positioning';
import {
  findApprovalConflict,
  mergeTimeline,
  nextIterationNumber,
  sameContent,
  summarizeStatus,
} from './history-rules';

const text = { key: 'core', label: 'Core message', kind: 'text' as const, value: 'Ship faster.' };
const list = { key: 'proof', label: 'Proof', kind: 'list' as const, value: ['Acme', 'Globex'] };
const claims = {
  key: 'pillars',
  label: 'Pillars',
  kind: 'claims' as const,
  value: [{ text: 'Fast', proof: '2x' }],
};
const fields: DraftField[] = [text, list, claims];

const PARTNER_A = '00000000-0000-4000-8000-00000000000a';
const PARTNER_B = '00000000-0000-4000-8000-00000000000b';

function draft(id: number, patch: Partial<DraftSummary>): DraftSummary {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: `Draft ${id}`,
    audience: 'partner-sales',
    template: 'blank',
    status: 'draft',
    iterationCount: 0,
    ...patch,
  };
}

describe('sameContent', () => {
  it('is true for equal titles and fields, even as different objects', () => {
    expect(
      sameContent({ title: 'A', fields }, { title: 'A', fields: structuredClone(fields) }),
    ).toBe(true);
    expect(sameContent({ title: 'A', fields: [] }, { title: 'A', fields: [] })).toBe(true);
  });

  it('sees a changed title, text, list item, claim proof, label, order, count or kind', () => {
    const base = { title: 'A', fields };
    expect(sameContent(base, { title: 'B', fields })).toBe(false);
    const variants: DraftField[][] = [
      [{ ...text, value: 'Ship slower.' }, list, claims],
      [text, { ...list, value: ['Acme', 'Globex', 'Initech'] }, claims],
      [text, list, { ...claims, value: [{ text: 'Fast', proof: '3x' }] }],
      [{ ...text, label: 'Core' }, list, claims],
      [list, text, claims],
      [text, list],
      [{ key: 'core', label: 'Core message', kind: 'list', value: ['Ship faster.'] }, list, claims],
    ];
    for (const variant of variants) {
      expect(sameContent(base, { title: 'A', fields: variant }), JSON.stringify(variant)).toBe(
        false,
      );
    }
  });
});

describe('nextIterationNumber', () => {
  it('numbers iterations 1, 2, 3… from the count', () => {
    expect(nextIterationNumber({ iterationCount: 0 })).toBe(1);
    expect(nextIterationNumber({ iterationCount: 41 })).toBe(42);
  });
});

describe('findApprovalConflict', () => {
  const approving = draft(1, { partnerId: PARTNER_A, audience: 'partner-sales' });

  it('finds the approved draft of the same partner and audience', () => {
    const approved = draft(2, { partnerId: PARTNER_A, status: 'approved' });
    const others = [
      draft(3, { partnerId: PARTNER_A, status: 'in-review' }),
      draft(4, { partnerId: PARTNER_B, status: 'approved' }),
      draft(5, { partnerId: PARTNER_A, status: 'approved', audience: 'internal' }),
      draft(6, { status: 'approved' }),
    ];
    expect(findApprovalConflict([...others, approved], approving)).toBe(approved);
    expect(findApprovalConflict(others, approving)).toBeUndefined();
  });

  it('never conflicts with the draft itself', () => {
    expect(findApprovalConflict([{ ...approving, status: 'approved' }], approving)).toBeUndefined();
  });

  it('treats two company-wide drafts (no partner) as the same scope', () => {
    const company = draft(7, {});
    const approvedCompany = draft(8, { status: 'approved' });
    expect(findApprovalConflict([approvedCompany], company)).toBe(approvedCompany);
    expect(findApprovalConflict([approvedCompany], approving)).toBeUndefined();
  });
});

describe('summarizeStatus', () => {
  it('prefers approved, then in review, then draft, then retired; undefined without drafts', () => {
    expect(summarizeStatus(['retired', 'draft', 'approved', 'in-review'])).toBe('approved');
    expect(summarizeStatus(['retired', 'in-review', 'draft'])).toBe('in-review');
    expect(summarizeStatus(['retired', 'draft'])).toBe('draft');
    expect(summarizeStatus(['retired', 'retired'])).toBe('retired');
    expect(summarizeStatus([])).toBeUndefined();
  });
});

describe('mergeTimeline', () => {
  const DRAFT = '00000000-0000-4000-8000-000000000001';
  const iteration = (number: number, committedAt: string): IterationSummary => ({
    id: `00000000-0000-4000-8000-1000000000${String(number).padStart(2, '0')}`,
    createdAt: committedAt,
    updatedAt: committedAt,
    draftId: DRAFT,
    number,
    author: undefined,
    rationale: `Change ${number}`,
    title: 'T',
    audience: 'internal',
    status: 'draft',
    committedAt,
  });
  const change = (at: string): StatusChange => ({
    id: `00000000-0000-4000-8000-2000000000${at.slice(17, 19)}`,
    draftId: DRAFT,
    from: 'draft',
    to: 'in-review',
    at,
  });

  it('interleaves both lists newest first, an iteration first on a tie', () => {
    const t = (s: number) => `2026-01-01T00:00:${String(s).padStart(2, '0')}.000Z`;
    const entries = mergeTimeline(
      [iteration(3, t(30)), iteration(2, t(20)), iteration(1, t(10))],
      [change(t(25)), change(t(20)), change(t(5))],
    );
    expect(entries.map((e) => `${e.kind}@${e.at.slice(17, 19)}`)).toEqual([
      'iteration@30',
      'status@25',
      'iteration@20',
      'status@20',
      'iteration@10',
      'status@05',
    ]);
    expect(mergeTimeline([], [])).toEqual([]);
  });
});
