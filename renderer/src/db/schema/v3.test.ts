import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  positioningDraftSchema,
  positioningIterationSchema,
} from '../../../../shared/domain/positioning';
import { ChangeFeed } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { PositioningRepo } from '../repos/positioning-repo';
import { SCHEMA_VERSIONS } from './index';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';
const T2 = '2026-01-03T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const DRAFT = '20000000-0000-4000-8000-000000000001';
const COMPANY_DRAFT = '20000000-0000-4000-8000-000000000002';
const ITERATION_1 = '30000000-0000-4000-8000-000000000001';
const ITERATION_2 = '30000000-0000-4000-8000-000000000002';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

// A workbook as versions 1 and 2 wrote positioning: fields as a plain object, no iteration
// count, iterations without title, audience or status, a head pointing at an older iteration.
async function writeFixture(version: number): Promise<string> {
  const name = `v3-from-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.slice(0, version)) {
    old.version(schema.version).stores(schema.stores);
  }
  await old.open();
  const base = { createdAt: T0, updatedAt: T0 };
  await old.table('partners').add({
    ...base,
    id: PARTNER,
    name: 'Baltic Data',
    stage: 'active',
    tier: 'none',
    types: [],
    tags: [],
  });
  await old.table('positioningDrafts').bulkAdd([
    {
      ...base,
      id: DRAFT,
      partnerId: PARTNER,
      title: 'Baltic sales pitch',
      audience: 'partner-sales',
      template: 'positioning-statement',
      status: 'in-review',
      fields: { targetCustomer: 'Baltic CFOs', proof_points: ['Acme', 'Globex'] },
      headIterationId: ITERATION_1,
    },
    {
      ...base,
      id: COMPANY_DRAFT,
      title: 'Company default',
      audience: 'internal',
      template: 'blank',
      status: 'approved',
      fields: {},
    },
  ]);
  await old.table('positioningIterations').bulkAdd([
    {
      ...base,
      id: ITERATION_1,
      draftId: DRAFT,
      number: 1,
      rationale: 'First cut',
      fields: { targetCustomer: 'CFOs' },
      committedAt: T1,
    },
    {
      ...base,
      id: ITERATION_2,
      draftId: DRAFT,
      number: 2,
      parentId: ITERATION_1,
      author: 'Liis',
      rationale: 'Narrowed to the Baltics',
      title: 'Older title',
      fields: { targetCustomer: 'Baltic CFOs', proof_points: ['Acme'] },
      committedAt: T2,
    },
  ]);
  old.close();
  return name;
}

describe('version 3 upgrade', () => {
  for (const version of [1, 2]) {
    it(`converts positioning written by version ${version}`, async () => {
      const db = new WorkbookDatabase(await writeFixture(version));
      await db.open();

      const draft = await db.positioningDrafts.get(DRAFT);
      expect(draft).toMatchObject({
        fields: [
          { key: 'target-customer', label: 'Target customer', kind: 'text', value: 'Baltic CFOs' },
          { key: 'proof-points', label: 'Proof points', kind: 'list', value: ['Acme', 'Globex'] },
        ],
        iterationCount: 2,
        headIterationId: ITERATION_2,
      });
      expect(positioningDraftSchema.safeParse(draft).success).toBe(true);
      const company = await db.positioningDrafts.get(COMPANY_DRAFT);
      expect(company).toMatchObject({ fields: [], iterationCount: 0 });
      expect(company).not.toHaveProperty('headIterationId');
      expect(positioningDraftSchema.safeParse(company).success).toBe(true);

      const first = await db.positioningIterations.get(ITERATION_1);
      expect(first).toMatchObject({
        title: 'Baltic sales pitch',
        audience: 'partner-sales',
        status: 'in-review',
        fields: [{ key: 'target-customer', label: 'Target customer', kind: 'text', value: 'CFOs' }],
      });
      expect(positioningIterationSchema.safeParse(first).success).toBe(true);
      const second = await db.positioningIterations.get(ITERATION_2);
      expect(second?.title).toBe('Older title');
      expect(positioningIterationSchema.safeParse(second).success).toBe(true);

      const summaries = await db.positioningIterationSummaries
        .orderBy('[draftId+number]')
        .toArray();
      expect(summaries.map((s) => s.id)).toEqual([ITERATION_1, ITERATION_2]);
      expect(summaries[1]).toMatchObject({ number: 2, author: 'Liis', title: 'Older title' });
      expect(summaries[0]).not.toHaveProperty('fields');

      expect(await db.positioningDrafts.orderBy('[partnerId+status]').keys()).toEqual([
        [PARTNER, 'in-review'],
      ]);
      db.close();
    });
  }

  it('lets the upgraded history carry on: the next commit is number 3, after the head', async () => {
    const db = new WorkbookDatabase(await writeFixture(1));
    await db.open();
    const repo = new PositioningRepo(db, new ChangeFeed());
    expect((await repo.timeline(DRAFT)).map((entry) => entry.at)).toEqual([T2, T1]);
    const committed = await repo.commit(DRAFT, { rationale: 'Added Globex' });
    expect(committed.ok && committed.value).toMatchObject({ number: 3, parentId: ITERATION_2 });
    db.close();
  });
});
