// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PartnerSearch, SearchProgress } from './search-client';
import { SearchProvider } from './search-context';
import { SearchIndexProgress } from './SearchIndexProgress';

afterEach(() => {
  cleanup();
});

function fakeSearch() {
  const listeners = new Set<(progress: SearchProgress) => void>();
  const search = {
    onProgress: (listener: (progress: SearchProgress) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as Partial<PartnerSearch> as PartnerSearch;
  const report = (done: number, total: number) => {
    act(() => {
      for (const listener of listeners) listener({ done, total });
    });
  };
  return { search, report, listeners };
}

describe('the search index progress', () => {
  it('shows how far a large build has got, then goes when it is done', () => {
    const { search, report } = fakeSearch();
    render(
      <SearchProvider search={search}>
        <SearchIndexProgress />
      </SearchProvider>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    report(45_000, 100_000);
    const bar = screen.getByRole('progressbar', { name: 'Building the search index' });
    expect(bar.getAttribute('value')).toBe('45000');
    expect(bar.getAttribute('max')).toBe('100000');
    expect(screen.getByRole('status').textContent).toContain(
      'Indexing for search: 45,000 of 100,000 partners',
    );
    report(100_000, 100_000);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('stays out of sight for a small workbook, and stops listening when unmounted', () => {
    const { search, report, listeners } = fakeSearch();
    const { unmount } = render(
      <SearchProvider search={search}>
        <SearchIndexProgress />
      </SearchProvider>,
    );
    report(1_000, 4_000);
    expect(screen.queryByRole('progressbar')).toBeNull();
    unmount();
    expect(listeners.size).toBe(0);
  });
});
