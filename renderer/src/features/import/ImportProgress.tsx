import type { ImportClientProgress } from '../files/import-client';

const PHASE_LABELS: Record<ImportClientProgress['phase'], string> = {
  parsing: 'Reading the file',
  checking: 'Checking the rows',
  matching: 'Matching existing partners',
  writing: 'Writing to the workbook',
};

/** A labelled progress bar for the import's long steps, with a way out. */
export function ImportProgress({
  progress,
  fallback,
  onCancel,
}: {
  progress: ImportClientProgress | null;
  fallback: string;
  onCancel: () => void;
}) {
  const label = progress ? PHASE_LABELS[progress.phase] : fallback;
  const total = progress && progress.total > 0 ? progress.total : undefined;
  return (
    <div className="import-progress">
      <label>
        {label}
        {total ? ` (${progress?.done.toLocaleString()} of ${total.toLocaleString()})` : '…'}
        <progress max={total} value={total ? progress?.done : undefined} />
      </label>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
