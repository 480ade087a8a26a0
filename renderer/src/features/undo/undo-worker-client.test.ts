import { describe, expect, it } from 'vitest';
import { RefusedUndo } from '../../db/undo/apply-entry';
import type { UndoRequest, UndoResponse } from '../../workers/undo-messages';
import { undoInWorker, type UndoWorkerPort } from './undo-worker-client';

// A stand-in worker: records the request, answers with the given messages.
class FakePort implements UndoWorkerPort {
  requests: UndoRequest[] = [];
  terminated = 0;
  private readonly listeners = new Map<string, (event: MessageEvent<unknown>) => void>();

  constructor(private readonly answers: (UndoResponse | 'crash')[]) {}

  postMessage(message: UndoRequest): void {
    this.requests.push(message);
    for (const answer of this.answers) {
      if (answer === 'crash') this.listeners.get('error')?.(new MessageEvent('error'));
      else this.listeners.get('message')?.(new MessageEvent('message', { data: answer }));
    }
  }

  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  addEventListener(type: string, listener: (event: MessageEvent<unknown>) => void): void {
    this.listeners.set(type, listener);
  }

  terminate(): void {
    this.terminated += 1;
  }
}

const packed = new Uint8Array([1, 2, 3]);
const request = {
  label: 'Import 2 partners from accounts.csv',
  packed,
  direction: 'undo' as const,
};

describe('the undo worker client', () => {
  it('sends the entry, passes progress on, and resolves with what was touched', async () => {
    const port = new FakePort([
      { type: 'progress', done: 2, total: 8 },
      { type: 'progress', done: 8, total: 8 },
      { type: 'applied', touched: [['partners', 'a\nb']], note: 'Kept.' },
      { type: 'progress', done: 9, total: 8 },
    ]);
    const heard: string[] = [];
    const result = await undoInWorker('wb-1', () => port)(request, (done, total) =>
      heard.push(`${done}/${total}`),
    );
    expect(port.requests).toEqual([{ type: 'apply', dbName: 'wb-1', ...request }]);
    expect(heard).toEqual(['2/8', '8/8']);
    expect(result).toEqual({
      touched: new Map([['partners', new Set(['a', 'b'])]]),
      note: 'Kept.',
    });
    expect(port.terminated).toBe(1);
  });

  it('rejects a refusal as a RefusedUndo carrying its message', async () => {
    const port = new FakePort([{ type: 'refused', message: 'Changed since.' }]);
    const applying = undoInWorker('wb-1', () => port)(request, () => undefined);
    await expect(applying).rejects.toThrow(RefusedUndo);
    await expect(applying).rejects.toThrow('Changed since.');
  });

  it('rejects when the worker fails or stops, and stops it once', async () => {
    const failed = new FakePort([
      { type: 'failed', message: 'The workbook could not be written.' },
    ]);
    await expect(undoInWorker('wb-1', () => failed)(request, () => undefined)).rejects.toThrow(
      'The workbook could not be written.',
    );
    const crashed = new FakePort(['crash', 'crash']);
    await expect(undoInWorker('wb-1', () => crashed)(request, () => undefined)).rejects.toThrow(
      'The undo worker stopped unexpectedly.',
    );
    expect(crashed.terminated).toBe(1);
  });
});
