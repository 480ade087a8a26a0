// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Validated } from '../../../shared/domain/validation';
import { flushPendingWrites } from '../db/pending-writes';
import { useAutosave } from './use-autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const saved: Validated<unknown> = { ok: true, value: null };

describe('useAutosave', () => {
  it('does not save the initial value, then saves the latest value once after a pause', async () => {
    const save = vi.fn<(value: string) => Promise<Validated<unknown>>>(() =>
      Promise.resolve(saved),
    );
    const { result, rerender } = renderHook(({ value }) => useAutosave(value, save), {
      initialProps: { value: 'a' },
    });
    expect(result.current.status).toBe('saved');
    rerender({ value: 'ab' });
    rerender({ value: 'abc' });
    expect(result.current.status).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(299));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save.mock.calls).toEqual([['abc']]);
    expect(result.current.status).toBe('saved');
  });

  it('shows the field messages of an invalid value and reports it as not saved', async () => {
    const save = vi.fn(() =>
      Promise.resolve<Validated<unknown>>({
        ok: false,
        errors: { name: 'A partner needs a name.' },
      }),
    );
    const { result, rerender } = renderHook(({ value }) => useAutosave(value, save), {
      initialProps: { value: 'x' },
    });
    rerender({ value: '' });
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(result.current.status).toBe('invalid');
    expect(result.current.errors).toEqual({ name: 'A partner needs a name.' });
  });

  it('saves a pending change at once when the app flushes before closing, and on unmount', async () => {
    const save = vi.fn<(value: string) => Promise<Validated<unknown>>>(() =>
      Promise.resolve(saved),
    );
    const { rerender, unmount } = renderHook(({ value }) => useAutosave(value, save), {
      initialProps: { value: 'draft' },
    });
    rerender({ value: 'typed just before quit' });
    await act(() => flushPendingWrites());
    expect(save.mock.calls).toEqual([['typed just before quit']]);
    rerender({ value: 'typed just before closing the panel' });
    unmount();
    expect(save.mock.calls.at(-1)).toEqual(['typed just before closing the panel']);
  });

  it('reports a failed write', async () => {
    const save = vi.fn(() => Promise.reject(new Error('QuotaExceededError')));
    const { result, rerender } = renderHook(({ value }) => useAutosave(value, save), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(result.current.status).toBe('failed');
  });
});
