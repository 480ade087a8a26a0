/**
 * Times one screen of an open workbook, as benchmarks 16 and 17 do: mounts the real component
 * (in StrictMode, with the app's services) for a freshly opened workbook and measures from the
 * mount to the first frame painted after the screen's content is in the DOM.
 */
import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ServicesProvider } from '../app/workbook-context';
import { openWorkbook, type Workbook } from '../db/workbook';
import { selectHost } from '../host/select-host';

const WAIT_TIMEOUT_MS = 60_000;
const host = selectHost();

/** Resolves after the next frame is painted: a task queued from requestAnimationFrame runs after it. */
export function paintedFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Resolves once the screen reads as ready (text changes count: names may fill in last). */
export function whenReady(
  container: HTMLElement,
  ready: () => boolean,
  what: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ready()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${what} did not appear within ${WAIT_TIMEOUT_MS} ms.`));
    }, WAIT_TIMEOUT_MS);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  });
}

/** What to mount, and when it is ready: at least `count` elements match `selector`. */
export interface ViewToTime {
  view: ReactElement;
  selector: string;
  count: number;
  /** The screen's name, for the timeout's message. */
  what: string;
}

/** Mounts a screen on a freshly opened workbook; ms from mount to its content painted. */
export async function timeView(dbName: string, toTime: ViewToTime): Promise<number> {
  const workbook = await openWorkbook(dbName);
  try {
    return await timeMount(workbook, toTime.view, (container) =>
      whenReady(
        container,
        () => container.querySelectorAll(toTime.selector).length >= toTime.count,
        toTime.what,
      ),
    );
  } finally {
    workbook.close();
  }
}

/**
 * Mounts a screen on an open workbook; ms from mount to the frame painted after `appeared`
 * (given the screen's container) resolves.
 */
export async function timeMount(
  workbook: Workbook,
  view: ReactElement,
  appeared: (container: HTMLElement) => Promise<void>,
): Promise<number> {
  const container = document.createElement('div');
  Object.assign(container.style, { width: '1400px', height: '900px', overflow: 'hidden' });
  document.body.append(container);
  const root = createRoot(container);
  try {
    const started = performance.now();
    const ready = appeared(container);
    root.render(
      <StrictMode>
        <ServicesProvider workbook={workbook} host={host}>
          {view}
        </ServicesProvider>
      </StrictMode>,
    );
    await ready;
    await paintedFrame();
    return performance.now() - started;
  } finally {
    root.unmount();
    container.remove();
  }
}
