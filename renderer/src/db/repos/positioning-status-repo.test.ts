import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { draftSummary } from './positioning-records';
import { openPositioningKit, type PositioningKit } from './positioning-test-kit';

let kit: PositioningKit;
beforeEach(async () => {
  kit = await openPositioningKit();
});
afterEach(() => kit.close());

async function approved(input: Parameters<PositioningKit['draft']>[0]): Promise<PositioningDraft> {
  const draft = await kit.draft(input);
  const result = await kit.positioning.setStatus(draft.id, 'approved', {});
  if (!result.ok) throw new Error('approval failed');
  return result.value;
}

describe('PositioningRepo.setStatus', () => {
  it('changes the status and records the change, with the author from the settings', async () => {
    await kit.settings.setAuthor('Liis Tamm');
    const partnerId = await kit.partner();
    const draft = await kit.draft({ partnerId });
    kit.changes.length = 0;
    const result = await kit.positioning.setStatus(draft.id, 'in-review', { note: ' For Maya ' });
    expect(result.ok && result.value).toMatchObject({ id: draft.id, status: 'in-review' });
    expect(await kit.positioning.getDraft(draft.id)).toMatchObject({ status: 'in-review' });

    const [entry, ...rest] = await kit.positioning.timeline(draft.id);
    expect(rest).toEqual([]);
    expect(entry?.kind === 'status' && entry.change).toMatchObject({
      draftId: draft.id,
      from: 'draft',
      to: 'in-review',
      author: 'Liis Tamm',
      note: 'For Maya',
    });
    expect(kit.changes).toEqual([
      { table: 'positioningDrafts', ids: [draft.id] },
      { table: 'partners', ids: [partnerId] },
    ]);
  });

  it('refuses the status a draft already has, writing nothing', async () => {
    const draft = await kit.draft();
    expect(await kit.positioning.setStatus(draft.id, 'draft', {})).toEqual({
      ok: false,
      errors: { _: 'This draft is already a draft.' },
    });
    expect(await kit.db.positioningStatusChanges.count()).toBe(0);
    expect(await kit.positioning.getDraft(draft.id)).toEqual(draft);
  });

  it('refuses a status that does not exist', async () => {
    const draft = await kit.draft();
    const result = await kit.positioning.setStatus(draft.id, 'done' as 'approved', {});
    expect(result.ok).toBe(false);
    expect(await kit.db.positioningStatusChanges.count()).toBe(0);
  });
});

describe('one approved draft per partner and audience', () => {
  it('reports the approved draft in the way, and writes nothing', async () => {
    const partnerId = await kit.partner();
    const first = await approved({ partnerId, title: 'First' });
    const second = await kit.draft({ partnerId, title: 'Second' });
    const changesBefore = await kit.db.positioningStatusChanges.count();

    const result = await kit.positioning.setStatus(second.id, 'approved', {});
    expect(result).toEqual({ ok: false, conflict: draftSummary(first) });
    expect(await kit.positioning.getDraft(second.id)).toEqual(second);
    expect(await kit.positioning.getDraft(first.id)).toEqual(first);
    expect(await kit.db.positioningStatusChanges.count()).toBe(changesBefore);
  });

  it('retires the approved draft when asked, each with its own recorded change', async () => {
    const partnerId = await kit.partner();
    const first = await approved({ partnerId, title: 'First' });
    const second = await kit.draft({ partnerId, title: 'Second' });
    kit.changes.length = 0;

    const result = await kit.positioning.setStatus(second.id, 'approved', {
      retireApproved: true,
      author: 'Maya',
    });
    expect(result.ok && result.value.status).toBe('approved');
    expect(await kit.positioning.getDraft(first.id)).toMatchObject({ status: 'retired' });
    const [retiring] = await kit.positioning.timeline(first.id);
    expect(retiring?.kind === 'status' && retiring.change).toMatchObject({
      from: 'approved',
      to: 'retired',
      author: 'Maya',
      note: 'Retired when “Second” was approved.',
    });
    const [approving] = await kit.positioning.timeline(second.id);
    expect(approving?.kind === 'status' && approving.change).toMatchObject({
      from: 'draft',
      to: 'approved',
    });
    expect(kit.changes).toEqual([
      { table: 'positioningDrafts', ids: [second.id, first.id] },
      { table: 'partners', ids: [partnerId] },
    ]);
  });

  it('lets other audiences, other partners and the company be approved side by side', async () => {
    const partnerId = await kit.partner();
    await approved({ partnerId, audience: 'partner-sales' });
    await approved({ partnerId, audience: 'partner-customers' });
    await approved({ partnerId: await kit.partner('Harbor'), audience: 'partner-sales' });
    await approved({ audience: 'partner-sales' });
    expect((await kit.positioning.listDrafts()).every((d) => d.status === 'approved')).toBe(true);
  });

  it('applies to company-wide drafts too', async () => {
    await approved({ partnerId: await kit.partner(), audience: 'internal' });
    const company = await approved({ title: 'Company', audience: 'internal' });
    const next = await kit.draft({ title: 'Company v2', audience: 'internal' });
    expect(await kit.positioning.setStatus(next.id, 'approved', {})).toEqual({
      ok: false,
      conflict: draftSummary(company),
    });
  });
});
