/**
 * The rules of a draft's history, kept pure so that the repository, the workbook file and tests
 * share one implementation: when a commit is a real change, how iterations are numbered, which
 * approved draft a new approval displaces, and what the partners table shows as a partner's
 * positioning status.
 */
import type {
  DraftField,
  DraftSummary,
  IterationSummary,
  PositioningDraft,
  PositioningStatus,
  StatusChange,
} from '../domain/positioning';

/** The part of a draft or iteration that a commit records: its title and fields. */
export interface DraftContent {
  title: string;
  fields: readonly DraftField[];
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

function sameField(a: DraftField, b: DraftField): boolean {
  if (a.key !== b.key || a.label !== b.label) return false;
  switch (a.kind) {
    case 'text':
      return b.kind === 'text' && a.value === b.value;
    case 'list':
      return b.kind === 'list' && sameTexts(a.value, b.value);
    case 'claims':
      return (
        b.kind === 'claims' &&
        a.value.length === b.value.length &&
        a.value.every((claim, index) => {
          const other = b.value[index];
          return other !== undefined && claim.text === other.text && claim.proof === other.proof;
        })
      );
  }
}

/** True when two drafts or iterations hold the same title and the same fields in the same order. */
export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return (
    a.title === b.title &&
    a.fields.length === b.fields.length &&
    a.fields.every((field, index) => {
      const other = b.fields[index];
      return other !== undefined && sameField(field, other);
    })
  );
}

/** The number the draft's next iteration gets: iterations are numbered 1, 2, 3… with no gap. */
export function nextIterationNumber(draft: Pick<PositioningDraft, 'iterationCount'>): number {
  return draft.iterationCount + 1;
}

/**
 * True when `other` is an approved draft for the same partner (or, like `draft`, company-wide)
 * and the same audience: approving `draft` would make two approved drafts there.
 */
export function isApprovalConflict(other: DraftSummary, draft: DraftSummary): boolean {
  return (
    other.id !== draft.id &&
    other.status === 'approved' &&
    other.partnerId === draft.partnerId &&
    other.audience === draft.audience
  );
}

/** The approved draft that approving `draft` would displace, if any. */
export function findApprovalConflict(
  drafts: readonly DraftSummary[],
  draft: DraftSummary,
): DraftSummary | undefined {
  return drafts.find((other) => isApprovalConflict(other, draft));
}

// Which status stands for a partner with several drafts: the most advanced live one.
const SUMMARY_PRECEDENCE: readonly PositioningStatus[] = [
  'approved',
  'in-review',
  'draft',
  'retired',
];

/** A partner's positioning status from its drafts' statuses; undefined when it has no drafts. */
export function summarizeStatus(
  statuses: readonly PositioningStatus[],
): PositioningStatus | undefined {
  return SUMMARY_PRECEDENCE.find((status) => statuses.includes(status));
}

/** Why a commit is refused: the working copy equals the head iteration. */
export function nothingChangedMessage(headNumber: number): string {
  return `Nothing has changed since iteration ${headNumber}.`;
}

/** The rationale of an iteration that restores an older one. */
export function restoreRationale(restoredNumber: number): string {
  return `Restored iteration ${restoredNumber}.`;
}

/** Why a restore is refused: the latest iteration already holds that content. */
export function alreadyRestoredMessage(headNumber: number, restoredNumber: number): string {
  return headNumber === restoredNumber
    ? `Iteration ${restoredNumber} is already the latest iteration.`
    : `Iteration ${headNumber} already holds the content of iteration ${restoredNumber}.`;
}

const STATUS_PHRASES: Readonly<Record<PositioningStatus, string>> = {
  draft: 'a draft',
  'in-review': 'in review',
  approved: 'approved',
  retired: 'retired',
};

/** Why a status change is refused: the draft already has that status. */
export function sameStatusMessage(status: PositioningStatus): string {
  return `This draft is already ${STATUS_PHRASES[status]}.`;
}

/** One line of a draft's history: a committed iteration or a change of status. */
export type TimelineEntry =
  | { kind: 'iteration'; at: string; iteration: IterationSummary }
  | { kind: 'status'; at: string; change: StatusChange };

/**
 * Merges iterations and status changes, each already newest first, into one timeline, newest
 * first; an iteration and a status change at the same instant keep the iteration first.
 */
export function mergeTimeline(
  iterations: readonly IterationSummary[],
  changes: readonly StatusChange[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let i = 0;
  let c = 0;
  for (;;) {
    const iteration = iterations[i];
    const change = changes[c];
    if (iteration && (!change || iteration.committedAt >= change.at)) {
      entries.push({ kind: 'iteration', at: iteration.committedAt, iteration });
      i += 1;
    } else if (change) {
      entries.push({ kind: 'status', at: change.at, change });
      c += 1;
    } else {
      return entries;
    }
  }
}
