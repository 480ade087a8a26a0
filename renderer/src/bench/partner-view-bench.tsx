/**
 * Benchmark 16's in-page half (issue 6: a partner's metrics view under 200 ms with 10,000
 * partners and 1,000,000 metric entries). The candidate mounts the real PerformanceView for one
 * partner on an open workbook and times it until its metric entries and health components are
 * painted; the baseline reads that partner's records with raw IndexedDB index reads.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ServicesProvider } from '../app/workbook-context';
import { openWorkbook } from '../db/workbook';
import { PerformanceView } from '../features/performance/PerformanceView';
import { selectHost } from '../host/select-host';
import { openRaw, request } from './raw-idb';

const WAIT_TIMEOUT_MS = 60_000;
const READY = 'table[aria-label="Metric entries"], table[aria-label="Health components"]';
const host = selectHost();

// Resolves after the next frame is painted: a task queued from requestAnimationFrame runs after it.
function paintedFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

// Resolves once both tables are in the DOM.
function whenReady(container: HTMLElement): Promise<void> {
  const ready = () => container.querySelectorAll(READY).length >= 2;
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
      reject(new Error(`The performance view did not appear within ${WAIT_TIMEOUT_MS} ms.`));
    }, WAIT_TIMEOUT_MS);
    observer.observe(container, { childList: true, subtree: true });
  });
}

/** Mounts one partner's PerformanceView on an open workbook; ms from mount to painted. */
export async function renderPartnerView(dbName: string, partnerId: string): Promise<number> {
  const workbook = await openWorkbook(dbName);
  const container = document.createElement('div');
  Object.assign(container.style, { width: '1400px', height: '900px', overflow: 'hidden' });
  document.body.append(container);
  const root = createRoot(container);
  try {
    const started = performance.now();
    const appeared = whenReady(container);
    root.render(
      <StrictMode>
        <ServicesProvider workbook={workbook} host={host}>
          <PerformanceView partnerId={partnerId} />
        </ServicesProvider>
      </StrictMode>,
    );
    await appeared;
    await paintedFrame();
    return performance.now() - started;
  } finally {
    root.unmount();
    container.remove();
    workbook.close();
  }
}

/** The baseline: raw index reads of one partner's entries, investments, plans and activities. */
export async function readPartnerRaw(dbName: string, partnerId: string): Promise<number> {
  const db = await openRaw(dbName);
  try {
    const started = performance.now();
    const stores = ['partners', 'metricEntries', 'investments', 'partnerPlans', 'activities'];
    const tx = db.transaction(stores, 'readonly');
    await Promise.all([
      request(tx.objectStore('partners').get(partnerId)),
      ...stores
        .slice(1)
        .map((store) => request(tx.objectStore(store).index('partnerId').getAll(partnerId))),
    ]);
    return performance.now() - started;
  } finally {
    db.close();
  }
}
