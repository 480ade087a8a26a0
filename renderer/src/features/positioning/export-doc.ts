import type {
  DraftField,
  PositioningDraft,
  PositioningIteration,
} from '../../../../shared/domain/positioning';
import { toMarkdown, toPlainText } from '../../../../shared/positioning/export-text';
import { assembleStatement } from '../../../../shared/positioning/sentence';
import { templateById } from '../../../../shared/positioning/templates';

/** The text formats a draft or iteration can be copied as. */
export type CopyFormat = 'text' | 'markdown';

/** What is being copied: the working copy, or one committed iteration. */
export type CopySubject =
  | { kind: 'working'; title: string; fields: readonly DraftField[] }
  | { kind: 'iteration'; iteration: PositioningIteration };

/** A draft or one of its iterations as plain text or Markdown, ready for the clipboard. */
export function exportText(
  draft: PositioningDraft,
  partnerName: string | null | undefined,
  subject: CopySubject,
  format: CopyFormat,
): string {
  const fields = subject.kind === 'working' ? subject.fields : subject.iteration.fields;
  const doc = {
    title: subject.kind === 'working' ? subject.title : subject.iteration.title,
    audience: subject.kind === 'working' ? draft.audience : subject.iteration.audience,
    status: subject.kind === 'working' ? draft.status : subject.iteration.status,
    templateName: templateById(draft.template).name,
    fields,
    ...(partnerName ? { partnerName } : {}),
    ...(draft.template === 'positioning-statement'
      ? { statement: assembleStatement(fields).text }
      : {}),
    ...(subject.kind === 'iteration'
      ? {
          iteration: {
            number: subject.iteration.number,
            committedAt: subject.iteration.committedAt,
            rationale: subject.iteration.rationale,
            ...(subject.iteration.author ? { author: subject.iteration.author } : {}),
            ...(subject.iteration.evidence ? { evidence: subject.iteration.evidence } : {}),
            ...(subject.iteration.evidenceUrl
              ? { evidenceUrl: subject.iteration.evidenceUrl }
              : {}),
          },
        }
      : {}),
  };
  return format === 'markdown' ? toMarkdown(doc) : toPlainText(doc);
}
