/** Calls into the bench page's `window.workbookBench` (renderer/src/bench/bench-api.ts). */
import type { Page } from '@playwright/test';
import {
  BENCH_GLOBAL,
  type BenchDb,
  type MainThreadReport,
  type WorkbookBench,
} from '../../renderer/src/bench/bench-api';
import type { PairSide } from './pairs';
import { SEEDED_ORIGIN } from './settings';

export type { BenchDb, MainThreadReport };

/** The calls of WorkbookBench, by name: arguments and result. */
export type BenchCalls = {
  [K in keyof WorkbookBench]: {
    args: Parameters<WorkbookBench[K]>;
    result: Awaited<ReturnType<WorkbookBench[K]>>;
  };
};

/** The bench page in one browser tab. */
export class BenchPage {
  private constructor(readonly page: Page) {}

  /** Opens the bench page in the page (of the seeded origin unless told otherwise). */
  static async open(page: Page, origin = SEEDED_ORIGIN): Promise<BenchPage> {
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction((name) => name in window, BENCH_GLOBAL);
    return new BenchPage(page);
  }

  /** Calls one function of the bench API and returns what it resolved to. */
  call<K extends keyof BenchCalls>(
    name: K,
    ...args: BenchCalls[K]['args']
  ): Promise<BenchCalls[K]['result']> {
    return this.page.evaluate(
      async ({ global, method, params }) => {
        const api: unknown = Reflect.get(window, global);
        const fn: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, method) : 0;
        if (typeof fn !== 'function') throw new Error(`The bench page has no ${method}().`);
        const result: unknown = await Reflect.apply(fn, api, params);
        return result;
      },
      { global: BENCH_GLOBAL, method: name, params: args },
    ) as Promise<BenchCalls[K]['result']>;
  }
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
