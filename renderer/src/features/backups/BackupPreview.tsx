import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/backups/backup-info';
import type { Host } from '../../host/host';
import { Dialog } from '../../ui/Dialog';
import { countLines, REASON_LABELS, sizeText } from './backup-labels';
import { partnerNamesIn, PREVIEW_MAX_BYTES } from './backup-preview';

interface BackupPreviewProps {
  host: Host;
  backup: BackupInfo;
  onClose: () => void;
}

/** What a backup holds: its counts, and the first partners' names when it is small enough. */
export function BackupPreview({ host, backup, onClose }: BackupPreviewProps) {
  const tooLarge = backup.bytes > PREVIEW_MAX_BYTES;
  const [read, setNames] = useState<string[] | 'unreadable' | undefined>();
  const names = tooLarge ? 'too-large' : read;
  useEffect(() => {
    if (tooLarge) return;
    let live = true;
    host.backups
      .read(backup.id)
      .then((data) => {
        if (data instanceof Blob) return data.text();
        // Only backups far past the preview's size are streamed: this one is let go unread.
        data.release();
        throw new Error('The backup is too large to preview.');
      })
      .then(
        (text) => {
          if (live) setNames(partnerNamesIn(text, 20) ?? 'unreadable');
        },
        () => {
          if (live) setNames('unreadable');
        },
      );
    return () => {
      live = false;
    };
  }, [host, backup, tooLarge]);
  return (
    <Dialog title={`Backup of “${backup.workbookName}”`} onClose={onClose}>
      <p>
        {new Date(backup.createdAt).toLocaleString()} · {REASON_LABELS[backup.reason]} ·{' '}
        {sizeText(backup.bytes)}
      </p>
      <ul aria-label="What it holds">
        {countLines(backup).map(({ label, count }) => (
          <li key={label}>
            {count.toLocaleString('en-US')} {label}
          </li>
        ))}
      </ul>
      <h3>Partners</h3>
      {names === undefined ? <p className="muted">Reading the backup…</p> : null}
      {names === 'too-large' ? (
        <p className="muted">This backup is too large to list its partners here.</p>
      ) : null}
      {names === 'unreadable' ? (
        <p role="alert">This backup could not be read; it may be damaged.</p>
      ) : null}
      {Array.isArray(names) ? (
        names.length === 0 ? (
          <p className="muted">No partners.</p>
        ) : (
          <ul aria-label="Partners in the backup">
            {names.map((name, index) => (
              <li key={index}>{name}</li>
            ))}
          </ul>
        )
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
