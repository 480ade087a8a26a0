import {
  draftFieldsSchema,
  newDraftInputSchema,
  positioningDraftSchema,
  type DraftField,
  type DraftSource,
  type DraftSummary,
  type IterationSummary,
  type NewDraftInput,
  type PositioningDraft,
  type PositioningIteration,
  type PositioningStatus,
} from '../../../../shared/domain/positioning';
import { validate, type FieldErrors, type Validated } from '../../../../shared/domain/validation';
import { sameContent, type TimelineEntry } from '../../../../shared/positioning/history-rules';
import { emptyFields } from '../../../../shared/positioning/templates';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { recordedWrite } from '../undo/recorded-write';
import { changeLabel } from '../../../../shared/domain/undo-label';
import { newId, nowIso } from '../ids';
import { contentWrites, logRevisions } from '../revision-log';
import { PositioningHistoryRepo } from './positioning-history-repo';
import {
  companyDraftIds,
  draftSummary,
  missingDraft,
  reportCommitted,
} from './positioning-records';
import {
  PositioningStatusRepo,
  type StatusOptions,
  type StatusResult,
} from './positioning-status-repo';
import { SettingsRepo } from './settings-repo';

export type { StatusResult, StatusOptions } from './positioning-status-repo';
export type { TimelineEntry } from '../../../../shared/positioning/history-rules';

const byLatestChange = (a: DraftSummary, b: DraftSummary): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/**
 * All reads and writes of positioning: drafts and their working copies here; a draft's history
 * (iterations, restore, timeline) and its status are kept in their own repositories and reached
 * through this one, so that screens hold a single object.
 */
export class PositioningRepo {
  private readonly history: PositioningHistoryRepo;
  private readonly statuses: PositioningStatusRepo;

  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
    settings: SettingsRepo = new SettingsRepo(db),
  ) {
    this.history = new PositioningHistoryRepo(db, feed, settings);
    this.statuses = new PositioningStatusRepo(db, feed, settings);
  }

  /** Every draft without its fields, most recently changed first. */
  async listDrafts(): Promise<DraftSummary[]> {
    const drafts = await this.db.positioningDrafts.orderBy('updatedAt').reverse().toArray();
    return drafts.map(draftSummary);
  }

  /** A partner's drafts, or with undefined the company-wide ones, most recently changed first. */
  async draftsOf(partnerId: string | undefined): Promise<DraftSummary[]> {
    const drafts = this.db.positioningDrafts;
    const found =
      partnerId === undefined
        ? (await drafts.bulkGet(await companyDraftIds(this.db))).filter(
            (draft) => draft !== undefined,
          )
        : await drafts.where('partnerId').equals(partnerId).toArray();
    return found.map(draftSummary).sort(byLatestChange);
  }

  /** One draft with its working copy. */
  getDraft(id: string): Promise<PositioningDraft | undefined> {
    return this.db.positioningDrafts.get(id);
  }

  /**
   * Creates a draft from a template (its empty fields) or as a copy of another draft (its latest
   * iteration, or its working copy if it has none). A new draft has no iterations yet.
   */
  async createDraft(input: unknown, source: DraftSource): Promise<Validated<PositioningDraft>> {
    const checked = validate(newDraftInputSchema, input);
    if (!checked.ok) return checked;
    const { db } = this;
    const tables = [
      db.partners,
      db.positioningDrafts,
      db.positioningIterations,
      db.revisions,
    ] as const;
    const label = changeLabel('Add', 'positioningDrafts');
    const write = recordedWrite(
      db,
      label,
      tables,
      async (): Promise<Validated<PositioningDraft>> => {
        const { partnerId } = checked.value;
        if (partnerId !== undefined && !(await db.partners.get(partnerId))) {
          return { ok: false, errors: { partnerId: 'This partner no longer exists.' } };
        }
        const start = await this.startingPoint(source);
        if (!start) {
          const _ =
            source.kind === 'fields'
              ? 'The template’s fields could not be read, so no draft was made.'
              : 'The draft to copy no longer exists.';
          return { ok: false, errors: { _ } };
        }
        const draft = newDraft(checked.value, start);
        await db.positioningDrafts.add(draft);
        await logRevisions(db, contentWrites('positioningDrafts', [draft]));
        return { ok: true, value: draft };
      },
    );
    return reportCommitted(this.feed, write, (result) =>
      result.ok ? { draftIds: [result.value.id], partnerIds: [result.value.partnerId] } : undefined,
    );
  }

  /**
   * Autosaves the working copy's title and/or fields. Nothing is written when anything is
   * invalid (an oversized field, say) or when nothing changed.
   */
  async saveWorkingCopy(
    id: string,
    change: { title?: unknown; fields?: unknown },
  ): Promise<Validated<PositioningDraft>> {
    const checked = validateWorkingCopy(change);
    if (!checked.ok) return checked;
    const { db } = this;
    const drafts = db.positioningDrafts;
    // Cheap enough to run on every autosave: one history read and one small put besides the draft.
    let label = changeLabel('Edit', 'positioningDrafts');
    const tables = [drafts, db.revisions];
    const write = recordedWrite(
      db,
      () => label,
      tables,
      async (): Promise<SaveOutcome> => {
        const draft = await drafts.get(id);
        if (!draft) return { result: missingDraft(), written: false };
        label = changeLabel('Edit', 'positioningDrafts', 1, draft.title);
        const next: PositioningDraft = {
          ...draft,
          title: checked.value.title ?? draft.title,
          fields: checked.value.fields ?? draft.fields,
        };
        if (sameContent(draft, next)) return { result: { ok: true, value: draft }, written: false };
        next.updatedAt = nowIso();
        await drafts.put(next);
        await logRevisions(
          db,
          contentWrites('positioningDrafts', [next], () => draft),
        );
        return { result: { ok: true, value: next }, written: true };
      },
    );
    const { result } = await reportCommitted(this.feed, write, ({ written }) =>
      written ? { draftIds: [id] } : undefined,
    );
    return result;
  }

  /** Commits the working copy as the draft's next iteration; see PositioningHistoryRepo. */
  commit(id: string, input: unknown): Promise<Validated<PositioningIteration>> {
    return this.history.commit(id, input);
  }

  /** Restores an older iteration as a new one; see PositioningHistoryRepo. */
  restore(
    draftId: string,
    iterationId: string,
    input: { author?: string },
  ): Promise<Validated<PositioningIteration>> {
    return this.history.restore(draftId, iterationId, input);
  }

  /** Changes a draft's status, recording the change; see PositioningStatusRepo. */
  setStatus(
    draftId: string,
    status: PositioningStatus,
    options: StatusOptions,
  ): Promise<StatusResult> {
    return this.statuses.setStatus(draftId, status, options);
  }

  /** A draft's iterations and status changes, newest first. */
  timeline(draftId: string): Promise<TimelineEntry[]> {
    return this.history.timeline(draftId);
  }

  /** One iteration with its fields. */
  iteration(id: string): Promise<PositioningIteration | undefined> {
    return this.history.iteration(id);
  }

  /** A draft's iterations without their fields, oldest first. */
  iterationsOf(draftId: string): Promise<IterationSummary[]> {
    return this.history.iterationsOf(draftId);
  }

  // What a new draft starts from; undefined when the draft to copy is gone.
  private async startingPoint(source: DraftSource): Promise<StartingPoint | undefined> {
    if (source.kind === 'template') {
      return { template: source.template, fields: emptyFields(source.template) };
    }
    if (source.kind === 'fields') {
      // A saved template's fields were valid when saved; they are checked again as they enter.
      const fields = draftFieldsSchema.safeParse(source.fields);
      return fields.success ? { template: source.template, fields: fields.data } : undefined;
    }
    const original = await this.db.positioningDrafts.get(source.draftId);
    if (!original) return undefined;
    const head =
      original.headIterationId === undefined
        ? undefined
        : await this.db.positioningIterations.get(original.headIterationId);
    return {
      template: original.template,
      fields: head ? head.fields : original.fields,
      copiedFrom: head ? { draftId: original.id, iterationId: head.id } : { draftId: original.id },
    };
  }
}

type StartingPoint = Pick<PositioningDraft, 'template' | 'fields' | 'copiedFrom'>;

// What an autosave did: its result, and whether anything was written to report.
interface SaveOutcome {
  result: Validated<PositioningDraft>;
  written: boolean;
}

function newDraft(input: NewDraftInput, start: StartingPoint): PositioningDraft {
  const now = nowIso();
  // Keys in the order of the schema, which workbook files use (see positioning-history-repo).
  const draft: PositioningDraft = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    ...(input.partnerId === undefined ? {} : { partnerId: input.partnerId }),
    title: input.title,
    audience: input.audience,
    template: start.template,
    status: 'draft',
    fields: start.fields,
    iterationCount: 0,
    ...(start.copiedFrom ? { copiedFrom: start.copiedFrom } : {}),
  };
  return draft;
}

// Validates the parts of the working copy being saved, with messages keyed by field path.
function validateWorkingCopy(change: {
  title?: unknown;
  fields?: unknown;
}): Validated<{ title?: string; fields?: DraftField[] }> {
  const value: { title?: string; fields?: DraftField[] } = {};
  const errors: FieldErrors = {};
  if (change.title !== undefined) {
    const title = validate(positioningDraftSchema.shape.title, change.title, 'title');
    if (title.ok) value.title = title.value;
    else Object.assign(errors, title.errors);
  }
  if (change.fields !== undefined) {
    const fields = validate(draftFieldsSchema, change.fields, 'fields');
    if (fields.ok) value.fields = fields.value;
    else Object.assign(errors, fields.errors);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
