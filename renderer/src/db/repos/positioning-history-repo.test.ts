import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftField, PositioningDraft } from '../../../../shared/domain/positioning';
import { ok, openPositioningKit, type PositioningKit } from './positioning-test-kit';

let kit: PositioningKit;
beforeEach(async () => {
  kit = await openPositioningKit();
});
afterEach(() => kit.close());

const message = (value: string): DraftField[] => [
  { key: 'core-message', label: 'Core message', kind: 'text', value },
  { key: 'pillars', label: 'Pillars', kind: 'claims', value: [{ text: 'Fast', proof: '2x' }] },
];

// Edits the working copy, then commits it.
async function iterate(draft: PositioningDraft, value: string) {
  ok(await kit.positioning.saveWorkingCopy(draft.id, { fields: message(value) }));
  return ok(await kit.positioning.commit(draft.id, { rationale: `Now: ${value}` }));
}

describe('PositioningRepo.commit', () => {
  it('numbers iterations 1, 2, 3 and chains each to its parent', async () => {
    const draft = await kit.draft({ partnerId: await kit.partner() });
    const one = await iterate(draft, 'One');
    const two = await iterate(draft, 'Two');
    const three = await iterate(draft, 'Three');
    expect([one.number, two.number, three.number]).toEqual([1, 2, 3]);
    expect([one.parentId, two.parentId, three.parentId]).toEqual([undefined, one.id, two.id]);
    expect(await kit.positioning.getDraft(draft.id)).toMatchObject({
      headIterationId: three.id,
      iterationCount: 3,
      fields: message('Three'),
    });
    expect(await kit.positioning.iteration(two.id)).toEqual(two);
  });

  it('records the working copy with its title, audience, status and the commit form', async () => {
    await kit.settings.setAuthor('Liis Tamm');
    const draft = await kit.draft({ title: 'Pitch', audience: 'partner-customers' });
    ok(await kit.positioning.setStatus(draft.id, 'in-review', {}));
    ok(await kit.positioning.saveWorkingCopy(draft.id, { fields: message('Hello') }));
    const first = ok(
      await kit.positioning.commit(draft.id, {
        rationale: '  Reworded after the QBR  ',
        evidence: 'Three partners asked for it.',
        evidenceUrl: 'https://example.com/qbr',
      }),
    );
    expect(first).toMatchObject({
      draftId: draft.id,
      number: 1,
      title: 'Pitch',
      audience: 'partner-customers',
      status: 'in-review',
      fields: message('Hello'),
      rationale: 'Reworded after the QBR',
      evidence: 'Three partners asked for it.',
      evidenceUrl: 'https://example.com/qbr',
      author: 'Liis Tamm',
    });
    expect(first.committedAt).toBe(first.createdAt);
    ok(await kit.positioning.saveWorkingCopy(draft.id, { title: 'Pitch 2' }));
    const second = ok(
      await kit.positioning.commit(draft.id, { rationale: 'Title', author: 'Maya' }),
    );
    expect(second).toMatchObject({ title: 'Pitch 2', author: 'Maya' });
  });

  it('commits an untouched new draft once, then refuses until something changes', async () => {
    const draft = await kit.draft();
    ok(await kit.positioning.commit(draft.id, { rationale: 'Starting point' }));
    expect(await kit.positioning.commit(draft.id, { rationale: 'Again' })).toEqual({
      ok: false,
      errors: { _: 'Nothing has changed since iteration 1.' },
    });
    await iterate(draft, 'Changed');
    ok(await kit.positioning.saveWorkingCopy(draft.id, { title: 'Renamed' }));
    ok(await kit.positioning.saveWorkingCopy(draft.id, { title: 'Sales pitch' }));
    expect(await kit.positioning.commit(draft.id, { rationale: 'Back' })).toEqual({
      ok: false,
      errors: { _: 'Nothing has changed since iteration 2.' },
    });
    expect(await kit.db.positioningIterations.count()).toBe(2);
  });

  it('refuses an invalid commit form and writes nothing', async () => {
    const draft = await kit.draft();
    expect(await kit.positioning.commit(draft.id, { rationale: '  ' })).toEqual({
      ok: false,
      errors: { rationale: 'Say why this change was made.' },
    });
    expect(
      await kit.positioning.commit(draft.id, { rationale: 'Why', evidenceUrl: 'ftp://x' }),
    ).toEqual({ ok: false, errors: { evidenceUrl: 'A link starts with http:// or https://.' } });
    expect(await kit.db.positioningIterations.count()).toBe(0);
    expect(await kit.positioning.getDraft(draft.id)).toEqual(draft);
  });

  it('leaves the head iteration and the working copy intact when the write fails', async () => {
    const draft = await kit.draft();
    const one = await iterate(draft, 'One');
    ok(await kit.positioning.saveWorkingCopy(draft.id, { fields: message('Unsaved edit') }));
    const before = await kit.positioning.getDraft(draft.id);
    kit.changes.length = 0;

    // The summary is the last record the commit adds before updating the draft: failing there
    // proves the iteration added just before it is rolled back too.
    const failing = vi
      .spyOn(kit.db.positioningIterationSummaries, 'add')
      .mockRejectedValueOnce(new Error('Disk full'));
    await expect(kit.positioning.commit(draft.id, { rationale: 'Lost?' })).rejects.toThrow(
      'Disk full',
    );
    failing.mockRestore();

    expect(await kit.positioning.getDraft(draft.id)).toEqual(before);
    expect(await kit.db.positioningIterations.count()).toBe(1);
    expect(await kit.positioning.iterationsOf(draft.id)).toHaveLength(1);
    expect(kit.changes).toEqual([]);
    const two = ok(await kit.positioning.commit(draft.id, { rationale: 'Retry' }));
    expect(two).toMatchObject({ number: 2, parentId: one.id, fields: message('Unsaved edit') });
  });
});

describe('iterations are append-only', () => {
  it('never change once committed, whatever happens to the draft afterwards', async () => {
    const draft = await kit.draft({ partnerId: await kit.partner() });
    await iterate(draft, 'One');
    await iterate(draft, 'Two');
    const snapshot = await kit.db.positioningIterations.toArray();
    const summaries = await kit.db.positioningIterationSummaries.toArray();

    await iterate(draft, 'Three');
    const [first] = await kit.positioning.iterationsOf(draft.id);
    ok(await kit.positioning.restore(draft.id, first?.id ?? '', {}));
    ok(await kit.positioning.setStatus(draft.id, 'approved', {}));
    ok(await kit.positioning.saveWorkingCopy(draft.id, { title: 'Renamed', fields: [] }));

    const later = await kit.db.positioningIterations.bulkGet(snapshot.map((i) => i.id));
    expect(later).toEqual(snapshot);
    expect(await kit.db.positioningIterationSummaries.bulkGet(summaries.map((s) => s.id))).toEqual(
      summaries,
    );
    expect(await kit.db.positioningIterations.count()).toBe(4);
  });
});

describe('PositioningRepo.restore', () => {
  it('adds a new iteration equal in content to the old one, and resets the working copy', async () => {
    const draft = await kit.draft();
    const one = await iterate(draft, 'One');
    await iterate(draft, 'Two');
    ok(await kit.positioning.saveWorkingCopy(draft.id, { title: 'Renamed' }));
    const three = ok(await kit.positioning.commit(draft.id, { rationale: 'Rename' }));

    const four = ok(await kit.positioning.restore(draft.id, one.id, { author: 'Maya' }));
    expect(four).toMatchObject({
      number: 4,
      parentId: three.id,
      title: one.title,
      fields: one.fields,
      rationale: 'Restored iteration 1.',
      restoredFrom: 1,
      author: 'Maya',
    });
    expect(four.id).not.toBe(one.id);
    expect(await kit.positioning.getDraft(draft.id)).toMatchObject({
      title: 'Sales pitch',
      fields: message('One'),
      headIterationId: four.id,
      iterationCount: 4,
    });
  });

  it('refuses when the latest iteration already holds that content', async () => {
    const draft = await kit.draft();
    const one = await iterate(draft, 'One');
    expect(await kit.positioning.restore(draft.id, one.id, {})).toEqual({
      ok: false,
      errors: { _: 'Iteration 1 is already the latest iteration.' },
    });
    await iterate(draft, 'Two');
    ok(await kit.positioning.restore(draft.id, one.id, {}));
    expect(await kit.positioning.restore(draft.id, one.id, {})).toEqual({
      ok: false,
      errors: { _: 'Iteration 3 already holds the content of iteration 1.' },
    });
  });

  it('refuses an iteration of another draft', async () => {
    const draft = await kit.draft();
    const other = await kit.draft({ title: 'Other' });
    const foreign = await iterate(other, 'Elsewhere');
    expect(await kit.positioning.restore(draft.id, foreign.id, {})).toEqual({
      ok: false,
      errors: { _: 'That iteration is not part of this draft.' },
    });
    expect(await kit.db.positioningIterations.count()).toBe(1);
  });
});

describe('PositioningRepo timeline and pickers', () => {
  it('lists iterations and status changes newest first, and iterations oldest first', async () => {
    const draft = await kit.draft();
    // Apart by a few milliseconds, so that the order does not rest on a tie.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 3));
    const one = await iterate(draft, 'One');
    await pause();
    ok(await kit.positioning.setStatus(draft.id, 'in-review', { note: 'Ready' }));
    await pause();
    const two = await iterate(draft, 'Two');

    const timeline = await kit.positioning.timeline(draft.id);
    expect(
      timeline.map((e) => (e.kind === 'iteration' ? e.iteration.number : e.change.to)),
    ).toEqual([2, 'in-review', 1]);
    const [latest] = timeline;
    expect(latest?.kind === 'iteration' && latest.iteration).toMatchObject({
      id: two.id,
      rationale: 'Now: Two',
    });
    expect(latest?.kind === 'iteration' && 'fields' in latest.iteration).toBe(false);

    const picker = await kit.positioning.iterationsOf(draft.id);
    expect(picker.map((i) => i.id)).toEqual([one.id, two.id]);
    expect(await kit.positioning.timeline(crypto.randomUUID())).toEqual([]);
  });
});
