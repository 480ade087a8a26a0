/**
 * Measurements taken inside the real app page (index.html of the bench build): paint marks,
 * heap size, frame times of a scripted scroll, and the time from an input event to the DOM
 * update it causes. The functions passed to evaluate() run in the page, so they are
 * self-contained.
 */
import type { Locator, Page } from '@playwright/test';

/** Navigates to the URL and returns the User Timing mark's time from navigation start. */
export async function markAfterNavigation(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction((name) => {
    const entry = performance.getEntriesByName(name, 'mark')[0];
    return entry ? entry.startTime : false;
  }, mark);
  return (await handle.jsonValue()) as number;
}

/** The page's JavaScript heap after garbage collection, in MiB (CDP Runtime.getHeapUsage). */
export async function heapUsedMiB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await session.detach();
  }
}

/** Frame times of one scripted scroll, and the long animation frames seen meanwhile. */
export interface ScrollRun {
  /** Milliseconds between consecutive requestAnimationFrame timestamps. */
  frames: number[];
  longFrames: number;
  maxLongFrameMs: number;
}

/**
 * Scrolls from top to bottom in `steps` animation frames, one scrollTop per frame, timing every
 * frame. With `plain`, scrolls instead a plain element laid over the scroller, of the same size
 * and scroll height: the baseline of what scrolling costs on this machine without the app.
 */
export function scrollTopToBottom(scroller: Locator, steps: number, plain: boolean) {
  return scroller.evaluate(
    async (element, options): Promise<ScrollRun> => {
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      let target = element;
      let overlay: HTMLDivElement | undefined;
      if (options.plain) {
        const rect = element.getBoundingClientRect();
        overlay = document.createElement('div');
        Object.assign(overlay.style, {
          position: 'fixed',
          left: `${rect.left}px`,
          top: `${rect.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
          overflow: 'auto',
          background: 'Canvas',
          zIndex: '2147483647',
        });
        const content = document.createElement('div');
        content.style.height = `${element.scrollHeight}px`;
        content.style.background = 'repeating-linear-gradient(CanvasText 0 1px, Canvas 1px 36px)';
        overlay.append(content);
        document.body.append(overlay);
        target = overlay;
      }
      const run: ScrollRun = { frames: [], longFrames: 0, maxLongFrameMs: 0 };
      const observer = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              run.longFrames += 1;
              run.maxLongFrameMs = Math.max(run.maxLongFrameMs, entry.duration);
            }
          })
        : undefined;
      try {
        target.scrollTop = 0;
        await nextFrame();
        await nextFrame();
        observer?.observe({ type: 'long-animation-frame', buffered: false });
        const distance = target.scrollHeight - target.clientHeight;
        let last = await nextFrame();
        // Two frames past the last step, so that the rows of the last position are drawn too.
        for (let step = 1; step <= options.steps + 2; step += 1) {
          if (step <= options.steps) {
            target.scrollTop = Math.round((distance * step) / options.steps);
          }
          const now = await nextFrame();
          run.frames.push(now - last);
          last = now;
        }
        return run;
      } finally {
        observer?.disconnect();
        overlay?.remove();
      }
    },
    { steps, plain },
  );
}

/**
 * Waits until the page has no render work left: two background-priority tasks (which run only
 * once every task of a higher priority, React's rendering included, has run), then a frame.
 * requestIdleCallback is no use here: with a blinking caret in the search box it waits ~500 ms.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const scheduler: unknown = Reflect.get(window, 'scheduler');
    const postTask: unknown =
      typeof scheduler === 'object' && scheduler !== null
        ? Reflect.get(scheduler, 'postTask')
        : undefined;
    const background = () =>
      typeof postTask === 'function'
        ? (Reflect.apply(postTask, scheduler, [
            () => undefined,
            { priority: 'background' },
          ]) as Promise<void>)
        : new Promise<void>((resolve) => setTimeout(resolve, 50));
    await background();
    await background();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

const PROBE = '__workbookBenchProbe';
const PROBE_TIMEOUT_MS = 30_000;

/**
 * Arms a probe: from the next `eventType` event on `trigger`, until `watched` changes (any child
 * or text change, or, given `expectedText`, until its text is exactly that and it is not marked
 * `aria-busy="true"`, i.e. the app has finished updating it). Read it with readProbe() once the
 * event has been sent.
 */
export async function armProbe(
  watched: Locator,
  trigger: Locator,
  eventType: 'keydown' | 'click',
  expectedText?: string,
): Promise<void> {
  const triggerHandle = await trigger.elementHandle();
  await watched.evaluate(
    (element, { on, type, expected, key, timeout }) => {
      let startedAt = Number.NaN;
      const probe = new Promise<number>((resolve, reject) => {
        const finish = () => {
          observer.disconnect();
          on.removeEventListener(type, onEvent, { capture: true });
          clearTimeout(timer);
        };
        const observer = new MutationObserver(() => {
          if (Number.isNaN(startedAt)) return;
          if (expected !== undefined && element.textContent !== expected) return;
          if (expected !== undefined && element.getAttribute('aria-busy') === 'true') return;
          const ms = performance.now() - startedAt;
          finish();
          resolve(ms);
        });
        const onEvent = (event: Event) => {
          if (Number.isNaN(startedAt)) startedAt = event.timeStamp;
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`No update within ${timeout} ms (waiting for "${expected ?? 'any'}").`));
        }, timeout);
        on.addEventListener(type, onEvent, { capture: true });
        observer.observe(element, {
          childList: true,
          subtree: true,
          characterData: true,
          attributeFilter: ['aria-busy'],
        });
      });
      // An unread rejection must not surface as an unhandled one; readProbe() sees it.
      probe.catch(() => undefined);
      Reflect.set(window, key, probe);
    },
    {
      on: triggerHandle,
      type: eventType,
      expected: expectedText,
      key: PROBE,
      timeout: PROBE_TIMEOUT_MS,
    },
  );
  await triggerHandle.dispose();
}

/**
 * Waits until `element` is not marked `aria-busy="true"`: the app has finished updating it (the
 * partners count, for one, is busy while a full-text answer or filtered rows are on their way).
 */
export async function notBusy(element: Locator): Promise<void> {
  await element.and(element.page().locator(':not([aria-busy="true"])')).waitFor({
    timeout: PROBE_TIMEOUT_MS,
  });
}

/** Milliseconds from the armed event to the update it caused. */
export async function readProbe(page: Page): Promise<number> {
  return page.evaluate(async (key) => {
    const probe: unknown = Reflect.get(window, key);
    if (!(probe instanceof Promise)) throw new Error('No probe is armed.');
    const ms: unknown = await probe;
    if (typeof ms !== 'number') throw new Error('The probe measured nothing.');
    return ms;
  }, PROBE);
}
