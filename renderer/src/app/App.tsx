import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { flushPendingWrites } from '../db/pending-writes';
import { EmptyState } from '../features/onboarding/EmptyState';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { usePartnerRows } from '../features/partners/use-partners';
import { usePanel, useUiActions, useUndoEntry } from '../state/ui-selectors';
import { UndoToast } from '../ui/UndoToast';
import { useHost, useWorkbook } from './workbook-context';

// Not needed for the first paint: loaded the first time they are shown.
const PartnerPanel = lazy(() =>
  import('../features/partners/PartnerPanel').then((m) => ({ default: m.PartnerPanel })),
);
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));

/** The app frame: header, the partners screen or first-run state, the side panel and toasts. */
export function App() {
  const host = useHost();
  const { meta } = useWorkbook();
  const partners = usePartnerRows();
  const undo = useUndoEntry();
  const panelOpen = usePanel().mode !== 'closed';
  const { openPanel, offerUndo } = useUiActions();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const dismissUndo = useCallback(() => offerUndo(null), [offerUndo]);

  useEffect(() => host.onBeforeClose(flushPendingWrites), [host]);
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'new-partner') openPanel({ mode: 'create' });
        else if (command === 'about') setAboutOpen(true);
        else setNotice('Import and export arrive in a later version of Partner Workbook.');
      }),
    [host, openPanel],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>Partner Workbook</h1>
        <span className="workbook-name">{meta.name}</span>
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => openPanel({ mode: 'create' })}>
          New partner
        </button>
        <button type="button" onClick={() => setAboutOpen(true)}>
          About
        </button>
      </header>
      {notice ? (
        <p className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      <div className="app-body">
        <main className="app-main">
          {!partners.ready ? (
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
