// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PartnerSearch, WorkbookSearchHits } from './search-client';
import { RESULTS_PER_KIND, useWorkbookSearch } from './use-workbook-search';

interface Call {
  text: string;
  limit: number;
  resolve(hits: WorkbookSearchHits): void;
  reject(error: Error): void;
}

// A search whose workbook-wide answers the test releases by hand.
function controlledSearch() {
  const calls: Call[] = [];
  const search: PartnerSearch = {
    build: () => Promise.resolve({ count: 0, ms: 0 }),
    onProgress: () => () => undefined,
    search: () => Promise.resolve([]),
    searchHits: () => Promise.resolve({ ordinals: new Uint32Array(0), ids: [] }),
    update: () => Promise.resolve(),
    searchAll: (text, limit) =>
      new Promise<WorkbookSearchHits>((resolve, reject) => {
        calls.push({ text, limit, resolve, reject });
      }),
    updatePeople: () => Promise.resolve(),
    dispose: () => undefined,
  };
  const settle = (index: number, outcome: WorkbookSearchHits | Error) =>
    act(async () => {
      const call = calls[index];
      if (outcome instanceof Error) call?.reject(outcome);
      else call?.resolve(outcome);
      await Promise.resolve();
    });
  return { search, calls, settle };
}

const jaan: WorkbookSearchHits = {
  partners: [{ id: 'p1', name: 'Baltic Data' }],
  people: [{ table: 'stakeholders', id: 's1', label: 'Jaan Tamm', detail: 'Engineering' }],
};

describe('useWorkbookSearch', () => {
  it('is idle without a search or without words', () => {
    const { search, calls } = controlledSearch();
    expect(renderHook(() => useWorkbookSearch(null, 'tamm')).result.current).toEqual({
      status: 'idle',
    });
    expect(renderHook(() => useWorkbookSearch(search, ' , ')).result.current).toEqual({
      status: 'idle',
    });
    expect(calls).toEqual([]);
  });

  it('searches, then shows what was found, a few of each kind', async () => {
    const { search, calls, settle } = controlledSearch();
    const { result } = renderHook(() => useWorkbookSearch(search, 'tamm'));
    expect(result.current).toEqual({ status: 'searching' });
    expect(calls.map((call) => [call.text, call.limit])).toEqual([['tamm', RESULTS_PER_KIND]]);
    await settle(0, jaan);
    expect(result.current).toEqual({ status: 'found', hits: jaan });
  });

  it('keeps the last answer while typing, ignores a stale one, and says when it failed', async () => {
    const { search, settle } = controlledSearch();
    const { result, rerender } = renderHook(({ text }) => useWorkbookSearch(search, text), {
      initialProps: { text: 'ta' },
    });
    await settle(0, jaan);
    rerender({ text: 'tam' });
    rerender({ text: 'tamm' });
    expect(result.current).toEqual({ status: 'found', hits: jaan });
    await settle(2, new Error('worker stopped'));
    await settle(1, { partners: [], people: [] });
    expect(result.current).toEqual({ status: 'failed' });
  });
});
