// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TaskDialog } from './TaskDialog';
import { useFileTask, type TaskPrompt } from './use-file-task';

// jsdom has no modal dialogs; these stand in for the two calls Dialog makes.
beforeEach(() => {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      this.open = false;
    },
  });
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'close');
});

// A screen running one job that asks for a click once its work is done.
function Screen({ onAnswer }: { onAnswer: (clicked: boolean) => void }) {
  const { task, run, cancel, confirm } = useFileTask();
  const job = async (_signal: AbortSignal, _progress: unknown, prompt: TaskPrompt) => {
    const clicked = await prompt('“EMEA.partnerbook” is ready to save.', 'Save…');
    onAnswer(clicked);
    return '';
  };
  return (
    <>
      <button type="button" onClick={() => void run('Exporting the workbook', job)}>
        Export
      </button>
      {task ? <TaskDialog task={task} onCancel={cancel} onConfirm={confirm} /> : null}
    </>
  );
}

describe('a file task that asks for a click', () => {
  it('shows the message and its button, and goes on when it is clicked', async () => {
    const answers: boolean[] = [];
    render(<Screen onAnswer={(clicked) => answers.push(clicked)} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('status').textContent).toBe('“EMEA.partnerbook” is ready to save.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save…' }));
      await Promise.resolve();
    });
    expect(answers).toEqual([true]);
    expect(screen.queryByRole('button', { name: 'Save…' })).toBeNull();
  });

  it('answers no when the task is cancelled instead', async () => {
    const answers: boolean[] = [];
    render(<Screen onAnswer={(clicked) => answers.push(clicked)} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await Promise.resolve();
    });
    expect(answers).toEqual([false]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
