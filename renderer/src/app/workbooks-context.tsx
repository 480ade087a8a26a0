import { createContext, useContext } from 'react';
import type { Validated } from '../../../shared/domain/validation';
import type { WorkbookEntry } from '../db/registry/workbook-registry';

/** What the workbook switcher can do: list, open, create, rename and delete local workbooks. */
export interface WorkbookActions {
  /** The open workbook's database. */
  current: string;
  list: () => Promise<WorkbookEntry[]>;
  switchTo: (dbName: string) => Promise<void>;
  /** Switches to the given workbook and deletes the one that was open (a restore over it). */
  replaceCurrent: (dbName: string) => Promise<void>;
  create: (name: unknown) => Promise<Validated<string>>;
  renameCurrent: (name: unknown) => Promise<Validated<string>>;
  /** Deletes a workbook that is not open; its backup file is the caller's job. */
  remove: (dbName: string) => Promise<void>;
}

const WorkbooksContext = createContext<WorkbookActions | null>(null);

/** Provides the switcher's actions to the app frame. */
export const WorkbooksProvider = WorkbooksContext.Provider;

/** The switcher's actions. */
export function useWorkbookActions(): WorkbookActions {
  const actions = useContext(WorkbooksContext);
  if (!actions) throw new Error('useWorkbookActions needs a WorkbooksProvider above it.');
  return actions;
}
