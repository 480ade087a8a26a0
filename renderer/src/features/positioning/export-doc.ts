import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { exportDocOf, type ExportSubject } from '../../../../shared/positioning/export-doc';
import { toMarkdown, toPlainText } from '../../../../shared/positioning/export-text';

/** The text formats a draft or iteration can be copied as. */
export type CopyFormat = 'text' | 'markdown';

/** What is being copied: the working copy, or one committed iteration. */
export type CopySubject = ExportSubject;

/** A draft or one of its iterations as plain text or Markdown, ready for the clipboard. */
export function exportText(
  draft: PositioningDraft,
  partnerName: string | null | undefined,
  subject: CopySubject,
  format: CopyFormat,
): string {
  const doc = exportDocOf(draft, partnerName, subject);
  return format === 'markdown' ? toMarkdown(doc) : toPlainText(doc);
}
