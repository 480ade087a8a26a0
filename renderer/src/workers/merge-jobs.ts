/**
 * The merge jobs of the partnerbook worker: `merge-plan` decodes a colleague's `.partnerbook`
 * file and plans merging it into a workbook database (reading the whole workbook and comparing
 * every record happens here, off the main thread); `merge-apply` writes a reviewed plan with the
 * answers to its conflicts, in one transaction. The window only gets the plan and the outcome.
 */
import { Dexie } from 'dexie';
import { decodePartnerbook } from '../../../shared/files/partnerbook/decode';
import type { PartnerbookProgressListener } from '../../../shared/files/partnerbook/snapshot';
import { ChangeFeed } from '../db/change-feed';
import { WorkbookDatabase } from '../db/database';
import { MergeRepo } from '../db/repos/merge-repo';
import type { PartnerbookRequest, PartnerbookResponse } from './partnerbook-messages';
import { announceWholesaleChange, quietConnection } from './wholesale-change';

type Post = (response: PartnerbookResponse) => void;
type PlanRequest = Extract<PartnerbookRequest, { type: 'merge-plan' }>;
type ApplyRequest = Extract<PartnerbookRequest, { type: 'merge-apply' }>;

// Opens the named workbook database for one job, or reports that it is gone.
async function withWorkbook(
  dbName: string,
  post: Post,
  work: (repo: MergeRepo, db: WorkbookDatabase) => Promise<void>,
): Promise<void> {
  if (!(await Dexie.exists(dbName))) {
    post({ type: 'failed', message: 'This workbook no longer exists on this computer.' });
    return;
  }
  // Quiet: a merge's write is announced once when it committed (wholesale-change.ts), not key by
  // key as Dexie names deletions; the window's partners table learns which partners changed from
  // the `merged` outcome.
  const db = quietConnection(new WorkbookDatabase(dbName));
  try {
    await db.open();
    await work(new MergeRepo(db, new ChangeFeed()), db);
  } finally {
    db.close();
  }
}

/** Decodes their file and plans the merge; posts the plan, or why there is none. */
export async function runMergePlan(
  request: PlanRequest,
  text: string,
  post: Post,
  onProgress: PartnerbookProgressListener,
): Promise<void> {
  const decoded = decodePartnerbook(text, request.fileName, { onProgress });
  if (!decoded.ok) {
    post({ type: 'refused', problems: decoded.problems });
    return;
  }
  await withWorkbook(request.dbName, post, async (repo) => {
    const planned = await repo.planMergeWith(decoded.snapshot, {
      onProgress,
      allowDifferentWorkbook: request.allowDifferentWorkbook === true,
    });
    post(
      planned.ok
        ? { type: 'merge-planned', plan: planned.plan }
        : { type: 'merge-refused', message: planned.message },
    );
  });
}

/** Writes a reviewed plan with its answers; posts what changed. */
export async function runMergeApply(request: ApplyRequest, post: Post): Promise<void> {
  await withWorkbook(request.dbName, post, async (repo, db) => {
    const outcome = await repo.applyMerge(request.plan, request.resolutions);
    announceWholesaleChange(db);
    post({ type: 'merged', outcome });
  });
}
