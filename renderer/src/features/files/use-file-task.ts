import { useCallback, useRef, useState } from 'react';
import { userMessage } from '../../../../shared/util/user-message';
import { useUiActions } from '../../state/ui-selectors';

const GENERIC =
  'something went wrong, and nothing was changed. Try again; if it keeps happening, restart the app.';

/** A long file job as the progress dialog shows it. */
export interface FileTask {
  title: string;
  /** What is happening now, e.g. "Reading the workbook". */
  step: string;
  done: number;
  total: number;
}

/** Reports how far a job has got. */
export type TaskProgress = (step: string, done?: number, total?: number) => void;

/**
 * Runs one long file job at a time (export, open) with a progress dialog and a Cancel that aborts
 * it. The job's promise resolves to what the user reads afterwards, shown as the app's notice.
 */
export function useFileTask() {
  const [task, setTask] = useState<FileTask | null>(null);
  // The outcome outlives this component: opening a file switches workbooks, which remounts it.
  const { showNotice: setMessage } = useUiActions();
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (
      title: string,
      job: (signal: AbortSignal, progress: TaskProgress) => Promise<string>,
    ) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setMessage(null);
      setTask({ title, step: 'Starting', done: 0, total: 0 });
      try {
        const outcome = await job(abort.signal, (step, done = 0, total = 0) =>
          setTask({ title, step, done, total }),
        );
        setMessage(outcome === '' ? null : outcome);
      } catch (error) {
        if (!abort.signal.aborted) console.error(error);
        setMessage(
          abort.signal.aborted
            ? `${title}: cancelled. Nothing was changed.`
            : `${title}: ${userMessage(error, GENERIC)}`,
        );
      } finally {
        if (controller.current === abort) controller.current = null;
        setTask(null);
      }
    },
    [setMessage],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { task, run, cancel };
}
