import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookChange } from '../../db/change-feed';
import { discardNewDatabase } from '../../db/repos/snapshot-repo';
import { openWorkbook, type Workbook } from '../../db/workbook';
import { runPartnerbookJob } from '../../workers/partnerbook-jobs';
import type { PartnerbookRequest } from '../../workers/partnerbook-messages';
import {
  applyMerge,
  openPartnerbook,
  planMerge,
  type PartnerbookWorkerPort,
} from './partnerbook-client';
import { exportPartnerbook } from './partnerbook-test-kit';

// Merging through the client and the real worker job, run in this process.

const workbooks: Workbook[] = [];
let names: string[] = [];
afterEach(async () => {
  for (const workbook of workbooks.splice(0)) workbook.close();
  for (const name of names) await discardNewDatabase(name);
  names = [];
});

function newName(): string {
  const name = `merge-client-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

type Listener = (event: MessageEvent<unknown>) => void;

// The worker's job in this process; responses arrive a task later, as from a worker.
function inProcess(): PartnerbookWorkerPort {
  const listeners: Listener[] = [];
  return {
    postMessage(request: PartnerbookRequest) {
      void runPartnerbookJob(request, (data) =>
        setTimeout(() => {
          for (const listener of listeners) listener(new MessageEvent('message', { data }));
        }, 0),
      );
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      if (type === 'message') listeners.push(listener);
    },
    terminate() {
      listeners.length = 0;
    },
  };
}

const job = { startWorker: inProcess };

async function open(name: string): Promise<Workbook> {
  const workbook = await openWorkbook(name);
  workbooks.push(workbook);
  return workbook;
}

describe('planMerge and applyMerge', () => {
  it('merge a colleague’s copy: review the conflict, write the answer, report the change', async () => {
    const mine = await open(newName());
    const created = await mine.partners.create({ name: 'Baltic Data', stage: 'active' });
    if (!created.ok) throw new Error('create');
    const id = created.value.id;
    // The colleague opens a copy of the file and changes the partner; so do I.
    const copyName = newName();
    const opened = await openPartnerbook(
      await exportPartnerbook(mine.dbName, undefined, job),
      'a.partnerbook',
      undefined,
      { ...job, dbName: copyName },
    );
    expect(opened.ok).toBe(true);
    const theirs = await open(copyName);
    await theirs.partners.update(id, { name: 'Baltic Data', stage: 'growing', tier: 'gold' }, []);
    await mine.partners.update(id, { name: 'Baltic Data', stage: 'at-risk' }, []);
    const file = await exportPartnerbook(copyName, undefined, job);

    const planned = await planMerge(mine.dbName, file, 'theirs.partnerbook', undefined, job);
    if (!planned.ok) throw new Error('plan');
    expect(planned.plan.conflicts).toMatchObject([
      {
        key: `partners:${id}`,
        kind: 'both-changed',
        label: 'Baltic Data',
        fields: [
          { field: 'stage', label: 'Stage', mine: 'At risk', theirs: 'Growing' },
          { field: 'tier', label: 'Tier', mine: 'No tier', theirs: 'Gold' },
        ],
      },
    ]);
    const reported: WorkbookChange[] = [];
    mine.changes.subscribe((change) => reported.push(change));
    const outcome = await applyMerge(
      { dbName: mine.dbName, changes: mine.changes },
      planned.plan,
      { [`partners:${id}`]: { fields: { stage: 'mine', tier: 'theirs' } } },
      undefined,
      job,
    );
    expect(outcome.resolved.map((r) => r.outcome)).toEqual([
      'took theirs for Tier; kept mine for the rest',
    ]);
    expect(reported).toEqual([{ table: 'partners', ids: [id] }]);
    expect(await mine.partners.get(id)).toMatchObject({ stage: 'at-risk', tier: 'gold' });
    const again = await planMerge(mine.dbName, file, 'theirs.partnerbook', undefined, job);
    expect(again.ok && [again.plan.changes, again.plan.conflicts]).toEqual([[], []]);
  });

  it('say when the file is refused, or is another workbook', async () => {
    const mine = await open(newName());
    const refused = await planMerge(mine.dbName, '{}', 'x.partnerbook', undefined, job);
    expect(refused).toMatchObject({ ok: false, reason: 'refused' });
    const other = await open(newName());
    const file = await exportPartnerbook(other.dbName, undefined, job);
    const different = await planMerge(mine.dbName, file, 'other.partnerbook', undefined, job);
    expect(different).toMatchObject({ ok: false, reason: 'different-workbook' });
    const allowed = await planMerge(mine.dbName, file, 'other.partnerbook', undefined, {
      ...job,
      allowDifferentWorkbook: true,
    });
    expect(allowed.ok).toBe(true);
  });
});
