import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider } from './app/workbook-context';
import { DEFAULT_WORKBOOK_DB } from './db/database';
import { openWorkbook } from './db/workbook';
import { SearchProvider, startPartnerSearch } from './features/search/search-context';
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
openWorkbook(DEFAULT_WORKBOOK_DB).then(
  (workbook) => {
    const search = startPartnerSearch(workbook);
    root.render(
      <StrictMode>
        <ServicesProvider workbook={workbook} host={host}>
          <SearchProvider search={search}>
            <App />
          </SearchProvider>
        </ServicesProvider>
      </StrictMode>,
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
