import { useEffect, useId, useRef, useState } from 'react';
import type { PartnerbookProblem } from '../../../../shared/files/partnerbook/problems';
import { useHost, useWorkbook } from '../../app/workbook-context';
import type { HostFile } from '../../host/host';
import { useWorkbookActions } from '../../app/workbooks-context';
import { useUiActions } from '../../state/ui-selectors';
import { useWorkbookName } from '../workbooks/use-workbooks';
import { Dialog } from '../../ui/Dialog';
import { useMergeFile } from '../merge/use-merge-file';
import { useCommandHandler } from '../commands/command-handlers';
import { ExportDialog, type ExportChoice } from './ExportDialog';
import {
  openWorkbookFile,
  PARTNERBOOK_FILTER,
  saveSpreadsheets,
  saveWorkbookFile,
  type FileActionDeps,
} from './file-actions';
import { importableList, incomingKind } from './incoming-file';
import { releaseSource } from '../../host/file-source';
import { ProblemsDialog } from './ProblemsDialog';
import { TaskDialog } from './TaskDialog';
import { useFileTask } from './use-file-task';

/** The File menu: open a workbook file, import partners, export. Also answers the native menu. */
export function FileMenu() {
  const host = useHost();
  const { dbName } = useWorkbook();
  const { switchTo } = useWorkbookActions();
  const workbookName = useWorkbookName();
  const { openView, showNotice } = useUiActions();
  const popoverId = useId();
  const popoverRef = useRef<HTMLDivElement>(null);
  const { task, run, cancel, confirm } = useFileTask();
  const [exporting, setExporting] = useState(false);
  const [refused, setRefused] = useState<{
    fileName: string;
    problems: PartnerbookProblem[];
  } | null>(null);
  const { startMerge, dialogs: mergeDialogs } = useMergeFile(run, setRefused);
  const [incomingBook, setIncomingBook] = useState<HostFile | null>(null);
  // The workbook file waiting for "open or merge?": one that comes after it, or a Cancel, lets
  // it go (a streamed file is closed in the host); choosing either passes it on.
  const waitingBook = useRef<HostFile | null>(null);
  const waitFor = (file: HostFile | null, release: boolean) => {
    const waiting = waitingBook.current;
    if (release && waiting && waiting !== file) releaseSource(waiting.data);
    waitingBook.current = file;
    setIncomingBook(file);
  };
  const waitForRef = useRef(waitFor);
  const mergeFile = async () => {
    const file = await host.openFile({ filters: [PARTNERBOOK_FILTER] });
    if (file) await startMerge(file);
  };
  const deps: FileActionDeps = { host, dbName, workbookName, switchTo };
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });

  const close = () => popoverRef.current?.hidePopover();
  const openFile = async (given?: HostFile) => {
    const file = given ?? (await depsRef.current.host.openFile({ filters: [PARTNERBOOK_FILTER] }));
    if (!file) return;
    await run('Opening the workbook file', async (signal, progress) => {
      const outcome = await openWorkbookFile(depsRef.current, file, signal, progress);
      if (outcome.kind === 'refused') {
        setRefused({ fileName: outcome.fileName, problems: outcome.problems });
        return '';
      }
      return outcome.kind === 'opened' ? outcome.message : '';
    });
  };
  const exportAs = (choice: ExportChoice) => {
    setExporting(false);
    void run('Exporting the workbook', (signal, progress, prompt) =>
      choice.kind === 'partnerbook'
        ? saveWorkbookFile(depsRef.current, signal, progress, prompt)
        : saveSpreadsheets(depsRef.current, choice.format, choice.bom, signal, progress, prompt),
    );
  };
  const openRef = useRef(openFile);
  const mergeRef = useRef(mergeFile);
  useEffect(() => {
    openRef.current = openFile;
    mergeRef.current = mergeFile;
    waitForRef.current = waitFor;
  });

  // Files dropped on the window or opened by the system: workbook files open, lists import.
  useEffect(() => {
    const incoming = (file: HostFile) => {
      const kind = incomingKind(file.name);
      if (kind === 'workbook') {
        waitForRef.current(file, true);
        return;
      }
      if (kind === 'list') {
        const list = importableList(file);
        if ('refusal' in list) showNotice(list.refusal);
        else openView({ name: 'import', file: list });
        return;
      }
      releaseSource(file.data);
      showNotice(`“${file.name}” is not a workbook file, a CSV file or an Excel workbook.`);
    };
    const unsubscribe = host.onFileOpenRequested(incoming, (error) => {
      showNotice(error.message);
    });
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      incoming({ name: file.name, data: file });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      unsubscribe();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [host, openView, showNotice]);

  // The same actions from the native menu, the keyboard and the command palette.
  useCommandHandler('import', () => openView({ name: 'import' }));
  useCommandHandler('export', () => setExporting(true));
  useCommandHandler('save-workbook-file', () => exportAs({ kind: 'partnerbook' }));
  useCommandHandler('open-workbook-file', () => void openRef.current());
  useCommandHandler('merge-workbook-file', () => void mergeRef.current());

  return (
    <div className="file-menu">
      <button type="button" popoverTarget={popoverId} aria-haspopup="true">
        File
      </button>
      <div
        id={popoverId}
        ref={popoverRef}
        popover="auto"
        className="popover menu"
        role="group"
        aria-label="File"
      >
        <MenuItem onSelect={openFile} close={close}>
          Open workbook file…
        </MenuItem>
        <MenuItem onSelect={() => openView({ name: 'import' })} close={close}>
          Import partners from CSV or Excel…
        </MenuItem>
        <MenuItem onSelect={mergeFile} close={close}>
          Merge workbook file…
        </MenuItem>
        <MenuItem onSelect={() => setExporting(true)} close={close}>
          Export…
        </MenuItem>
        <MenuItem onSelect={() => openView({ name: 'backups' })} close={close}>
          Backups…
        </MenuItem>
      </div>
      {mergeDialogs}
      {incomingBook ? (
        <Dialog
          title={`Open “${incomingBook.name}”`}
          onClose={() => {
            waitFor(null, true);
          }}
        >
          <p>Open it as a workbook of its own, or merge a colleague’s changes into this one?</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                waitFor(null, false);
                void openRef.current(incomingBook);
              }}
            >
              Open as a new workbook
            </button>
            <button
              type="button"
              onClick={() => {
                waitFor(null, false);
                void startMerge(incomingBook);
              }}
            >
              Merge into “{workbookName}”
            </button>
            <button
              type="button"
              onClick={() => {
                waitFor(null, true);
              }}
            >
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
      {exporting ? <ExportDialog onExport={exportAs} onClose={() => setExporting(false)} /> : null}
      {task ? <TaskDialog task={task} onCancel={cancel} onConfirm={confirm} /> : null}
      {refused ? (
        <ProblemsDialog
          fileName={refused.fileName}
          problems={refused.problems}
          onClose={() => setRefused(null)}
        />
      ) : null}
    </div>
  );
}

/** One item of a popover menu: closes the menu, then acts. */
function MenuItem(props: {
  onSelect: () => unknown;
  close: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className="menu-item"
      onClick={() => {
        props.close();
        void props.onSelect();
      }}
    >
      {props.children}
    </button>
  );
}
