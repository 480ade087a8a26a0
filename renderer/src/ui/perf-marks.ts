import { useEffect } from 'react';

/** User Timing marks the app sets once per page load, read by the benchmarks and dev tools. */
export const PERF_MARKS = {
  firstRowsPainted: 'workbook:first-rows-painted',
  emptyStatePainted: 'workbook:empty-state-painted',
  dashboardPainted: 'workbook:dashboard-painted',
} as const;

const marked = new Set<string>();

/** Sets the mark after the next paint, the first time a component using it renders. */
export function usePaintMark(name: string, ready = true): void {
  useEffect(() => {
    if (!ready || marked.has(name)) return;
    marked.add(name);
    requestAnimationFrame(() => {
      // The frame after the one that painted: the mark is set once the rows are on screen.
      setTimeout(() => performance.mark(name), 0);
    });
  }, [name, ready]);
}
