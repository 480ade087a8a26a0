import { StrictMode, useCallback, useMemo, useState } from 'react';
import { validate } from '../../../shared/domain/validation';
import { OpenCancelledError } from '../db/connection-watch';
import { flushPendingWrites } from '../db/pending-writes';
import { workbookNameSchema, type WorkbookRegistry } from '../db/registry/workbook-registry';
import { openWorkbook, type OpenOptions, type Workbook } from '../db/workbook';
import type { PartnerSearch } from '../features/search/search-client';
import { SearchProvider, startPartnerSearch } from '../features/search/search-context';
import { undoInWorker } from '../features/undo/undo-worker-client';
import type { Host } from '../host/host';
import {
  rememberViewOf,
  restoreRememberedView,
  stopRememberingView,
} from '../state/remembered-view';
import { resetUiForWorkbook } from '../state/ui-store';
import { App } from './App';
import { UpgradeWaiting } from './UpgradeWaiting';
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
  // Imports' and merges' undos run in a worker, so that a large one never stalls the window.
  const workbook = await openWorkbook(dbName, name, {
    ...options,
    applyPacked: undoInWorker(dbName),
  });
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

/** A switch kept waiting by another window's hold on the workbook switched to. */
interface Waiting {
  workbookName: string;
  backTo: string;
  goBack: () => void;
}

/** Keeps one workbook open at a time and switches between local workbooks. */
export function WorkbookSession({ registry, host, initial, onFatal }: WorkbookSessionProps) {
  const [session, setSession] = useState(initial);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const dbName = session.workbook.dbName;

  /** Closes this workbook and opens the next; false when the person went back instead. */
  const replace = useCallback(
    async (next: string, name?: string): Promise<boolean> => {
      const previous = session.workbook.meta;
      const known = await registry.list();
      const workbookName = name ?? known.find((entry) => entry.dbName === next)?.name ?? next;
      await closeSession(session);
      resetUiForWorkbook();
      const cancel = new AbortController();
      const onBlocked = () => {
        setWaiting({ workbookName, backTo: previous.name, goBack: () => cancel.abort() });
      };
      try {
        setSession(await openSession(registry, next, name, { onBlocked, signal: cancel.signal }));
        return true;
      } catch (error) {
        if (!(error instanceof OpenCancelledError)) {
          onFatal('The workbook did not open. Your data has not been changed; try again.');
          return false;
        }
      } finally {
        setWaiting(null);
      }
      try {
        setSession(await openSession(registry, dbName));
      } catch {
        onFatal('Your workbook did not open again. Your data has not been changed; try again.');
      }
      return false;
    },
    [session, dbName, registry, onFatal],
  );

  const actions = useMemo<WorkbookActions>(
    () => ({
      current: dbName,
      list: () => registry.list(),
      switchTo: async (next) => {
        if (next !== dbName) await replace(next);
      },
      replaceCurrent: async (next) => {
        if (next === dbName) return;
        // The workbook replaced is removed only once the other has opened in its place.
        if (await replace(next)) await registry.remove(dbName);
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

  if (waiting) {
    return (
      <StrictMode>
        <UpgradeWaiting
          workbookName={waiting.workbookName}
          goBack={{ to: waiting.backTo, run: waiting.goBack }}
        />
      </StrictMode>
    );
  }
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
