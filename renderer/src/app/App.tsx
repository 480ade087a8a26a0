import { lazy, Suspense, useState } from 'react';
import { RestoreOffer } from '../features/backups/RestoreOffer';
import { useBackupScheduler } from '../features/backups/use-backup-scheduler';
import { useNotice, usePanel, useUiActions, useUndoEntry, useView } from '../state/ui-selectors';
import { dismissToast } from '../state/ui-store';
import { UndoToast } from '../ui/UndoToast';
import {
  useHistoryOf,
  useUndoGeneration,
  useUndoCommands,
} from '../features/undo/use-undo-history';
import { QuickActivityEntry } from '../features/activity/QuickActivityEntry';
import { useCommandHandler } from '../features/commands/command-handlers';
import { CommandCenter } from '../features/commands/CommandCenter';
import { FileMenu } from '../features/files/FileMenu';
import { useThemeCommand } from '../features/settings/use-theme-command';
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

// Screens whose editors take the records once and then own what is typed.
const SEEDED_EDITORS: ReadonlySet<string> = new Set([
  'draft',
  'plan',
  'qbr',
  'settings',
  'scorecard',
]);

/** The app frame: header, the current screen, the side panel and toasts. */
export function App() {
  const host = useHost();
  const workbook = useWorkbook();
  const undo = useUndoEntry();
  const panelOpen = usePanel().mode !== 'closed';
  const notice = useNotice();
  const { openPanel, openView, showNotice } = useUiActions();
  const [aboutOpen, setAboutOpen] = useState(false);
  useHistoryOf(workbook.undo);
  useUndoCommands();
  useThemeCommand();
  // After an undo or redo the editors seeded once from the records (the partner panel, a draft,
  // a plan, a QBR, the settings) start afresh: they would otherwise keep showing, and saving,
  // what was taken back. Other screens read live queries and keep their filters.
  const generation = useUndoGeneration();
  const editor = SEEDED_EDITORS.has(useView().name) ? generation : 0;

  useBackupScheduler(host, workbook, showNotice);
  const newPartner = () => {
    openView({ name: 'partners' });
    openPanel({ mode: 'create' });
  };
  useCommandHandler('new-partner', newPartner);
  useCommandHandler('about', () => setAboutOpen(true));

  return (
    <div className="app">
      <header className="app-header">
        <h1>Partner Workbook</h1>
        <WorkbookSwitcher />
        <FileMenu />
        <AppNav />
        <div className="spacer" />
        <button type="button" className="primary" onClick={newPartner}>
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
          <MainView key={editor} />
        </main>
        {panelOpen ? (
          <Suspense key={generation} fallback={<aside className="panel" aria-busy="true" />}>
            <PartnerPanel />
          </Suspense>
        ) : null}
      </div>
      <UndoToast entry={undo} onDone={dismissToast} />
      <QuickActivityEntry />
      <CommandCenter />
      <RestoreOffer />
      {aboutOpen ? (
        <Suspense fallback={null}>
          <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
