/** Calls into the bench page's `window.workbookBench` (renderer/src/bench/bench-api.ts). */
import type { Page } from '@playwright/test';
import {
  BENCH_GLOBAL,
  type BenchDb,
  type MainThreadReport,
  type WorkbookBench,
} from '../../renderer/src/bench/bench-api';
import { openBenchPage, pageApi } from './page-api';
import type { PairSide } from './pairs';
import { SEEDED_ORIGIN } from './settings';

export type { BenchDb, MainThreadReport };

/** The bench page in one browser tab. */
export class BenchPage {
  private constructor(readonly page: Page) {}

  /** Opens the bench page in the page (of the seeded origin unless told otherwise). */
  static async open(page: Page, origin = SEEDED_ORIGIN): Promise<BenchPage> {
    await openBenchPage(page, origin, BENCH_GLOBAL);
    return new BenchPage(page);
  }

  /**
   * Has the page collect its garbage now, between the sides of a pair: the garbage one side made
   * is then not collected during the other side's measurement.
   */
  async collectGarbage(): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page);
    try {
      await session.send('HeapProfiler.collectGarbage');
    } finally {
      await session.detach();
    }
  }

  /** Calls one function of the bench API and returns what it resolved to. */
  readonly call = pageApi<WorkbookBench>(() => this.page, BENCH_GLOBAL);
}

/**
 * One side of a pair that runs in a database of its own, `${prefix}-${pair}`, deleted straight
 * after: every write, open or import then starts from nothing.
 */
export function inFreshDatabase<T>(
  bench: BenchPage,
  prefix: string,
  run: (target: BenchDb) => Promise<T>,
): PairSide<T> {
  return async (pair) => {
    const target = { dbName: `${prefix}-${pair}` };
    try {
      return await run(target);
    } finally {
      await bench.call('deleteDatabase', target);
    }
  };
}
