import { createRoot } from 'react-dom/client';
import { StartupError } from './app/StartupError';
import { UpgradeWaiting } from './app/UpgradeWaiting';
import { openSession, WorkbookSession } from './app/WorkbookSession';
import { WorkbookRegistry } from './db/registry/workbook-registry';
import { WorkbookTooNewError } from './db/too-new';
import { requestPersistence } from './features/storage/storage-room';
import { selectHost } from './host/select-host';
import './ui/theme.css';
import { applyThemePreference, readThemePreference } from './ui/theme-setting';

// Before anything renders, so a chosen theme never flashes the other one first.
applyThemePreference(readThemePreference());

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

const host = selectHost();
// Asked once at start; the answer shows in the settings. Nothing waits for it.
void requestPersistence();
const registry = new WorkbookRegistry();

function showStartupError(message: string) {
  root.render(<StartupError message={message} host={host} registry={registry} />);
}
registry
  .startup()
  .then((dbName) =>
    openSession(registry, dbName, undefined, {
      // Replaced by the app as soon as the other window lets the upgrade go on.
      onBlocked: () => {
        root.render(<UpgradeWaiting />);
      },
    }),
  )
  .then(
    (session) => {
      root.render(
        <WorkbookSession
          registry={registry}
          host={host}
          initial={session}
          onFatal={showStartupError}
        />,
      );
    },
    (error: unknown) => {
      // The technical detail goes to the console for support; the person gets a sentence.
      console.error(error);
      showStartupError(
        error instanceof WorkbookTooNewError
          ? error.message
          : 'The local database did not open. Close other Partner Workbook windows and try again; your data has not been changed.',
      );
    },
  );
