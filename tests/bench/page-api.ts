/**
 * Calls into an API a bench page puts on `window` (the workbook, dashboard and activity
 * benches each have one), and the page chores every bench's setup shares.
 */
import type { Page } from '@playwright/test';

type Functions<Api> = { [K in keyof Api]: (...args: never[]) => unknown };

/** A typed caller of `window[global]`'s functions in whichever page `page()` returns. */
export function pageApi<Api extends Functions<Api>>(page: () => Page, global: string) {
  return <K extends keyof Api & string>(
    name: K,
    ...args: Parameters<Api[K]>
  ): Promise<Awaited<ReturnType<Api[K]>>> =>
    page().evaluate(
      async ({ apiName, method, params }) => {
        const api: unknown = Reflect.get(window, apiName);
        const fn: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, method) : 0;
        if (typeof fn !== 'function') throw new Error(`The bench page has no ${method}().`);
        const result: unknown = await Reflect.apply(fn, api, params);
        return result;
      },
      { apiName: global, method: name, params: args },
    ) as Promise<Awaited<ReturnType<Api[K]>>>;
}

/** Opens the bench page at the origin and waits for `window[global]`. */
export async function openBenchPage(page: Page, origin: string, global: string): Promise<void> {
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction((name) => name in window, global);
}

/** Deletes a database in the page, whether or not it exists or is open elsewhere. */
export async function deleteDatabaseIn(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (dbName) =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(dbName);
        request.onsuccess =
          request.onerror =
          request.onblocked =
            () => {
              resolve(undefined);
            };
      }),
    name,
  );
}
