// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PartnerSearch, SearchReady } from './search-client';
import { usePartnerSearch } from './use-partner-search';

interface Call {
  text: string;
  resolve(ids: string[]): void;
  reject(error: Error): void;
}

// A search whose build and answers the test releases by hand.
function controlledSearch() {
  let finishBuild: (ready: SearchReady) => void = () => undefined;
  const built = new Promise<SearchReady>((resolve) => {
    finishBuild = resolve;
  });
  const calls: Call[] = [];
  const search: PartnerSearch = {
    build: () => built,
    onProgress: () => () => undefined,
    search: (text) =>
      new Promise<string[]>((resolve, reject) => {
        calls.push({ text, resolve, reject });
      }),
    update: () => Promise.resolve(),
    searchAll: () => Promise.resolve({ partners: [], people: [] }),
    updatePeople: () => Promise.resolve(),
    dispose: () => undefined,
  };
  const ready = () =>
    act(async () => {
      finishBuild({ count: 3, ms: 1 });
      await built;
    });
  const answer = (index: number, ids: string[]) =>
    act(async () => {
      calls[index]?.resolve(ids);
      await Promise.resolve();
    });
  return { search, calls, ready, answer };
}

function renderSearch(search: PartnerSearch | null, text: string) {
  return renderHook(({ text: current }) => usePartnerSearch(search, current), {
    initialProps: { text },
  });
}

describe('usePartnerSearch', () => {
  it('hides nothing without a search or without words to search for', async () => {
    expect(renderSearch(null, 'cedar').result.current).toEqual({ ids: null, pending: false });
    const { search, calls, ready } = controlledSearch();
    const { result, rerender } = renderSearch(search, '');
    await ready();
    rerender({ text: ' , ' });
    expect(result.current).toEqual({ ids: null, pending: false });
    expect(calls).toEqual([]);
  });

  it('waits for the index, then narrows to the answer', async () => {
    const { search, calls, ready, answer } = controlledSearch();
    const { result } = renderSearch(search, 'cedar');
    expect(result.current).toEqual({ ids: null, pending: false });
    await ready();
    expect(result.current).toEqual({ ids: null, pending: true });
    expect(calls.map((call) => call.text)).toEqual(['cedar']);
    await answer(0, ['p1', 'p2']);
    expect(result.current).toEqual({ ids: new Set(['p1', 'p2']), pending: false });
  });

  it('keeps the last answer while the next is on its way, and ignores stale answers', async () => {
    const { search, ready, answer } = controlledSearch();
    const { result, rerender } = renderSearch(search, 'ced');
    await ready();
    await answer(0, ['p1', 'p2']);
    rerender({ text: 'ceda' });
    rerender({ text: 'cedar' });
    expect(result.current).toEqual({ ids: new Set(['p1', 'p2']), pending: true });
    await answer(2, ['p1']);
    await answer(1, ['p1', 'p2', 'p3']);
    expect(result.current).toEqual({ ids: new Set(['p1']), pending: false });
    rerender({ text: '' });
    expect(result.current).toEqual({ ids: null, pending: false });
  });

  it('hides nothing when a search fails', async () => {
    const { search, calls, ready } = controlledSearch();
    const { result } = renderSearch(search, 'cedar');
    await ready();
    await act(async () => {
      calls[0]?.reject(new Error('worker stopped'));
      await Promise.resolve();
    });
    expect(result.current).toEqual({ ids: null, pending: false });
  });
});
