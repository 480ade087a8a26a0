/**
 * The dashboard benchmark's in-page API (dashboard-api.ts), set on `window.dashboardBench` when
 * the bench page imports this module. The candidate mounts the real DashboardScreen on a
 * freshly opened workbook and times it until its charts are painted; the baseline reads, with raw
 * IndexedDB, the records any dashboard must read (every partner and every partner's figures).
 */
import '../ui/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { computePortfolio } from '../../../shared/domain/strategy/portfolio/portfolio';
import { DEFAULT_STRATEGY_SETTINGS } from '../../../shared/domain/strategy/strategy-settings';
import { ServicesProvider } from '../app/workbook-context';
import { openWorkbook } from '../db/workbook';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { localToday } from '../features/dashboard/use-portfolio';
import { selectHost } from '../host/select-host';
import {
  seedDashboardEntries,
  seedDashboardPartners,
  type DashboardSeedPlan,
} from './dashboard-seed';
import { DASHBOARD_BENCH_GLOBAL, type DashboardBench } from './dashboard-api';
import { openRaw, request } from './raw-idb';
import { readPartnerRaw, renderPartnerView } from './partner-view-bench';
import { seedDashboardPlans } from './plan-seed';
import { readPlanRaw, renderPlanView } from './plan-view-bench';
import { whenReady } from './view-timing';

const CHARTS = 5;
const host = selectHost();

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

// Resolves once the dashboard's heading and every chart canvas are in the DOM.
function whenCharts(container: HTMLElement): Promise<void> {
  const ready = () =>
    container.querySelector('h2') !== null && container.querySelectorAll('canvas').length >= CHARTS;
  return whenReady(container, ready, "The dashboard's charts");
}

/** Creates the workbook (the app's schema) and writes the plan's partners; ms. */
async function seedPartners(dbName: string, plan: DashboardSeedPlan): Promise<number> {
  const started = performance.now();
  (await openWorkbook(dbName)).close();
  await seedDashboardPartners(dbName, plan);
  return performance.now() - started;
}

/** Builds every partner's figures with the app's rebuild (as after an upgrade); ms. */
async function rebuildFigures(dbName: string): Promise<{ ms: number; partners: number }> {
  const workbook = await openWorkbook(dbName);
  try {
    const started = performance.now();
    const partners = await workbook.dashboard.rebuildFigures();
    return { ms: performance.now() - started, partners };
  } finally {
    workbook.close();
  }
}

/** Mounts the dashboard on a freshly opened workbook; ms from opening to charts painted. */
async function renderDashboard(dbName: string): Promise<number> {
  const container = document.createElement('div');
  Object.assign(container.style, { width: '1400px', height: '900px', overflow: 'hidden' });
  document.body.append(container);
  const root = createRoot(container);
  const started = performance.now();
  const workbook = await openWorkbook(dbName);
  try {
    const appeared = whenCharts(container);
    root.render(
      <StrictMode>
        <ServicesProvider workbook={workbook} host={host}>
          <DashboardScreen />
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

// Every record of a store with raw getAll.
async function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return request(db.transaction(store, 'readonly').objectStore(store).getAll());
}

/** The baseline: raw getAll of every partner and every partner's figures; ms. */
async function readRaw(dbName: string): Promise<number> {
  const started = performance.now();
  const db = await openRaw(dbName);
  try {
    await Promise.all([readAll(db, 'partners'), readAll(db, 'partnerFigures')]);
    return performance.now() - started;
  } finally {
    db.close();
  }
}

/** What the dashboard would cost without derived figures: raw getAll of every metric entry; ms. */
async function readEntriesRaw(dbName: string): Promise<number> {
  const started = performance.now();
  const db = await openRaw(dbName);
  try {
    await readAll(db, 'metricEntries');
    return performance.now() - started;
  } finally {
    db.close();
  }
}

/** computePortfolio alone, on data already read; ms. */
async function computeOnly(dbName: string): Promise<number> {
  const workbook = await openWorkbook(dbName);
  try {
    await workbook.partnerRows.load();
    const partners = workbook.partnerRows.getSnapshot().rows;
    const figures = await workbook.dashboard.figures();
    const plans = await workbook.dashboard.plans();
    const started = performance.now();
    computePortfolio({
      today: localToday(),
      settings: DEFAULT_STRATEGY_SETTINGS,
      partners,
      figures,
      activities: [],
      plans,
    });
    return performance.now() - started;
  } finally {
    workbook.close();
  }
}

const dashboardBench: DashboardBench = {
  seedPartners,
  seedEntries: seedDashboardEntries,
  seedPlans: seedDashboardPlans,
  rebuildFigures,
  renderDashboard,
  readRaw,
  readEntriesRaw,
  computeOnly,
  renderPartnerView,
  readPartnerRaw,
  renderPlanView,
  readPlanRaw,
};

Reflect.set(window, DASHBOARD_BENCH_GLOBAL, dashboardBench);
