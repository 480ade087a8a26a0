import { useCallback, useRef, useState } from 'react';
import { useUiActions } from '../../state/ui-selectors';

/** A long file job as the progress dialog shows it. */
export interface FileTask {
  title: string;
  /** What is happening now, e.g. "Reading the workbook". */
  step: string;
  done: number;
  total: number;
}

// Our own errors (plain Error, HostError) carry sentences written for people; anything else
// (a TypeError from a bug) is described in general terms, its detail left to the console.
function explain(error: unknown): string {
  const ours = error instanceof Error && (error.name === 'Error' || error.name === 'HostError');
  return ours && error.message !== ''
    ? error.message
    : 'something went wrong, and nothing was changed. Try again; if it keeps happening, restart the app.';
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
            : `${title}: ${explain(error)}`,
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
