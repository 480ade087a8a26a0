/**
 * The database image generator. build/scripts/db-images.mjs copies this folder into a checkout of
 * an older commit, bundles it there against THAT commit's repositories and runs it under
 * fake-indexeddb: it writes a small but complete workbook through whatever repositories the
 * version has (found at run time, since older versions have fewer), then dumps the raw database.
 * Everything is deterministic (seeded ids, a fake clock), so a rerun at the same commit writes
 * the same image.
 */
import 'fake-indexeddb/auto';
import { GENERATED_AT } from './deterministic';
import { writeFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import * as positioningDomain from '../../../shared/domain/positioning';
import { openWorkbook, type Workbook } from '../../../renderer/src/db/workbook';
import { dumpImage } from './dump-image';
import { imageJsonReplacer, type DatabaseImage } from './image-format';

const DB_NAME = 'partner-workbook';

type Result<T> = { ok: true; value: T } | { ok: false; errors?: unknown; conflict?: unknown };

function must<T>(what: string, result: Result<T>): T {
  if (!result.ok) throw new Error(`${what} was refused: ${JSON.stringify(result)}`);
  return result.value;
}

// Older versions lack repositories; each step runs only where the version has them.
type Loose = Partial<Workbook>;

interface PartnerLike {
  id: string;
  stage: string;
  tier: string;
}

async function partnerIds(): Promise<string[]> {
  // Read raw: listing partners has changed name across versions, the table never has.
  const db = new Dexie(DB_NAME);
  await db.open();
  try {
    const partners = (await db.table('partners').toArray()) as { id: string; name: string }[];
    return partners.sort((a, b) => a.name.localeCompare(b.name)).map((p) => p.id);
  } finally {
    db.close();
  }
}

async function editPartners(wb: Loose, ids: string[]): Promise<void> {
  const repo = wb.partners;
  if (!repo) throw new Error('Every version has a partner repository.');
  const moves: [number, string, string][] = [
    [0, 'active', 'gold'],
    [1, 'at-risk', 'silver'],
    [2, 'growing', 'platinum'],
  ];
  for (const [index, stage, tier] of moves) {
    const id = ids[index] ?? '';
    const partner = (await repo.get(id)) as PartnerLike | undefined;
    if (!partner) throw new Error(`Partner ${id} is missing.`);
    const contacts = await repo.contactsOf(id);
    must('A partner edit', await repo.update(id, { ...partner, stage, tier }, contacts));
  }
  must(
    'A new partner',
    await repo.create({ name: 'Baltic Data OÜ', stage: 'onboarding', tier: 'registered' }, [
      {
        id: crypto.randomUUID(),
        name: 'Liis Kask',
        role: 'Alliances lead',
        email: 'liis@baltic.example',
      },
      { id: crypto.randomUUID(), name: 'Mart Saar', email: 'mart@baltic.example' },
    ]),
  );
  must('A new partner', await repo.create({ name: 'Nordic Cloud AB', stage: 'prospect' }, []));
  // One deleted partner: a tombstone from version 4 on.
  await repo.remove(ids[ids.length - 1] ?? '');
}

async function writePositioning(wb: Loose, ids: string[]): Promise<void> {
  const repo = wb.positioning;
  if (!repo) {
    await writeLegacyPositioning(ids);
    return;
  }
  const plans = [
    { partnerId: ids[0], title: 'Joint pitch', template: 'message-house', to: 'approved' },
    { partnerId: ids[1], title: 'Partner value', template: 'positioning-statement', to: 'retired' },
    { title: 'Company statement', template: 'positioning-canvas', to: 'in-review' },
  ] as const;
  for (const [n, plan] of plans.entries()) {
    const { to, template, ...input } = plan;
    const draft = must(
      'A draft',
      await repo.createDraft(
        { ...input, audience: 'partner-sales' },
        { kind: 'template', template },
      ),
    );
    for (let round = 1; round <= 3; round += 1) {
      const fields = draft.fields.map((field) =>
        field.kind === 'text' ? { ...field, value: `${plan.title}: round ${round} (${n})` } : field,
      );
      must('A working copy', await repo.saveWorkingCopy(draft.id, { fields }));
      must('A commit', await repo.commit(draft.id, { rationale: `Round ${round} of ${n}` }));
    }
    must('A status change', await repo.setStatus(draft.id, 'in-review', { note: 'For review' }));
    if (to !== 'in-review') must('A status change', await repo.setStatus(draft.id, 'approved', {}));
    if (to === 'retired') must('A status change', await repo.setStatus(draft.id, 'retired', {}));
  }
}

/**
 * Versions 1 and 2 had the positioning tables and their schemas but no repository yet: the drafts
 * are written as those versions' own schemas define them (fields as a plain object), which is
 * what version 3's upgrade moves to its list of fields.
 */
async function writeLegacyPositioning(ids: string[]): Promise<void> {
  const schemas = positioningDomain as unknown as Record<string, { parse(v: unknown): unknown }>;
  const draftSchema = schemas.positioningDraftSchema;
  const iterationSchema = schemas.positioningIterationSchema;
  if (!draftSchema || !iterationSchema) throw new Error('No positioning schema in this version.');
  const db = new Dexie(DB_NAME);
  await db.open();
  try {
    for (const [n, partnerId] of [ids[0], ids[1], undefined].entries()) {
      const at = new Date().toISOString();
      const draftId = crypto.randomUUID();
      const iterationIds: string[] = [];
      for (let round = 1; round <= 2; round += 1) {
        const id = crypto.randomUUID();
        await db.table('positioningIterations').add(
          iterationSchema.parse({
            id,
            createdAt: at,
            updatedAt: at,
            draftId,
            number: round,
            ...(iterationIds.length ? { parentId: iterationIds[iterationIds.length - 1] } : {}),
            author: 'Liis Tamm',
            rationale: `Round ${round}`,
            fields: {
              targetCustomer: `Mid-size retailers (${round})`,
              proofPoints: ['Fast', 'Local'],
            },
            committedAt: new Date().toISOString(),
          }),
        );
        iterationIds.push(id);
      }
      await db.table('positioningDrafts').add(
        draftSchema.parse({
          id: draftId,
          createdAt: at,
          updatedAt: new Date().toISOString(),
          ...(partnerId ? { partnerId } : {}),
          title: `Legacy draft ${n + 1}`,
          audience: 'partner-customers',
          template: 'positioning-statement',
          status: n === 0 ? 'approved' : 'draft',
          fields: { targetCustomer: 'Mid-size retailers', proofPoints: ['Fast', 'Local', 'Cheap'] },
          headIterationId: iterationIds[iterationIds.length - 1],
        }),
      );
    }
  } finally {
    db.close();
  }
}

async function writeStrategy(wb: Loose, ids: string[]): Promise<void> {
  const [a = '', b = '', c = ''] = ids;
  const year = { start: '2026-01-01', end: '2026-12-31' };
  if (wb.companyGoals) {
    const unit = { kind: 'money', currency: 'EUR' };
    must(
      'A goal',
      await wb.companyGoals.create({
        title: 'Partner-sourced ARR',
        measure: 'ARR',
        target: 50_000_000,
        unit,
        period: year,
      }),
    );
  }
  if (wb.plans) {
    must('A plan', await wb.plans.create({ partnerId: a, period: year, status: 'in-progress' }));
    must('A plan', await wb.plans.create({ partnerId: b, period: year, status: 'draft' }));
  }
  if (wb.investments) {
    const spent = [];
    for (const [partnerId, date] of [
      [a, '2026-01-10'],
      [a, '2026-02-14'],
      [b, '2026-03-01'],
    ] as const) {
      spent.push(
        must(
          'An investment',
          await wb.investments.create({
            partnerId,
            date,
            tag: 'enablement',
            kind: 'time',
            hours: 2.5,
            person: 'Liis Tamm',
          }),
        ),
      );
    }
    await wb.investments.remove(spent[2]?.id ?? '');
  }
  if (wb.metrics) {
    for (const [partnerId, metric, date, value] of [
      [a, 'leads', '2026-01-31', 12],
      [a, 'deals-won', '2026-02-28', 3],
      [b, 'leads', '2026-01-31', 4],
      [c, 'leads', '2026-02-28', 7],
    ] as const) {
      must('A metric entry', await wb.metrics.addEntry({ partnerId, metric, date, value }));
    }
    must(
      'A revenue entry',
      await wb.metrics.addEntry({
        partnerId: a,
        metric: 'sourced-revenue',
        date: '2026-03-31',
        value: 1_250_000,
        currency: 'EUR',
      }),
    );
    const webinars = must(
      'A custom metric',
      await wb.metrics.defineMetric({ name: 'Webinars', unit: 'count', indicator: 'leading' }),
    );
    must(
      'A custom metric entry',
      await wb.metrics.addEntry({
        partnerId: b,
        metric: webinars.id,
        date: '2026-02-01',
        value: 2,
      }),
    );
  }
}

async function writeTemplates(wb: Loose, ids: string[]): Promise<void> {
  const partnerId = ids[0] ?? '';
  if (wb.templates) {
    must(
      'A template',
      await wb.templates.create({
        kind: 'qbr-agenda',
        name: 'Short QBR',
        body: { items: [{ title: 'Pipeline', minutes: 20 }] },
      }),
    );
  }
  if (wb.qbrs) {
    must('A QBR', await wb.qbrs.create({ partnerId, date: '2026-03-31', title: 'Q1 review' }));
    must('A QBR', await wb.qbrs.create({ partnerId, date: '2026-06-30', title: 'Q2 review' }));
  }
}

async function writePeople(wb: Loose, ids: string[]): Promise<void> {
  const [a = '', b = ''] = ids;
  if (wb.intelligence) {
    must(
      'A trend',
      await wb.intelligence.create({
        partnerId: a,
        section: 'trends',
        observedAt: '2025-11-10',
        trend: 'Vendor consolidation',
        impact: 'high',
      }),
    );
    must(
      'A competitor',
      await wb.intelligence.create({
        partnerId: b,
        section: 'competition',
        observedAt: '2026-01-02',
        competitor: 'Acme',
        competitionKind: 'competing-alliance',
      }),
    );
  }
  const heard = [];
  if (wb.feedback) {
    for (const [partnerId, date, sentiment] of [
      [a, '2025-12-01', 'negative'],
      [b, '2026-01-03', 'positive'],
    ] as const) {
      heard.push(
        must(
          'Feedback',
          await wb.feedback.create({
            speakerKind: 'customer',
            speakerName: 'Ana Tamm',
            speakerOrganisation: 'Nordic Retail',
            date,
            words: 'Setup took a week.',
            theme: 'Onboarding',
            sentiment,
            partnerId,
          }),
        ),
      );
    }
  }
  if (wb.decisions) {
    must(
      'A decision',
      await wb.decisions.create({
        scope: 'partnership',
        partnerId: a,
        context: 'Renewal is due.',
        optionsConsidered: ['Renew', 'Let it lapse'],
        decision: 'Renew for two years.',
        date: '2026-01-04',
        decidedBy: 'Liis Tamm',
        feedbackIds: heard.map((entry) => entry.id),
      }),
    );
  }
  if (wb.stakeholders) {
    const dana = must(
      'A stakeholder',
      await wb.stakeholders.create({
        name: 'Dana Reyes',
        team: 'engineering',
        role: 'VP Engineering',
        influence: 'high',
        stance: 'skeptic',
        partnerIds: [a, b],
      }),
    );
    if (wb.asks) {
      must(
        'An ask',
        await wb.asks.create({ what: 'Two engineers', stakeholderId: dana.id, status: 'planned' }),
      );
    }
  }
}

async function writeActivities(wb: Loose, ids: string[]): Promise<void> {
  const repo = wb.activities;
  if (!repo) return;
  const [a = '', b = ''] = ids;
  const entry = (partnerId: string, occurredAt: string, direction: string) => ({
    partnerId,
    occurredAt,
    direction,
    purpose: 'sales',
    kind: 'call',
    title: 'Check-in',
  });
  const first = must(
    'An activity',
    await repo.create(entry(a, '2026-01-02T10:00:00.000Z', 'inbound')),
  );
  must('An activity', await repo.create(entry(b, '2025-12-12T15:30:00.000Z', 'outbound')));
  must(
    'An activity edit',
    await repo.update(first.id, entry(a, '2026-01-03T10:00:00.000Z', 'inbound')),
  );
}

/** The image as JSON with one record a line: small, and a regenerated image diffs by record. */
function imageText(image: DatabaseImage): string {
  const stores = image.stores.map((store) => {
    const { records, ...layout } = store;
    const lines = records.map((record) => JSON.stringify(record, imageJsonReplacer)).join(',\n');
    const head = JSON.stringify(layout).slice(0, -1);
    return `${head},"records":[\n${lines}\n]}`;
  });
  const top = JSON.stringify({
    createdBy: image.createdBy,
    databaseVersion: image.databaseVersion,
  });
  return `${top.slice(0, -1)},"stores":[\n${stores.join(',\n')}\n]}\n`;
}

async function main(): Promise<void> {
  const out = process.env.IMAGE_OUT;
  const commit = process.env.IMAGE_COMMIT;
  const schemaVersion = Number(process.env.IMAGE_SCHEMA_VERSION);
  const appVersion = process.env.IMAGE_APP_VERSION ?? '';
  if (!out || !commit || !schemaVersion)
    throw new Error('IMAGE_OUT, IMAGE_COMMIT, IMAGE_SCHEMA_VERSION');
  const wb = (await openWorkbook(DB_NAME)) as unknown as Loose & { close(): void };
  if (wb.settings) await wb.settings.setAuthor('Liis Tamm');
  if (!wb.sample) throw new Error('Every version has the sample portfolio.');
  await wb.sample.load(GENERATED_AT);
  const ids = await partnerIds();
  await editPartners(wb, ids);
  await writePositioning(wb, ids);
  await writeStrategy(wb, ids);
  await writeTemplates(wb, ids);
  await writePeople(wb, ids);
  await writeActivities(wb, ids);
  wb.close();
  const image = await dumpImage(DB_NAME, { commit, schemaVersion, appVersion });
  const stored = Math.floor(image.databaseVersion / 10);
  if (stored !== schemaVersion) {
    throw new Error(`The database is at schema version ${stored}, not ${schemaVersion}.`);
  }
  writeFileSync(out, imageText(image));
}

await main();
