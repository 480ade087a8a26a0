import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { RestoreOffer } from '../features/backups/RestoreOffer';
import { useBackupScheduler } from '../features/backups/use-backup-scheduler';
import { useNotice, usePanel, useUiActions, useUndoEntry } from '../state/ui-selectors';
import { UndoToast } from '../ui/UndoToast';
import { QuickActivityEntry } from '../features/activity/QuickActivityEntry';
import { FileMenu } from '../features/files/FileMenu';
import { WorkbookSearch } from '../features/search/WorkbookSearch';
import { ChangedElsewhereBanner } from '../features/workbooks/ChangedElsewhereBanner';
import { WorkbookSwitcher } from '../features/workbooks/WorkbookSwitcher';
import { AppNav } from './AppNav';
import { MainView } from './MainView';
import { useHost, useWorkbook } from './workbook-context';

// Not needed for the first paint: loaded the first time they are shown.
const PartnerPanel = lazy(() =>
  import('../features/partners/PartnerPanel').then((m) => ({ default: m.PartnerPanel })),
);
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));

/** The app frame: header, the current screen, the side panel and toasts. */
export function App() {
  const host = useHost();
  const workbook = useWorkbook();
  const undo = useUndoEntry();
  const panelOpen = usePanel().mode !== 'closed';
  const notice = useNotice();
  const { openPanel, offerUndo, openView, showNotice } = useUiActions();
  const [aboutOpen, setAboutOpen] = useState(false);
  const dismissUndo = useCallback(() => offerUndo(null), [offerUndo]);

  useBackupScheduler(host, workbook, showNotice);
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
        <AppNav />
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
        <WorkbookSearch />
      </header>
      <ChangedElsewhereBanner />
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
          <MainView />
        </main>
        {panelOpen ? (
          <Suspense fallback={<aside className="panel" aria-busy="true" />}>
            <PartnerPanel />
          </Suspense>
        ) : null}
      </div>
      <UndoToast entry={undo} onDone={dismissUndo} />
      <QuickActivityEntry />
      <RestoreOffer />
      {aboutOpen ? (
        <Suspense fallback={null}>
          <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
