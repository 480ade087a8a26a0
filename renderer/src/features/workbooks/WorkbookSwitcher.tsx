import { useId, useRef, useState } from 'react';
import { useWorkbookActions } from '../../app/workbooks-context';
import { useCommandHandler } from '../commands/command-handlers';
import { DeleteWorkbookDialog } from './DeleteWorkbookDialog';
import { WorkbookNameDialog } from './WorkbookNameDialog';
import { useWorkbookList, useWorkbookName } from './use-workbooks';

type Dialog =
  { kind: 'new' } | { kind: 'rename' } | { kind: 'delete'; dbName: string; name: string } | null;

/** The open workbook's name in the header; opens the list of local workbooks and their actions. */
export function WorkbookSwitcher() {
  const actions = useWorkbookActions();
  const name = useWorkbookName();
  const popoverId = useId();
  const popoverRef = useRef<HTMLDivElement>(null);
  const [version, setVersion] = useState(0);
  const entries = useWorkbookList(version);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => popoverRef.current?.hidePopover();
  // Switch workbook (Ctrl+Shift+O, the menu or the palette) opens the list with focus in it.
  useCommandHandler('switch-workbook', () => {
    const popover = popoverRef.current;
    if (!popover) return;
    setVersion((v) => v + 1);
    if (!popover.matches(':popover-open')) popover.showPopover();
    popover.querySelector<HTMLElement>('button')?.focus();
  });
  useCommandHandler('new-workbook', () => {
    close();
    setDialog({ kind: 'new' });
  });
  const open = (dbName: string) => {
    close();
    setError(null);
    actions.switchTo(dbName).catch(() => setError('That workbook did not open; try again.'));
  };
  const done = () => {
    setDialog(null);
    setVersion((v) => v + 1);
  };
  return (
    <div className="workbook-switcher">
      <button
        type="button"
        className="workbook-button"
        popoverTarget={popoverId}
        aria-haspopup="true"
        aria-label={`Workbook: ${name}. Switch workbook`}
        onClick={() => setVersion((v) => v + 1)}
      >
        {name} <span aria-hidden="true">▾</span>
      </button>
      <div id={popoverId} ref={popoverRef} popover="auto" className="popover workbook-menu">
        <h2 className="menu-title">Workbooks on this computer</h2>
        <ul aria-label="Workbooks">
          {(entries ?? []).map((entry) => (
            <li key={entry.dbName}>
              <button
                type="button"
                className="menu-item"
                aria-current={entry.dbName === actions.current ? 'true' : undefined}
                onClick={() => open(entry.dbName)}
              >
                {entry.dbName === actions.current ? '✓ ' : ''}
                {entry.name}
              </button>
              {entry.dbName === actions.current ? null : (
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => {
                    close();
                    setDialog({ kind: 'delete', dbName: entry.dbName, name: entry.name });
                  }}
                >
                  Delete <span className="visually-hidden">{entry.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        <div className="menu-actions">
          <button
            type="button"
            onClick={() => {
              close();
              setDialog({ kind: 'new' });
            }}
          >
            New workbook…
          </button>
          <button
            type="button"
            onClick={() => {
              close();
              setDialog({ kind: 'rename' });
            }}
          >
            Rename this workbook…
          </button>
        </div>
      </div>
      {error ? (
        <span className="form-error" role="alert">
          {error}
        </span>
      ) : null}
      {dialog?.kind === 'new' ? (
        <WorkbookNameDialog
          title="New workbook"
          submitLabel="Create workbook"
          initial=""
          onSubmit={actions.create}
          onClose={done}
        />
      ) : dialog?.kind === 'rename' ? (
        <WorkbookNameDialog
          title="Rename workbook"
          submitLabel="Rename"
          initial={name}
          onSubmit={actions.renameCurrent}
          onClose={done}
        />
      ) : dialog?.kind === 'delete' ? (
        <DeleteWorkbookDialog dbName={dialog.dbName} name={dialog.name} onClose={done} />
      ) : null}
    </div>
  );
}
