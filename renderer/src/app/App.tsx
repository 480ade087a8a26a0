import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { flushPendingWrites } from '../db/pending-writes';
import { EmptyState } from '../features/onboarding/EmptyState';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { usePartnerRows } from '../features/partners/use-partners';
import { useNotice, usePanel, useUiActions, useUndoEntry, useView } from '../state/ui-selectors';
import { UndoToast } from '../ui/UndoToast';
import { FileMenu } from '../features/files/FileMenu';
import { WorkbookSwitcher } from '../features/workbooks/WorkbookSwitcher';
import { useHost } from './workbook-context';

// Not needed for the first paint: loaded the first time they are shown.
const PartnerPanel = lazy(() =>
  import('../features/partners/PartnerPanel').then((m) => ({ default: m.PartnerPanel })),
);
const PositioningScreen = lazy(() =>
  import('../features/positioning/PositioningScreen').then((m) => ({
    default: m.PositioningScreen,
  })),
);
const DraftStudio = lazy(() =>
  import('../features/positioning/DraftStudio').then((m) => ({ default: m.DraftStudio })),
);
const ImportWizard = lazy(() =>
  import('../features/import/ImportWizard').then((m) => ({ default: m.ImportWizard })),
);
const BriefView = lazy(() =>
  import('../features/brief/BriefView').then((m) => ({ default: m.BriefView })),
);
const DashboardScreen = lazy(() =>
  import('../features/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));

/** The app frame: header, the partners screen or first-run state, the side panel and toasts. */
export function App() {
  const host = useHost();
  const partners = usePartnerRows();
  const undo = useUndoEntry();
  const panelOpen = usePanel().mode !== 'closed';
  const view = useView();
  const notice = useNotice();
  const { openPanel, offerUndo, openView, showNotice } = useUiActions();
  const [aboutOpen, setAboutOpen] = useState(false);
  const dismissUndo = useCallback(() => offerUndo(null), [offerUndo]);

  useEffect(() => host.onBeforeClose(flushPendingWrites), [host]);
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'new-partner') {
          openView({ name: 'partners' });
          openPanel({ mode: 'create' });
        } else if (command === 'about') setAboutOpen(true);
        // File commands (import, export, open, merge) are answered by the File menu.
      }),
    [host, openPanel, openView],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>Partner Workbook</h1>
        <WorkbookSwitcher />
        <FileMenu />
        <nav className="app-nav" aria-label="Sections">
          <button
            type="button"
            aria-current={view.name === 'partners' || view.name === 'brief' ? 'page' : undefined}
            onClick={() => openView({ name: 'partners' })}
          >
            Partners
          </button>
          <button
            type="button"
            aria-current={view.name === 'dashboard' ? 'page' : undefined}
            onClick={() => openView({ name: 'dashboard' })}
          >
            Dashboard
          </button>
          <button
            type="button"
            aria-current={view.name === 'positioning' || view.name === 'draft' ? 'page' : undefined}
            onClick={() => openView({ name: 'positioning' })}
          >
            Positioning
          </button>
        </nav>
        <div className="spacer" />
        <button
          type="button"
          className="primary"
          onClick={() => {
            openView({ name: 'partners' });
            openPanel({ mode: 'create' });
          }}
        >
          New partner
        </button>
        <button type="button" onClick={() => setAboutOpen(true)}>
          About
        </button>
      </header>
      {notice ? (
        <p className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => showNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      <div className="app-body">
        <main className="app-main">
          {view.name === 'dashboard' ? (
            <Suspense fallback={<p className="muted loading">Opening the dashboard…</p>}>
              <DashboardScreen />
            </Suspense>
          ) : view.name === 'positioning' ? (
            <Suspense fallback={<p className="muted loading">Opening positioning…</p>}>
              <PositioningScreen />
            </Suspense>
          ) : view.name === 'draft' ? (
            <Suspense fallback={<p className="muted loading">Opening the draft…</p>}>
              <DraftStudio key={view.draftId} draftId={view.draftId} />
            </Suspense>
          ) : view.name === 'import' ? (
            <Suspense fallback={<p className="muted loading">Opening the import…</p>}>
              <ImportWizard initialFile={view.file} />
            </Suspense>
          ) : view.name === 'brief' ? (
            <Suspense fallback={<p className="muted loading">Preparing the brief…</p>}>
              <BriefView partnerId={view.partnerId} />
            </Suspense>
          ) : !partners.ready ? (
            <p className="muted loading">Opening your workbook…</p>
          ) : partners.total === 0 ? (
            <EmptyState />
          ) : (
            <PartnersScreen snapshot={partners} />
          )}
        </main>
        {panelOpen ? (
          <Suspense fallback={<aside className="panel" aria-busy="true" />}>
            <PartnerPanel />
          </Suspense>
        ) : null}
      </div>
      <UndoToast entry={undo} onDone={dismissUndo} />
      {aboutOpen ? (
        <Suspense fallback={null}>
          <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
