/**
 * What the partnerbook worker does, apart from the worker itself so that tests run it in
 * process: export reads a workbook database into a snapshot and encodes it; open decodes a file
 * and writes it into a new database; the merge jobs (merge-jobs.ts) plan and write a merge.
 * Nothing here blocks the main thread, which only receives progress and the result.
 */
import { Dexie } from 'dexie';
import { userMessage } from '../../../shared/util/user-message';
import { decodePartnerbook } from '../../../shared/files/partnerbook/decode';
import type { PartnerbookProgressListener } from '../../../shared/files/partnerbook/snapshot';
import { WorkbookDatabase } from '../db/database';
import { streamSnapshot } from '../db/repos/snapshot-read';
import { writeSnapshotToNewDatabase } from '../db/repos/snapshot-repo';
import { runMergeApply, runMergePlan } from './merge-jobs';
import { PartnerbookBytesSink } from './partnerbook-bytes';
import { openStreamed } from './partnerbook-open-stream';
import { readWholeText } from './partnerbook-whole-text';
import {
  partnerbookRequestSchema,
  type PartnerbookRequest,
  type PartnerbookResponse,
} from './partnerbook-messages';

type Post = (response: PartnerbookResponse) => void;
type ExportRequest = Extract<PartnerbookRequest, { type: 'export' }>;
type OpenRequest = Extract<PartnerbookRequest, { type: 'open' }>;
type MergePlanRequest = Extract<PartnerbookRequest, { type: 'merge-plan' }>;

const progressTo =
  (post: Post): PartnerbookProgressListener =>
  (progress) => {
    post({ type: 'progress', ...progress });
  };

async function runExport(request: ExportRequest, post: Post): Promise<void> {
  if (!(await Dexie.exists(request.dbName))) {
    post({ type: 'failed', message: 'This workbook no longer exists on this computer.' });
    return;
  }
  const db = new WorkbookDatabase(request.dbName);
  const onProgress = progressTo(post);
  try {
    await db.open();
    // Encoded as it is read: see partnerbook-bytes.ts.
    const file = new PartnerbookBytesSink({ exportedAt: request.exportedAt, app: request.app });
    await streamSnapshot(db, file, { onProgress });
    const { chunks, size, counts } = file.finish(onProgress);
    post({ type: 'exported', chunks, size, counts });
  } finally {
    db.close();
  }
}

async function runPlan(request: MergePlanRequest, post: Post): Promise<void> {
  const read = await readWholeText(request.source, request.fileName, 'merge');
  if ('problems' in read) {
    post({ type: 'refused', problems: read.problems.toArray() });
    return;
  }
  await runMergePlan(request, read.text, post, progressTo(post));
}

// A file of the current format opens as a stream (partnerbook-open-stream.ts): checked batches
// are written while the next ones are checked, and no size of string limits it. A file of an
// older format, or text handed over as a string (tests), is decoded whole and upgraded; a stream,
// which cannot be read twice, comes back from the streamed open with its whole text.
async function runOpen(request: OpenRequest, post: Post): Promise<void> {
  const { source, fileName, dbName } = request;
  if (typeof source === 'string') {
    await runOpenWhole(request, source, post);
    return;
  }
  const streamed = await openStreamed(source, fileName, dbName, { onProgress: progressTo(post) });
  if (streamed.kind === 'refused') {
    post({ type: 'refused', problems: streamed.problems });
    return;
  }
  if (streamed.kind === 'opened') {
    post({ type: 'opened', dbName, workbookId: streamed.workbookId, name: streamed.name });
    return;
  }
  // A Blob is read again; a stream's text came back whole (openStreamed reads no stream twice).
  const whole = streamed.text ?? (source instanceof Blob ? source : undefined);
  if (whole === undefined) throw new Error(`${fileName} could not be read again; open it again.`);
  await runOpenWhole(request, whole, post);
}

async function runOpenWhole(
  request: OpenRequest,
  source: string | Blob,
  post: Post,
): Promise<void> {
  const read = await readWholeText(source, request.fileName, 'open');
  if ('problems' in read) {
    post({ type: 'refused', problems: read.problems.toArray() });
    return;
  }
  const onProgress = progressTo(post);
  const decoded = decodePartnerbook(read.text, request.fileName, { onProgress });
  if (!decoded.ok) {
    post({ type: 'refused', problems: decoded.problems });
    return;
  }
  const { snapshot } = decoded;
  await writeSnapshotToNewDatabase(snapshot, request.dbName, { onProgress });
  post({
    type: 'opened',
    dbName: request.dbName,
    workbookId: snapshot.workbook.id,
    name: snapshot.workbook.name,
  });
}

/** Runs one request to its end, posting progress and exactly one final response. */
export async function runPartnerbookJob(message: unknown, post: Post): Promise<void> {
  const parsed = partnerbookRequestSchema.safeParse(message);
  if (!parsed.success) {
    post({
      type: 'failed',
      message: 'The workbook file worker received a request it cannot read.',
    });
    return;
  }
  try {
    const request = parsed.data;
    switch (request.type) {
      case 'export':
        await runExport(request, post);
        return;
      case 'open':
        await runOpen(request, post);
        return;
      case 'merge-plan':
        await runPlan(request, post);
        return;
      case 'merge-apply':
        await runMergeApply(request, post);
        return;
    }
  } catch (error) {
    console.error(error);
    post({
      type: 'failed',
      message: userMessage(error, 'The workbook file job failed; nothing was changed. Try again.'),
    });
  }
}
