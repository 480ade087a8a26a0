/**
 * Main-thread long tasks while something runs, for the benchmarks that must leave the window
 * responsive (the search index build, the CSV import): a PerformanceObserver('longtask') counts
 * every task over 50 ms and keeps the longest.
 */

/** What the main thread went through while the watch ran. */
export interface LongTaskTally {
  longTasks: number;
  maxTaskMs: number;
}

/** A running watch; stop() ends it and gives its tally. */
export interface LongTaskWatch {
  stop(): Promise<LongTaskTally>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts counting long tasks on the main thread. */
export function watchLongTasks(): LongTaskWatch {
  const tally: LongTaskTally = { longTasks: 0, maxTaskMs: 0 };
  const count = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      tally.longTasks += 1;
      tally.maxTaskMs = Math.max(tally.maxTaskMs, entry.duration);
    }
  };
  const observer = new PerformanceObserver((list) => count(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    async stop() {
      try {
        // Long-task entries arrive after their task ends: give the last one a task to be reported.
        await nextTask();
        count(observer.takeRecords());
        return { ...tally };
      } finally {
        observer.disconnect();
      }
    },
  };
}
