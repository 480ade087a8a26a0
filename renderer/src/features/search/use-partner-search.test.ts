// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hitIds, type SearchHits } from '../../../../shared/search/search-hits';
import type { PartnerSearch, SearchReady } from './search-client';
import { usePartnerSearch } from './use-partner-search';

interface Call {
  text: string;
  resolve(hits: SearchHits): void;
  reject(error: Error): void;
}

// The worker's form of these ids: each its own ordinal, in a table of its own.
const hitsOf = (ids: string[]): SearchHits => ({ ordinals: Uint32Array.from(ids.keys()), ids });

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
    search: (text) => search.searchHits(text).then(hitIds),
    searchHits: (text) =>
      new Promise<SearchHits>((resolve, reject) => {
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
      calls[index]?.resolve(hitsOf(ids));
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
    expect(renderSearch(null, 'cedar').result.current).toEqual({
      text: 'cedar',
      ids: null,
      pending: false,
    });
    const { search, calls, ready } = controlledSearch();
    const { result, rerender } = renderSearch(search, '');
    await ready();
    rerender({ text: ' , ' });
    expect(result.current).toEqual({ text: ' , ', ids: null, pending: false });
    expect(calls).toEqual([]);
  });

  it('waits for the index, then narrows to the answer', async () => {
    const { search, calls, ready, answer } = controlledSearch();
    const { result } = renderSearch(search, 'cedar');
    // The typed words alone while the index builds; the count is about to change.
    expect(result.current).toEqual({ text: 'cedar', ids: null, pending: true });
    await ready();
    // Until the first answer, the typed words alone (what the rows showed before the index).
    expect(result.current).toEqual({ text: 'cedar', ids: null, pending: true });
    expect(calls.map((call) => call.text)).toEqual(['cedar']);
    await answer(0, ['p1', 'p2']);
    expect(result.current).toEqual({ text: 'cedar', ids: hitsOf(['p1', 'p2']), pending: false });
  });

  it('keeps the last answer with its text while the next is on its way, and ignores stale answers', async () => {
    const { search, ready, answer } = controlledSearch();
    const { result, rerender } = renderSearch(search, 'ced');
    await ready();
    await answer(0, ['p1', 'p2']);
    rerender({ text: 'ceda' });
    rerender({ text: 'cedar' });
    // The rows stay those of "ced" (its words and its hits) until "cedar" is answered.
    expect(result.current).toEqual({ text: 'ced', ids: hitsOf(['p1', 'p2']), pending: true });
    await answer(2, ['p1']);
    await answer(1, ['p1', 'p2', 'p3']);
    expect(result.current).toEqual({ text: 'cedar', ids: hitsOf(['p1']), pending: false });
    rerender({ text: '' });
    expect(result.current).toEqual({ text: '', ids: null, pending: false });
  });

  it('after the box is cleared, shows every row rather than the last answer until the next one', async () => {
    const { search, ready, answer } = controlledSearch();
    const { result, rerender } = renderSearch(search, 'cedar');
    await ready();
    await answer(0, ['p1']);
    rerender({ text: '' });
    rerender({ text: 'falcon' });
    expect(result.current).toEqual({ text: '', ids: null, pending: true });
    await answer(1, ['p2', 'p3']);
    expect(result.current).toEqual({ text: 'falcon', ids: hitsOf(['p2', 'p3']), pending: false });
  });

  it('is not pending when the index cannot be built', async () => {
    const search: PartnerSearch = {
      build: () => Promise.reject(new Error('no database')),
      onProgress: () => () => undefined,
      search: () => Promise.reject(new Error('unused')),
      searchHits: () => Promise.reject(new Error('unused')),
      update: () => Promise.resolve(),
      searchAll: () => Promise.resolve({ partners: [], people: [] }),
      updatePeople: () => Promise.resolve(),
      dispose: () => undefined,
    };
    const { result } = renderSearch(search, 'cedar');
    expect(result.current.pending).toBe(true);
    await act(async () => {
      await Promise.resolve();
    });
    expect(result.current).toEqual({ text: 'cedar', ids: null, pending: false });
  });

  it('hides nothing when a search fails', async () => {
    const { search, calls, ready } = controlledSearch();
    const { result } = renderSearch(search, 'cedar');
    await ready();
    await act(async () => {
      calls[0]?.reject(new Error('worker stopped'));
      await Promise.resolve();
    });
    expect(result.current).toEqual({ text: 'cedar', ids: null, pending: false });
  });
});
