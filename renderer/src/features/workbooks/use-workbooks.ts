import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useWorkbook } from '../../app/workbook-context';
import { useWorkbookActions } from '../../app/workbooks-context';
import type { WorkbookEntry } from '../../db/registry/workbook-registry';

/** The open workbook's name, live (it changes on rename). */
export function useWorkbookName(): string {
  const { meta, metaRepo } = useWorkbook();
  return useLiveQuery(async () => (await metaRepo.get())?.name, [metaRepo]) ?? meta.name;
}

/** The local workbooks, reloaded whenever `version` changes (after a create, rename or delete). */
export function useWorkbookList(version: number): WorkbookEntry[] | undefined {
  const { list } = useWorkbookActions();
  const [entries, setEntries] = useState<WorkbookEntry[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    list().then(
      (found) => {
        if (live) setEntries(found);
      },
      () => {
        if (live) setEntries([]);
      },
    );
    return () => {
      live = false;
    };
  }, [list, version]);
  return entries;
}
