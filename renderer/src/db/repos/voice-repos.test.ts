import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDeletion } from '../../../../shared/domain/revision';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let dbName: string;
let partnerId: string;
const extra: WorkbookDatabase[] = [];

async function openDatabase(): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  extra.push(db);
  return db;
}

beforeEach(async () => {
  dbName = `voice-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  partnerId = value(await workbook.partners.create({ name: 'Baltic Data', stage: 'active' })).id;
});

afterEach(async () => {
  for (const db of extra.splice(0)) db.close();
  workbook.close();
  await Dexie.delete(dbName);
});

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const GONE_PARTNER = {
  ok: false,
  errors: { _: 'This partner no longer exists; it may have been deleted.' },
};

const trend = (observedAt: string, text: string, impact = 'high') => ({
  partnerId,
  section: 'trends',
  observedAt,
  trend: text,
  impact,
});

const said = (date: string, extra: Record<string, unknown> = {}) => ({
  speakerKind: 'customer',
  speakerName: 'Ana Tamm',
  speakerOrganisation: 'Nordic Retail',
  date,
  words: 'Setup took a week.',
  theme: 'Onboarding',
  sentiment: 'negative',
  partnerId,
  ...extra,
});

const decided = (date: string, feedbackIds: string[] = []) => ({
  scope: 'partnership',
  partnerId,
  context: 'Renewal is due.',
  optionsConsidered: ['Renew', 'Let it lapse'],
  decision: 'Renew for two years.',
  date,
  decidedBy: 'Liis',
  feedbackIds,
});

describe('the intelligence repository', () => {
  it('lists a partner’s entries newest first, by section, with a revision and a tombstone', async () => {
    const { intelligence } = workbook;
    const old = value(await intelligence.create(trend('2025-01-10', 'Vendor consolidation')));
    const recent = value(
      await intelligence.create({
        partnerId,
        section: 'competition',
        observedAt: '2025-09-01',
        competitor: ' Acme ',
        competitionKind: 'competing-alliance',
        source: { kind: 'link', url: 'acme.com/news' },
      }),
    );
    expect(recent).toMatchObject({
      competitor: 'Acme',
      source: { kind: 'link', url: 'https://acme.com/news' },
    });
    expect((await intelligence.entriesOf(partnerId)).map((e) => e.id)).toEqual([recent.id, old.id]);
    const bySection = await intelligence.bySectionOf(partnerId);
    expect(bySection.trends.map((e) => e.trend)).toEqual(['Vendor consolidation']);
    expect(bySection.customers).toEqual([]);
    expect(await intelligence.sectionOf(partnerId, 'competition')).toHaveLength(1);

    expect(value(await intelligence.update(old.id, { ...old, impact: 'low' }))).toMatchObject({
      impact: 'low',
    });
    const removed = await intelligence.remove(old.id);
    expect(removed).toMatchObject({ id: old.id, impact: 'low' });
    const db = await openDatabase();
    expect(await db.tombstones.get(old.id)).toMatchObject({ table: 'intelligenceEntries' });
    const history = await db.revisions.get(['intelligenceEntries', old.id]);
    expect(history?.revs).toHaveLength(3);
    expect(isDeletion(history?.revs[0] ?? '')).toBe(true);
    if (removed) await intelligence.restore(removed);
    expect(await intelligence.get(old.id)).toMatchObject({ impact: 'low' });
    expect(await db.tombstones.get(old.id)).toBeUndefined();
  });

  it('refuses bad input, a missing partner, a move and a javascript: source, writing nothing', async () => {
    const { intelligence } = workbook;
    expect(await intelligence.create({ ...trend('2025-01-10', ''), impact: 'huge' })).toEqual({
      ok: false,
      errors: { trend: 'Describe the trend.', impact: 'Choose how much the trend matters.' },
    });
    expect(
      await intelligence.create({ ...trend('2025-01-10', 'X'), partnerId: crypto.randomUUID() }),
    ).toEqual(GONE_PARTNER);
    const refused = await intelligence.create({
      ...trend('2025-01-10', 'X'),
      source: { kind: 'link', url: 'javascript:alert(1)' },
    });
    expect(refused).toEqual({
      ok: false,
      errors: { 'source.url': 'Only http:// and https:// links are allowed.' },
    });
    const entry = value(await intelligence.create(trend('2025-01-10', 'X')));
    const other = value(await workbook.partners.create({ name: 'Other', stage: 'active' }));
    expect(await intelligence.update(entry.id, { ...entry, partnerId: other.id })).toEqual({
      ok: false,
      errors: { _: 'An intelligence entry cannot move to another partner.' },
    });
    expect(await intelligence.entriesOf(partnerId)).toEqual([entry]);
  });

  it('reads competition and trends across partners, and leaves the other sections out', async () => {
    const { intelligence } = workbook;
    const other = value(await workbook.partners.create({ name: 'Nordic Cloud', stage: 'active' }));
    value(await intelligence.create(trend('2025-03-01', 'AI assistants')));
    value(
      await intelligence.create({
        partnerId: other.id,
        section: 'competition',
        observedAt: '2025-04-01',
        competitor: 'Acme',
        competitionKind: 'joint-offer-competitor',
      }),
    );
    value(
      await intelligence.create({
        partnerId,
        section: 'customers',
        observedAt: '2025-05-01',
        accountName: 'Nordic Retail',
        accountStatus: 'shared',
      }),
    );
    const market = await intelligence.competitionAndTrends();
    expect(market.map((e) => e.section)).toEqual(['competition', 'trends']);
  });
});

describe('the feedback repository', () => {
  it('records feedback and filters the log by partner, theme (any case) and sentiment', async () => {
    const { feedback } = workbook;
    const other = value(await workbook.partners.create({ name: 'Nordic Cloud', stage: 'active' }));
    const a = value(await feedback.create(said('2025-02-01')));
    const b = value(
      await feedback.create(said('2025-03-01', { theme: 'pricing', sentiment: 'positive' })),
    );
    const c = value(
      await feedback.create(said('2025-01-01', { partnerId: other.id, theme: ' onboarding ' })),
    );
    const d = value(await feedback.create(said('2025-04-01', { partnerId: undefined })));
    expect((await feedback.list()).map((f) => f.id)).toEqual([d.id, b.id, a.id, c.id]);
    expect((await feedback.list({ partnerId })).map((f) => f.id)).toEqual([b.id, a.id]);
    expect((await feedback.list({ theme: 'ONBOARDING' })).map((f) => f.id)).toEqual([
      d.id,
      a.id,
      c.id,
    ]);
    expect((await feedback.list({ sentiment: 'positive' })).map((f) => f.id)).toEqual([b.id]);
    expect(await feedback.themes()).toEqual(['Onboarding', 'pricing']);
  });

  it('refuses bad input, a missing partner and a missing iteration', async () => {
    const { feedback } = workbook;
    expect(await feedback.create(said('2025-02-30', { words: ' ', sentiment: 'angry' }))).toEqual({
      ok: false,
      errors: {
        date: 'Enter a date like 2025-06-30.',
        words: 'Write down what they said.',
        sentiment: 'Choose a sentiment.',
      },
    });
    expect(await feedback.create(said('2025-02-01', { partnerId: crypto.randomUUID() }))).toEqual(
      GONE_PARTNER,
    );
    expect(
      await feedback.create(said('2025-02-01', { positioningIterationId: crypto.randomUUID() })),
    ).toEqual({
      ok: false,
      errors: { _: 'The positioning iteration this feedback is evidence for no longer exists.' },
    });
    expect(await feedback.list()).toEqual([]);
  });

  it('links feedback to a positioning iteration as its evidence', async () => {
    const { positioning, feedback } = workbook;
    const draft = value(
      await positioning.createDraft(
        { title: 'Pitch', audience: 'partner-sales', partnerId },
        { kind: 'template', template: 'message-house' },
      ),
    );
    value(await positioning.saveWorkingCopy(draft.id, { title: 'Pitch v1' }));
    const iteration = value(await positioning.commit(draft.id, { rationale: 'First cut' }));
    const evidence = value(
      await feedback.create(said('2025-02-01', { positioningIterationId: iteration.id })),
    );
    value(await feedback.create(said('2025-02-02')));
    expect(await feedback.evidenceFor(iteration.id)).toEqual([evidence]);
  });
});

describe('the decision repository', () => {
  it('links decisions to feedback, finds those without voice, and what a feedback informed', async () => {
    const { feedback, decisions } = workbook;
    const heard = value(await feedback.create(said('2025-02-01')));
    const withVoice = value(await decisions.create(decided('2025-03-01', [heard.id, heard.id])));
    expect(withVoice.feedbackIds).toEqual([heard.id]);
    const without = value(await decisions.create(decided('2025-04-01')));
    const all = await decisions.list();
    expect(all.map((l) => [l.decision.id, l.voice.voice, l.feedback.length])).toEqual([
      [without.id, 'without-voice', 0],
      [withVoice.id, 'with-voice', 1],
    ]);
    expect((await decisions.list({ withoutVoice: true })).map((l) => l.decision.id)).toEqual([
      without.id,
    ]);
    expect((await decisions.informedBy(heard.id)).map((d) => d.id)).toEqual([withVoice.id]);
    expect((await decisions.listing(withVoice.id))?.feedback).toEqual([heard]);

    // Deleting the feedback leaves the link, now counted missing; an undo brings the voice back.
    const removed = await feedback.remove(heard.id);
    expect((await decisions.listing(withVoice.id))?.voice).toEqual({
      voice: 'without-voice',
      count: 0,
      missing: 1,
    });
    const edited = await decisions.update(withVoice.id, { ...withVoice, decidedBy: 'Mari' });
    expect(value(edited).feedbackIds).toEqual([heard.id]);
    if (removed) await feedback.restore(removed);
    expect((await decisions.list({ withoutVoice: true })).map((l) => l.decision.id)).toEqual([
      without.id,
    ]);
  });

  it('refuses a link to feedback that does not exist and a missing partner, writing nothing', async () => {
    const { decisions } = workbook;
    expect(await decisions.create(decided('2025-03-01', [crypto.randomUUID()]))).toEqual({
      ok: false,
      errors: {
        _: 'One of the linked feedback entries no longer exists; unlink it and save again.',
      },
    });
    expect(
      await decisions.create({ ...decided('2025-03-01'), partnerId: crypto.randomUUID() }),
    ).toEqual(GONE_PARTNER);
    expect(await decisions.create({ ...decided('2025-03-01'), decision: '', scope: 'x' })).toEqual({
      ok: false,
      errors: {
        scope: 'Choose what the decision is about.',
        decision: 'Write down the decision.',
      },
    });
    expect(await decisions.list()).toEqual([]);
  });

  it('deletes a decision with a tombstone and restores it', async () => {
    const { decisions } = workbook;
    const decision = value(await decisions.create(decided('2025-03-01')));
    const removed = await decisions.remove(decision.id);
    expect(await decisions.list()).toEqual([]);
    const db = await openDatabase();
    expect(await db.tombstones.get(decision.id)).toMatchObject({ table: 'decisions' });
    if (removed) await decisions.restore(removed);
    expect((await decisions.list()).map((l) => l.decision)).toEqual([decision]);
  });
});
