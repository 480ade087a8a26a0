// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UndoEntry } from '../state/ui-store';
import { UndoToast } from './UndoToast';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the undo toast', () => {
  it('closes a finished change’s toast after ten seconds', () => {
    const closed: UndoEntry[] = [];
    const entry: UndoEntry = { message: 'Undone: Rename partner.' };
    render(<UndoToast entry={entry} onDone={(done) => closed.push(done)} />);
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(closed).toEqual([entry]);
  });

  it('stays while its undo runs, with how far it has got', () => {
    const closed: UndoEntry[] = [];
    const entry: UndoEntry = {
      message: 'Undoing “Import 20,000 partners from accounts.csv”…',
      running: { done: 15_000, total: 40_000 },
    };
    render(<UndoToast entry={entry} onDone={(done) => closed.push(done)} />);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(closed).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe(
      'Undoing “Import 20,000 partners from accounts.csv”…37%×',
    );
    const bar = screen.getByRole('progressbar', { name: 'Progress' });
    expect(bar.getAttribute('value')).toBe('15000');
    expect(bar.getAttribute('max')).toBe('40000');
  });
});
