import { createRoot } from 'react-dom/client';
import { openSession, WorkbookSession } from './app/WorkbookSession';
import { WorkbookRegistry } from './db/registry/workbook-registry';
import { selectHost } from './host/select-host';
import './ui/theme.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

function showStartupError(message: string) {
  root.render(
    <main className="startup-error" role="alert">
      <h1>Partner Workbook could not open your workbook</h1>
      <p>{message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>,
  );
}

const host = selectHost();
const registry = new WorkbookRegistry();
registry
  .startup()
  .then((dbName) => openSession(registry, dbName))
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
        'The local database did not open. Close other Partner Workbook windows and try again; your data has not been changed.',
      );
    },
  );
