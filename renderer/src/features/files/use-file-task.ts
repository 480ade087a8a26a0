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
  /** Set while the job waits for the person to click `action` (see {@link TaskPrompt}). */
  prompt?: { message: string; action: string };
}

/** Reports how far a job has got. */
export type TaskProgress = (step: string, done?: number, total?: number) => void;

/**
 * Shows the message with a button labelled `action` in the task's dialog and waits: true once it
 * is clicked (a fresh user gesture, which the browser's save dialog needs after a long job),
 * false when the task is cancelled instead.
 */
export type TaskPrompt = (message: string, action: string) => Promise<boolean>;

/**
 * Runs one long file job at a time (export, open) with a progress dialog and a Cancel that aborts
 * it. The job's promise resolves to what the user reads afterwards, shown as the app's notice. A
 * job may stop to ask for a click (its `prompt`), which `confirm` answers.
 */
export function useFileTask() {
  const [task, setTask] = useState<FileTask | null>(null);
  // The outcome outlives this component: opening a file switches workbooks, which remounts it.
  const { showNotice: setMessage } = useUiActions();
  const controller = useRef<AbortController | null>(null);
  // Answers the prompt the task waits on, if any.
  const answer = useRef<((clicked: boolean) => void) | null>(null);

  const run = useCallback(
    async (
      title: string,
      job: (signal: AbortSignal, progress: TaskProgress, prompt: TaskPrompt) => Promise<string>,
    ) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setMessage(null);
      setTask({ title, step: 'Starting', done: 0, total: 0 });
      const prompt: TaskPrompt = (message, action) =>
        new Promise<boolean>((resolve) => {
          if (abort.signal.aborted) {
            resolve(false);
            return;
          }
          const settle = (clicked: boolean) => {
            answer.current = null;
            abort.signal.removeEventListener('abort', onAbort);
            setTask({ title, step: 'Saving', done: 0, total: 0 });
            resolve(clicked);
          };
          const onAbort = () => settle(false);
          abort.signal.addEventListener('abort', onAbort);
          answer.current = settle;
          setTask({ title, step: 'Ready', done: 0, total: 0, prompt: { message, action } });
        });
      try {
        const outcome = await job(
          abort.signal,
          (step, done = 0, total = 0) => setTask({ title, step, done, total }),
          prompt,
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
  // Called straight from the prompt's button, so that the job continues within its click.
  const confirm = useCallback(() => answer.current?.(true), []);
  return { task, run, cancel, confirm };
}
