import { useState, type ReactNode } from 'react';
import type { MergePlan, Resolutions } from '../../../../shared/files/merge/merge-types';
import { mergeLabel, tooLargeReason } from '../../../../shared/domain/undo-label';
import { differentWorkbookMessage } from '../../../../shared/files/merge/plan-merge';
import type { PartnerbookProblem } from '../../../../shared/files/partnerbook/problems';
import type { PartnerbookProgress } from '../../../../shared/files/partnerbook/snapshot';
import { useWorkbook } from '../../app/workbook-context';
import type { HostFile } from '../../host/host';
import { Dialog } from '../../ui/Dialog';
import { countOf } from '../../ui/format';
import { applyMerge, planMerge } from '../files/partnerbook-client';
import { ensureRoomFor, ROOM_FACTOR } from '../storage/storage-room';
import type { TaskProgress } from '../files/use-file-task';
import { MergeReviewDialog } from './MergeReviewDialog';

type Run = (
  title: string,
  job: (signal: AbortSignal, progress: TaskProgress) => Promise<string>,
) => Promise<void>;

const toTask = (progress: TaskProgress) => (p: PartnerbookProgress) =>
  progress(p.phase === 'writing' ? 'Writing the merge' : 'Reading their workbook', p.done, p.total);

/**
 * Merging a colleague's workbook file: plan it in the worker (with progress and Cancel), show the
 * review, then write it in one transaction. Returns the start function and the dialogs to render.
 */
export function useMergeFile(
  run: Run,
  onRefused: (refused: { fileName: string; problems: PartnerbookProblem[] }) => void,
): {
  startMerge: (file: HostFile, allowDifferentWorkbook?: boolean) => Promise<void>;
  dialogs: ReactNode;
} {
  const { dbName, changes, undo } = useWorkbook();
  const [review, setReview] = useState<{ plan: MergePlan; fileName: string; size: number } | null>(
    null,
  );
  // Another workbook's file, to merge anyway: read again, or for a stream (read once) planned
  // already.
  const [different, setDifferent] = useState<{
    file: HostFile;
    message: string;
    plan?: MergePlan;
  } | null>(null);

  const startMerge = (file: HostFile, allowDifferentWorkbook = false) =>
    run('Checking the workbook file', async (signal, progress) => {
      // A stream cannot be read twice: it is planned whatever workbook it is, and the question
      // whether to merge another workbook's file comes after the plan rather than before it.
      const once = !(file.data instanceof Blob);
      const result = await planMerge(dbName, file.data, file.name, toTask(progress), {
        signal,
        allowDifferentWorkbook: allowDifferentWorkbook || once,
      });
      if (result.ok) {
        const { plan } = result;
        if (once && !allowDifferentWorkbook && plan.workbook.id !== plan.theirs.id) {
          const message = differentWorkbookMessage(plan.workbook.name, plan.theirs.name);
          setDifferent({ file, message, plan });
          return '';
        }
        const nothing = plan.conflicts.length === 0 && plan.changes.length === 0;
        const noHistory =
          plan.history.addIterations.length + plan.history.addStatusChanges.length === 0;
        if (nothing && noHistory)
          return `“${file.name}” has nothing this workbook does not already have.`;
        setReview({ plan, fileName: file.name, size: file.data.size });
      } else if (result.reason === 'refused')
        onRefused({ fileName: file.name, problems: result.problems });
      else setDifferent({ file, message: result.message });
      return '';
    });

  const merge = (plan: MergePlan, fileName: string, size: number, resolutions: Resolutions) => {
    setReview(null);
    void run('Merging the workbook file', async (signal, progress) => {
      // At most the whole file is written: refused up front when the disk has no room for it.
      await ensureRoomFor(size * ROOM_FACTOR, `Merging “${fileName}”`);
      const outcome = await applyMerge({ dbName, changes }, plan, resolutions, toTask(progress), {
        signal,
      });
      const { recording } = outcome;
      undo.recordWritten(mergeLabel(fileName), recording);
      const resolved = outcome.resolved.length;
      const undoNote =
        recording.kind === 'too-large'
          ? ` This merge can’t be undone: ${tooLargeReason(recording.limit)}.`
          : '';
      return `Merged “${fileName}”${resolved > 0 ? `, ${countOf(resolved, 'conflict')} resolved as you chose` : ''}.${undoNote}`;
    });
  };

  const dialogs = (
    <>
      {review ? (
        <MergeReviewDialog
          plan={review.plan}
          fileName={review.fileName}
          onMerge={(resolutions) => merge(review.plan, review.fileName, review.size, resolutions)}
          onCancel={() => setReview(null)}
        />
      ) : null}
      {different ? (
        <Dialog title="This is another workbook" onClose={() => setDifferent(null)}>
          <p>{different.message}</p>
          <div className="dialog-actions">
            <button
              type="button"
              onClick={() => {
                const { file, plan } = different;
                setDifferent(null);
                if (plan) setReview({ plan, fileName: file.name, size: file.data.size });
                else void startMerge(file, true);
              }}
            >
              Merge it anyway
            </button>
            <button type="button" className="primary" onClick={() => setDifferent(null)}>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
  return { startMerge, dialogs };
}
