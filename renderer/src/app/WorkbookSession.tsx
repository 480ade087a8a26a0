import { StrictMode, useCallback, useMemo, useState } from 'react';
import { validate } from '../../../shared/domain/validation';
import { flushPendingWrites } from '../db/pending-writes';
import { workbookNameSchema, type WorkbookRegistry } from '../db/registry/workbook-registry';
import { openWorkbook, type OpenOptions, type Workbook } from '../db/workbook';
import type { PartnerSearch } from '../features/search/search-client';
import { SearchProvider, startPartnerSearch } from '../features/search/search-context';
import type { Host } from '../host/host';
import {
  rememberViewOf,
  restoreRememberedView,
  stopRememberingView,
} from '../state/remembered-view';
import { resetUiForWorkbook } from '../state/ui-store';
import { App } from './App';
import { ServicesProvider } from './workbook-context';
import { WorkbooksProvider, type WorkbookActions } from './workbooks-context';

/** One open workbook with its search worker. */
export interface Session {
  workbook: Workbook;
  search: PartnerSearch;
}

/**
 * Opens a workbook, records it as the last opened, starts its search, and brings back the screen,
 * columns, sort and filters it was last seen with.
 */
export async function openSession(
  registry: WorkbookRegistry,
  dbName: string,
  name?: string,
  options: OpenOptions = {},
): Promise<Session> {
  const workbook = await openWorkbook(dbName, name, options);
  await registry.opened(dbName, workbook.meta.name);
  restoreRememberedView(dbName);
  rememberViewOf(dbName);
  return { workbook, search: startPartnerSearch(workbook) };
}

async function closeSession(session: Session): Promise<void> {
  // Edits still typed into an editor are saved to the workbook they belong to before it closes.
  await flushPendingWrites();
  // Before the UI store is reset for the next workbook, so this one keeps its remembered view.
  stopRememberingView();
  session.search.dispose();
  session.workbook.close();
}

interface WorkbookSessionProps {
  registry: WorkbookRegistry;
  host: Host;
  initial: Session;
  onFatal: (message: string) => void;
}

/** Keeps one workbook open at a time and switches between local workbooks. */
export function WorkbookSession({ registry, host, initial, onFatal }: WorkbookSessionProps) {
  const [session, setSession] = useState(initial);
  const dbName = session.workbook.dbName;

  const replace = useCallback(
    async (next: string, name?: string) => {
      await closeSession(session);
      resetUiForWorkbook();
      try {
        setSession(await openSession(registry, next, name));
      } catch {
        onFatal('The workbook did not open. Your data has not been changed; try again.');
      }
    },
    [session, registry, onFatal],
  );

  const actions = useMemo<WorkbookActions>(
    () => ({
      current: dbName,
      list: () => registry.list(),
      switchTo: (next) => (next === dbName ? Promise.resolve() : replace(next)),
      replaceCurrent: async (next) => {
        if (next === dbName) return;
        await replace(next);
        await registry.remove(dbName);
      },
      create: async (name) => {
        const checked = validate(workbookNameSchema, name, 'name');
        if (!checked.ok) return checked;
        await replace(registry.newDatabaseName(), checked.value);
        return checked;
      },
      renameCurrent: async (name) => {
        const checked = await registry.rename(dbName, name);
        if (checked.ok) await session.workbook.metaRepo.rename(checked.value);
        return checked;
      },
      remove: async (target) => {
        if (target === dbName) throw new Error('The open workbook cannot be deleted.');
        await registry.remove(target);
      },
    }),
    [dbName, registry, replace, session],
  );

  return (
    <StrictMode>
      <WorkbooksProvider value={actions}>
        <ServicesProvider key={dbName} workbook={session.workbook} host={host}>
          <SearchProvider search={session.search}>
            <App />
          </SearchProvider>
        </ServicesProvider>
      </WorkbooksProvider>
    </StrictMode>
  );
}
