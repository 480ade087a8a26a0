import './commands.css';
import { renderAccelerator } from '../../../../shared/commands/accelerator';
import { COMMAND_GROUPS, commandsInGroup } from '../../../../shared/commands/commands';
import { Dialog } from '../../ui/Dialog';
import { KEY_PLATFORM } from '../../ui/key-platform';

/** Keys that work in every list and table, beside the registry's commands. */
const LIST_KEYS: readonly { what: string; keys: readonly string[] }[] = [
  { what: 'Move to the next or previous row', keys: ['Down', 'Up'] },
  { what: 'Move to the first or last row', keys: ['Home', 'End'] },
  { what: 'Move a page down or up', keys: ['PageDown', 'PageUp'] },
  { what: 'Open the row', keys: ['Enter'] },
  { what: 'Delete the row (with an offer to undo)', keys: ['Delete'] },
  { what: 'Close a panel or dialog', keys: ['Esc'] },
];

function KeysTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly { what: string; keys: readonly string[] }[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Command</th>
          <th scope="col" className="shortcut-keys">
            Keys
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.what}>
            <td>{row.what}</td>
            <td className="shortcut-keys">
              {row.keys.map((keys) => (
                <kbd key={keys}>{keys}</kbd>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The keyboard shortcuts help screen: every command with a shortcut, from the same registry the
 * menu and the palette read, written for this platform; then the keys every list answers.
 */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const groups = COMMAND_GROUPS.map((group) => ({
    caption: group,
    rows: commandsInGroup(group)
      .filter((command) => command.shortcuts.length > 0)
      .map((command) => ({
        what: command.title,
        keys: command.shortcuts.map((shortcut) =>
          renderAccelerator(shortcut.accelerator, KEY_PLATFORM),
        ),
      })),
  })).filter((group) => group.rows.length > 0);
  const listRows = LIST_KEYS.map((row) => ({
    what: row.what,
    keys: row.keys.map((key) => renderAccelerator(key, KEY_PLATFORM)),
  }));
  return (
    <Dialog title="Keyboard shortcuts" className="shortcuts-help" wide onClose={onClose}>
      {groups.map((group) => (
        <KeysTable key={group.caption} caption={group.caption} rows={group.rows} />
      ))}
      <KeysTable caption="In lists and tables" rows={listRows} />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
