/**
 * The positioning benchmarks' side of the bench page: saving an iteration through
 * PositioningRepo against a raw IndexedDB add, reading and rendering a long timeline against a
 * raw getAll, and rendering a word diff against plain paragraphs. All of them run on one seeded
 * workbook (positioning-seed.ts), opened once by openPositioning().
 */
import type {
  DraftField,
  PositioningDraft,
  PositioningIteration,
} from '../../../shared/domain/positioning';
import { countWords, diffFields, diffSummary } from '../../../shared/positioning/diff';
import { fieldToText } from '../../../shared/positioning/field-text';
import { createRng, nextInt, type Rng } from '../../../shared/util/prng';
import { newId, nowIso } from '../db/ids';
import { openWorkbook, type Workbook } from '../db/workbook';
import type {
  BenchDb,
  CommitRound,
  DiffPairReport,
  PositioningSeedPlan,
  RenderReport,
} from './bench-api';
import { iterationCountOf, seededDraftId } from './positioning-data';
import { positioningSeeding } from './positioning-seed';
import { generateDiffPair, rationale, refill, type DiffPair } from './positioning-text';
import * as views from './positioning-views';
import { openRaw, request, transactionDone } from './raw-idb';

/** The stream of the generator that picks drafts and edits for commit round r: EDIT_STREAM + r. */
const EDIT_STREAM = 0xed17_0000;
/** The status changes the timeline draft's history holds besides its iterations. */
const TIMELINE_STATUS_CHANGES = 3;
const AUTHOR = 'Bench author';

interface Session {
  target: BenchDb;
  plan: PositioningSeedPlan;
  workbook: Workbook;
  raw: IDBDatabase;
  timelineDraftId: string;
}

let session: Session | undefined;
let diffPair: DiffPair | undefined;

function current(): Session {
  if (!session) throw new Error('Call openPositioning() before this benchmark.');
  return session;
}

async function openPositioning(target: BenchDb, plan: PositioningSeedPlan): Promise<string> {
  await closePositioning();
  const workbook = await openWorkbook(target.dbName);
  const raw = await openRaw(target.dbName);
  session = { target, plan, workbook, raw, timelineDraftId: seededDraftId(plan, 0) };
  return session.timelineDraftId;
}

async function closePositioning(): Promise<void> {
  session?.workbook.close();
  session?.raw.close();
  session = undefined;
  return Promise.resolve();
}

/** A draft's fields with one field rewritten at its current size, as an edit before a commit. */
function editedFields(rng: Rng, fields: readonly DraftField[]): DraftField[] {
  const edited = fields.slice();
  const at = nextInt(rng, 0, Math.max(0, edited.length - 1));
  const field = edited[at];
  if (field) edited[at] = refill(rng, field, Math.max(100, fieldToText(field).length));
  return edited;
}

/** The regular drafts (not the timeline draft) that round r commits to, in order. */
function roundDrafts(plan: PositioningSeedPlan, count: number, round: number) {
  const rng = createRng(plan.seed, EDIT_STREAM + round);
  return Array.from({ length: count }, () => ({
    index: nextInt(rng, 1, plan.drafts),
    rng: createRng(plan.seed, rng()),
  }));
}

async function commitIterations(count: number, round: number): Promise<CommitRound> {
  const { plan, workbook } = current();
  const { positioning } = workbook;
  const result: CommitRound = { commitMs: [], saveMs: [] };
  for (const { index, rng } of roundDrafts(plan, count, round)) {
    const id = seededDraftId(plan, index);
    const draft = await positioning.getDraft(id);
    if (!draft) throw new Error(`Seeded draft ${index} is missing.`);
    const fields = editedFields(rng, draft.fields);
    const input = { rationale: rationale(rng), evidence: '', evidenceUrl: '', author: AUTHOR };
    let started = performance.now();
    const saved = await positioning.saveWorkingCopy(id, { fields });
    result.saveMs.push(performance.now() - started);
    if (!saved.ok) throw new Error(`saveWorkingCopy refused: ${JSON.stringify(saved.errors)}`);
    started = performance.now();
    const committed = await positioning.commit(id, input);
    result.commitMs.push(performance.now() - started);
    if (!committed.ok) throw new Error(`commit refused: ${JSON.stringify(committed.errors)}`);
  }
  return result;
}

/** The record PositioningHistoryRepo would add for this draft and content. */
function iterationRecord(draft: PositioningDraft, fields: DraftField[], why: string) {
  const now = nowIso();
  const record: PositioningIteration = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    draftId: draft.id,
    number: draft.iterationCount + 1,
    parentId: draft.headIterationId,
    author: AUTHOR,
    rationale: why,
    evidence: undefined,
    evidenceUrl: undefined,
    title: draft.title,
    audience: draft.audience,
    status: draft.status,
    fields,
    committedAt: now,
  };
  return record;
}

async function addIterationsRaw(count: number, round: number): Promise<number[]> {
  const { plan, raw } = current();
  const times: number[] = [];
  for (const { index, rng } of roundDrafts(plan, count, round)) {
    const read = raw.transaction('positioningDrafts', 'readonly').objectStore('positioningDrafts');
    const draft = (await request(read.get(seededDraftId(plan, index)))) as
      PositioningDraft | undefined;
    if (!draft) throw new Error(`Seeded draft ${index} is missing.`);
    const record = iterationRecord(draft, editedFields(rng, draft.fields), rationale(rng));
    const started = performance.now();
    // The app's database asks for strict durability; the baseline waits for the same.
    const tx = raw.transaction('positioningIterations', 'readwrite', { durability: 'strict' });
    const done = transactionDone(tx);
    tx.objectStore('positioningIterations').add(record);
    await done;
    times.push(performance.now() - started);
    // Out again, untimed, so that the baseline leaves the history as the app would find it.
    const undo = raw.transaction('positioningIterations', 'readwrite', { durability: 'strict' });
    const undone = transactionDone(undo);
    undo.objectStore('positioningIterations').delete(record.id);
    await undone;
  }
  return times;
}

/** Entries the timeline draft's history holds. */
function timelineLength(plan: PositioningSeedPlan): number {
  return iterationCountOf(plan, 0) + TIMELINE_STATUS_CHANGES;
}

async function timelineWithRepo(): Promise<number> {
  const { plan, workbook, timelineDraftId } = current();
  const started = performance.now();
  const entries = await workbook.positioning.timeline(timelineDraftId);
  const ms = performance.now() - started;
  if (entries.length !== timelineLength(plan)) {
    throw new Error(`The timeline has ${entries.length} entries, not ${timelineLength(plan)}.`);
  }
  return ms;
}

async function timelineRaw(): Promise<number> {
  const { plan, raw, timelineDraftId: id } = current();
  const started = performance.now();
  const tx = raw.transaction(
    ['positioningIterationSummaries', 'positioningStatusChanges'],
    'readonly',
  );
  // [id] sorts before every [id, x] and [id, []] after every [id, number or string].
  const range = IDBKeyRange.bound([id], [id, []]);
  const [iterations, changes] = await Promise.all([
    request(
      tx.objectStore('positioningIterationSummaries').index('[draftId+number]').getAll(range),
    ),
    request(tx.objectStore('positioningStatusChanges').index('[draftId+at]').getAll(range)),
  ]);
  const ms = performance.now() - started;
  if (iterations.length + changes.length !== timelineLength(plan)) {
    throw new Error(`Raw getAll found ${iterations.length + changes.length} timeline entries.`);
  }
  return ms;
}

// A fresh workbook per render, so that no query result cached by an earlier render is reused.
async function renderTimeline(): Promise<RenderReport> {
  const { target, timelineDraftId } = current();
  const workbook = await openWorkbook(target.dbName);
  try {
    return await views.renderTimeline(workbook, timelineDraftId);
  } finally {
    workbook.close();
  }
}

const wordsOf = (fields: readonly DraftField[]) =>
  fields.reduce((sum, field) => sum + countWords(fieldToText(field)), 0);

function prepareDiff(words: number, seed: number): Promise<DiffPairReport> {
  diffPair = generateDiffPair(seed, words);
  const diffs = diffFields(diffPair.before, diffPair.after);
  const summary = diffSummary(diffs);
  return Promise.resolve({
    wordsBefore: wordsOf(diffPair.before),
    wordsAfter: wordsOf(diffPair.after),
    fields: diffs.length,
    changedFields: summary.changedFields,
    addedWords: summary.addedWords,
    removedWords: summary.removedWords,
  });
}

function preparedDiff(): DiffPair {
  if (!diffPair) throw new Error('Call prepareDiff() before this benchmark.');
  return diffPair;
}

/** The positioning calls of the bench API. */
export const positioningBench = {
  ...positioningSeeding,
  openPositioning,
  closePositioning,
  commitIterations,
  addIterationsRaw,
  timelineWithRepo,
  timelineRaw,
  renderTimeline,
  prepareDiff,
  renderDiff: () => views.renderDiff(preparedDiff().before, preparedDiff().after),
  renderPlainTexts: () => views.renderPlainTexts(preparedDiff().before, preparedDiff().after),
};
