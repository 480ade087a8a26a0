/**
 * Renders the positioning studio's real components into the bench page and times them: from the
 * call until the looked-for elements are in the DOM and the frame after them is painted. Each
 * render gets a fresh React root on a stage of the studio's size, unmounted after it is timed.
 */
import '../ui/theme.css';
import '../features/positioning/positioning.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DraftField } from '../../../shared/domain/positioning';
import { diffFields } from '../../../shared/positioning/diff';
import { fieldToText } from '../../../shared/positioning/field-text';
import { ServicesProvider } from '../app/workbook-context';
import type { Workbook } from '../db/workbook';
import { DiffView } from '../features/positioning/DiffView';
import { HistoryTimeline } from '../features/positioning/HistoryTimeline';
import { selectHost } from '../host/select-host';
import type { RenderReport } from './bench-api';

const STAGE_ID = 'bench-stage';
const WAIT_TIMEOUT_MS = 30_000;
const host = selectHost();
const ignore = () => undefined;

/** A stage the size of the studio's working area, emptied. */
function stage(): HTMLElement {
  document.getElementById(STAGE_ID)?.remove();
  const element = document.createElement('div');
  element.id = STAGE_ID;
  Object.assign(element.style, { width: '1200px', height: '800px', overflow: 'hidden' });
  document.body.append(element);
  return element;
}

/** Resolves with how many elements match once at least one does. */
function whenPresent(container: HTMLElement, selector: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const found = container.querySelectorAll(selector).length;
      if (found === 0) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Nothing matched ${selector} within ${WAIT_TIMEOUT_MS} ms.`));
    }, WAIT_TIMEOUT_MS);
    observer.observe(container, { childList: true, subtree: true });
  });
}

/** Resolves after the next frame is painted: a task queued from requestAnimationFrame runs after it. */
function paintedFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

/** Times from `build` (called inside the timed region) until `selector` matches and is painted. */
async function timeRender(build: () => ReactNode, selector: string): Promise<RenderReport> {
  const container = stage();
  const root = createRoot(container);
  try {
    const appeared = whenPresent(container, selector);
    const started = performance.now();
    root.render(<StrictMode>{build()}</StrictMode>);
    const elements = await appeared;
    await paintedFrame();
    return { ms: performance.now() - started, elements };
  } finally {
    root.unmount();
    container.remove();
  }
}

/** The app's history timeline of a draft, in the studio's layout, until its entries are painted. */
export function renderTimeline(workbook: Workbook, draftId: string): Promise<RenderReport> {
  return timeRender(
    () => (
      <ServicesProvider workbook={workbook} host={host}>
        <div className="studio">
          <div className="studio-body">
            <main className="studio-main" aria-label="Draft" />
            <HistoryTimeline
              draftId={draftId}
              selectedId={undefined}
              onView={ignore}
              onCompare={ignore}
              onRestore={ignore}
            />
          </div>
        </div>
      </ServicesProvider>
    ),
    '.history-entry',
  );
}

/** diffFields of the two versions and the app's DiffView, until its fields are painted. */
export function renderDiff(
  before: readonly DraftField[],
  after: readonly DraftField[],
): Promise<RenderReport> {
  return timeRender(
    () => (
      <section className="compare studio-main" aria-label="Comparison">
        <DiffView diffs={diffFields(before, after)} />
      </section>
    ),
    '.diff-field',
  );
}

/** The baseline: both versions' texts as plain paragraphs side by side, without a diff. */
function PlainTexts({
  before,
  after,
}: {
  before: readonly DraftField[];
  after: readonly DraftField[];
}) {
  return (
    <div className="diff">
      {after.map((field, index) => {
        const old = before[index];
        return (
          <section key={field.key} className="diff-field" aria-label={field.label}>
            <h4>{field.label}</h4>
            <div className="diff-columns">
              <div className="diff-side">
                <p className="prose">{old ? fieldToText(old) : ''}</p>
              </div>
              <div className="diff-side">
                <p className="prose">{fieldToText(field)}</p>
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** The same two versions as plain paragraphs, until they are painted. */
export function renderPlainTexts(
  before: readonly DraftField[],
  after: readonly DraftField[],
): Promise<RenderReport> {
  return timeRender(
    () => (
      <section className="compare studio-main" aria-label="Comparison">
        <PlainTexts before={before} after={after} />
      </section>
    ),
    '.diff-field',
  );
}
