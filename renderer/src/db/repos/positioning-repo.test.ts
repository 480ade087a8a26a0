import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POSITIONING_TEMPLATES, type DraftField } from '../../../../shared/domain/positioning';
import { emptyFields } from '../../../../shared/positioning/templates';
import { ok, openPositioningKit, type PositioningKit } from './positioning-test-kit';

let kit: PositioningKit;
beforeEach(async () => {
  kit = await openPositioningKit();
});
afterEach(() => kit.close());

const core = (value: string): DraftField => ({
  key: 'core-message',
  label: 'Core message',
  kind: 'text',
  value,
});
const pillars: DraftField = { key: 'pillars', label: 'Pillars', kind: 'claims', value: [] };

describe('PositioningRepo.createDraft', () => {
  it('starts a draft from each template with its empty fields and no history', async () => {
    const partnerId = await kit.partner();
    for (const template of POSITIONING_TEMPLATES) {
      const draft = await kit.draft({ partnerId, title: `From ${template}` }, template);
      expect(draft).toMatchObject({
        partnerId,
        title: `From ${template}`,
        audience: 'partner-sales',
        template,
        status: 'draft',
        iterationCount: 0,
        fields: emptyFields(template),
      });
      expect(draft.headIterationId).toBeUndefined();
      expect(draft.copiedFrom).toBeUndefined();
      expect(await kit.positioning.getDraft(draft.id)).toEqual(draft);
    }
    const messageHouse = await kit.draft({}, 'message-house');
    expect(messageHouse.fields).toEqual([core(''), pillars]);
  });

  it('copies another draft from its latest iteration, not from later unsaved edits', async () => {
    const original = await kit.draft({ partnerId: await kit.partner('Harbor') });
    await kit.positioning.saveWorkingCopy(original.id, { fields: [core('Committed'), pillars] });
    const head = ok(await kit.positioning.commit(original.id, { rationale: 'First' }));
    await kit.positioning.saveWorkingCopy(original.id, { fields: [core('Unsaved'), pillars] });

    const otherPartner = await kit.partner('Nordic Cloud');
    const copy = ok(
      await kit.positioning.createDraft(
        { partnerId: otherPartner, title: 'Nordic pitch', audience: 'partner-customers' },
        { kind: 'copy', draftId: original.id },
      ),
    );
    expect(copy).toMatchObject({
      partnerId: otherPartner,
      title: 'Nordic pitch',
      audience: 'partner-customers',
      template: 'message-house',
      status: 'draft',
      iterationCount: 0,
      fields: [core('Committed'), pillars],
      copiedFrom: { draftId: original.id, iterationId: head.id },
    });
    expect(copy.headIterationId).toBeUndefined();
  });

  it('copies the working copy of a draft that has no iterations yet', async () => {
    const original = await kit.draft({}, 'joint-value-proposition');
    const fields = emptyFields('joint-value-proposition').map((field) =>
      field.kind === 'text' ? { ...field, value: `About ${field.key}` } : field,
    );
    ok(await kit.positioning.saveWorkingCopy(original.id, { fields }));
    const copy = ok(
      await kit.positioning.createDraft(
        { title: 'Company copy', audience: 'internal' },
        { kind: 'copy', draftId: original.id },
      ),
    );
    expect(copy.template).toBe('joint-value-proposition');
    expect(copy.fields).toEqual(fields);
    expect(copy.copiedFrom).toEqual({ draftId: original.id });
  });

  it('refuses a missing title, an unknown partner or a vanished source, writing nothing', async () => {
    expect(
      await kit.positioning.createDraft(
        { title: ' ', audience: 'internal' },
        { kind: 'template', template: 'blank' },
      ),
    ).toEqual({ ok: false, errors: { title: 'A draft needs a title.' } });
    expect(
      await kit.positioning.createDraft(
        { title: 'T', audience: 'internal', partnerId: crypto.randomUUID() },
        { kind: 'template', template: 'blank' },
      ),
    ).toEqual({ ok: false, errors: { partnerId: 'This partner no longer exists.' } });
    expect(
      await kit.positioning.createDraft(
        { title: 'T', audience: 'internal' },
        { kind: 'copy', draftId: crypto.randomUUID() },
      ),
    ).toEqual({ ok: false, errors: { _: 'The draft to copy no longer exists.' } });
    expect(await kit.db.positioningDrafts.count()).toBe(0);
    expect(kit.changes.filter((c) => c.table === 'positioningDrafts')).toEqual([]);
  });

  it('reports the new draft and its partner to the change feed', async () => {
    const partnerId = await kit.partner();
    kit.changes.length = 0;
    const draft = await kit.draft({ partnerId });
    expect(kit.changes).toEqual([
      { table: 'positioningDrafts', ids: [draft.id] },
      { table: 'partners', ids: [partnerId] },
    ]);
  });
});

describe('PositioningRepo.saveWorkingCopy', () => {
  it('autosaves the title and fields, and reports the draft once written', async () => {
    const draft = await kit.draft();
    kit.changes.length = 0;
    const saved = ok(
      await kit.positioning.saveWorkingCopy(draft.id, {
        title: '  Renamed  ',
        fields: [core('Partners close faster with us.'), pillars],
      }),
    );
    expect(saved.title).toBe('Renamed');
    expect(saved.updatedAt >= draft.updatedAt).toBe(true);
    expect(await kit.positioning.getDraft(draft.id)).toEqual(saved);
    expect(kit.changes).toEqual([{ table: 'positioningDrafts', ids: [draft.id] }]);

    const onlyTitle = ok(await kit.positioning.saveWorkingCopy(draft.id, { title: 'Again' }));
    expect(onlyTitle.fields).toEqual(saved.fields);
  });

  it('writes nothing when nothing changed', async () => {
    const draft = await kit.draft();
    kit.changes.length = 0;
    const same = ok(await kit.positioning.saveWorkingCopy(draft.id, { fields: draft.fields }));
    expect(same).toEqual(draft);
    expect(kit.changes).toEqual([]);
  });

  it('refuses an oversized field with the schema message, and writes nothing', async () => {
    const draft = await kit.draft();
    const result = await kit.positioning.saveWorkingCopy(draft.id, {
      title: 'New title',
      fields: [core('x'.repeat(100_001)), pillars],
    });
    // The message is the schema's, naming the field and its size.
    expect(result).toEqual({
      ok: false,
      errors: {
        'fields.0.value': expect.stringMatching(
          /^“Core message” holds 100,001 characters; a field holds at most 100,000/,
        ) as unknown,
      },
    });
    expect(await kit.positioning.getDraft(draft.id)).toEqual(draft);
  });

  it('refuses to save a draft that no longer exists', async () => {
    expect(await kit.positioning.saveWorkingCopy(crypto.randomUUID(), { title: 'X' })).toEqual({
      ok: false,
      errors: { _: 'This draft no longer exists; it may have been deleted.' },
    });
  });
});

describe('PositioningRepo listing', () => {
  it('lists every draft without fields, most recently changed first', async () => {
    // Apart by a few milliseconds, so that the order does not rest on a tie.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 3));
    const partnerId = await kit.partner();
    const first = await kit.draft({ partnerId, title: 'First' });
    await pause();
    const company = await kit.draft({ title: 'Company' });
    await pause();
    const second = await kit.draft({ partnerId, title: 'Second' });
    await pause();
    ok(await kit.positioning.saveWorkingCopy(first.id, { title: 'First, edited' }));

    const all = await kit.positioning.listDrafts();
    expect(all.map((d) => d.title)).toEqual(['First, edited', 'Second', 'Company']);
    expect(all.some((d) => 'fields' in d)).toBe(false);

    const ofPartner = await kit.positioning.draftsOf(partnerId);
    expect(ofPartner.map((d) => d.id)).toEqual([first.id, second.id]);
    expect((await kit.positioning.draftsOf(undefined)).map((d) => d.id)).toEqual([company.id]);
    expect(await kit.positioning.draftsOf(crypto.randomUUID())).toEqual([]);
  });
});
