/**
 * The document an export of a draft prints (export-text.ts), built from the stored records:
 * either the draft's working copy or one committed iteration, with display names resolved.
 */
import type { DraftField, PositioningDraft, PositioningIteration } from '../domain/positioning';
import type { ExportDoc } from './export-text';
import { assembleStatement } from './sentence';
import { templateById } from './templates';

/** What is exported: the working copy, or one committed iteration. */
export type ExportSubject =
  | { kind: 'working'; title: string; fields: readonly DraftField[] }
  | { kind: 'iteration'; iteration: PositioningIteration };

/** The export document of a draft's working copy or iteration; `partnerName` absent for company-wide. */
export function exportDocOf(
  draft: Pick<PositioningDraft, 'audience' | 'status' | 'template'>,
  partnerName: string | null | undefined,
  subject: ExportSubject,
): ExportDoc {
  const fields = subject.kind === 'working' ? subject.fields : subject.iteration.fields;
  const doc: ExportDoc = {
    title: subject.kind === 'working' ? subject.title : subject.iteration.title,
    audience: subject.kind === 'working' ? draft.audience : subject.iteration.audience,
    status: subject.kind === 'working' ? draft.status : subject.iteration.status,
    templateName: templateById(draft.template).name,
    fields,
  };
  if (partnerName) doc.partnerName = partnerName;
  if (draft.template === 'positioning-statement') doc.statement = assembleStatement(fields).text;
  if (subject.kind === 'iteration') {
    const { iteration } = subject;
    doc.iteration = {
      number: iteration.number,
      committedAt: iteration.committedAt,
      rationale: iteration.rationale,
      ...(iteration.author ? { author: iteration.author } : {}),
      ...(iteration.evidence ? { evidence: iteration.evidence } : {}),
      ...(iteration.evidenceUrl ? { evidenceUrl: iteration.evidenceUrl } : {}),
    };
  }
  return doc;
}
