import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/files/tabular/import-fields';
import type { PlanOptions } from '../../../../shared/files/tabular/match';
import { userMessage } from '../../../../shared/util/user-message';
import { useWorkbook } from '../../app/workbook-context';
import type { PlanSummary, TableSummary } from '../../workers/import-messages';
import {
  createImportSession,
  ImportCancelledError,
  type AppliedImport,
  type ImportClientProgress,
  type ImportSession,
} from '../files/import-client';
import { ensureRoomFor, roomForImport } from '../storage/storage-room';

/** Where an import stands, as the wizard shows it. */
export type ImportState =
  | { step: 'choose'; error?: string }
  | { step: 'reading'; fileName: string }
  | { step: 'review'; table: TableSummary; plan?: PlanSummary; error?: string }
  | { step: 'writing'; table: TableSummary; plan: PlanSummary }
  | { step: 'done'; table: TableSummary; result: AppliedImport }
  | { step: 'cancelled' };

const message = (error: unknown, fallback: string) => userMessage(error, fallback);

// An untrusted file that takes longer than this to read is given up on: the worker is stopped,
// so a pathological file can never keep a worker (or the user) waiting for ever. A 100,000-row
// CSV reads in a few seconds here.
const READ_TIME_LIMIT_MS = 120_000;

/**
 * One import at a time, driven through its worker: read a file, change the mapping, check what
 * would happen, write it, or cancel at any point (the workbook is then unchanged).
 */
export function useImport() {
  const { dbName, changes, undo } = useWorkbook();
  const session = useRef<ImportSession | null>(null);
  // The size of the file being imported, to check the disk has room before it is written.
  const fileSize = useRef(0);
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [progress, setProgress] = useState<ImportClientProgress | null>(null);

  const stop = useCallback(() => {
    session.current?.cancel();
    session.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const read = useCallback(
    async (file: Blob, fileName: string) => {
      stop();
      fileSize.current = file.size;
      const next = createImportSession(dbName, changes, undo);
      session.current = next;
      next.onProgress(setProgress);
      setState({ step: 'reading', fileName });
      // An object, so that the timer's write is visible to the check below.
      const deadline = { passed: false };
      const timer = setTimeout(() => {
        deadline.passed = true;
        next.cancel();
      }, READ_TIME_LIMIT_MS);
      try {
        const table = await next.read(file, fileName);
        setState({ step: 'review', table });
      } catch (error) {
        if (deadline.passed) {
          session.current = null;
          setState({
            step: 'choose',
            error: `“${fileName}” took more than two minutes to read, so the import was stopped and nothing was written. Split the file into smaller ones, or save it as CSV.`,
          });
          return;
        }
        if (error instanceof ImportCancelledError) return;
        stop();
        setState({ step: 'choose', error: message(error, `“${fileName}” could not be read.`) });
      } finally {
        clearTimeout(timer);
        setProgress(null);
      }
    },
    [dbName, changes, undo, stop],
  );

  const remap = useCallback(async (mapping: ColumnMapping) => {
    const current = session.current;
    if (!current) return;
    try {
      const table = await current.remap(mapping);
      setState({ step: 'review', table });
    } catch (error) {
      setState((s) =>
        s.step === 'review'
          ? { ...s, error: message(error, 'The mapping could not be applied.') }
          : s,
      );
    } finally {
      setProgress(null);
    }
  }, []);

  const check = useCallback(async (table: TableSummary, options: PlanOptions) => {
    const current = session.current;
    if (!current) return;
    try {
      const plan = await current.plan(options);
      setState({ step: 'review', table, plan });
    } catch (error) {
      setState({
        step: 'review',
        table,
        error: message(error, 'The import could not be checked.'),
      });
    } finally {
      setProgress(null);
    }
  }, []);

  const apply = useCallback(async (table: TableSummary, plan: PlanSummary) => {
    const current = session.current;
    if (!current) return;
    setState({ step: 'writing', table, plan });
    try {
      const file = { name: table.fileName, size: fileSize.current };
      await ensureRoomFor(roomForImport(file), `Importing “${table.fileName}”`);
      const result = await current.apply();
      setState({ step: 'done', table, result });
    } catch (error) {
      if (error instanceof ImportCancelledError) return;
      setState({
        step: 'review',
        table,
        plan,
        error: message(error, 'The import failed; the workbook was not changed.'),
      });
    } finally {
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => {
    stop();
    setProgress(null);
    setState({ step: 'cancelled' });
  }, [stop]);

  return { state, progress, read, remap, check, apply, cancel };
}
