import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { useHost } from '../../app/workbook-context';
import { HostError } from '../../host/host';
import { exportText, type CopyFormat, type CopySubject } from './export-doc';
import { usePartnerName } from './use-positioning';

interface CopyButtonsProps {
  draft: PositioningDraft;
  subject: CopySubject;
  /** Says what happened, for the studio's live region. */
  onAnnounce: (message: string) => void;
}

/** "Copy as text" and "Copy as Markdown" for the working copy or an iteration. */
export function CopyButtons({ draft, subject, onAnnounce }: CopyButtonsProps) {
  const host = useHost();
  const partnerName = usePartnerName(draft.partnerId);
  const what =
    subject.kind === 'working' ? 'working copy' : `iteration ${subject.iteration.number}`;
  const copy = (format: CopyFormat) => {
    const text = exportText(draft, partnerName, subject, format);
    host.copyText(text).then(
      () => onAnnounce(`Copied ${what} as ${format === 'markdown' ? 'Markdown' : 'text'}.`),
      (error: unknown) =>
        onAnnounce(error instanceof HostError ? error.message : 'The text could not be copied.'),
    );
  };
  return (
    <>
      <button type="button" onClick={() => copy('text')}>
        Copy as text
      </button>
      <button type="button" onClick={() => copy('markdown')}>
        Copy as Markdown
      </button>
    </>
  );
}
