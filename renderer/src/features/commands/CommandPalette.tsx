import './commands.css';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CommandId } from '../../../../shared/commands/commands';
import { Dialog } from '../../ui/Dialog';
import { usePaletteItems, type PaletteAction, type PaletteItem } from './use-palette-items';

interface CommandPaletteProps {
  /** The commands that can run now. */
  available: ReadonlySet<CommandId>;
  /** Closes the palette, then does what was chosen (nothing on Escape). */
  onClose: (chosen?: PaletteAction) => void;
}

/**
 * The command palette: a dialog holding a combobox whose list shows every command that can run
 * now and, once words are typed, the partners, drafts and people they find. Arrow keys move the
 * active entry (announced through aria-activedescendant while focus stays in the field), Enter
 * chooses it, Escape closes and the dialog returns focus to where it was.
 */
export function CommandPalette({ available, onClose }: CommandPaletteProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const { groups, searching, failed } = usePaletteItems(text, available);
  const listId = useId();
  const idPrefix = useId();
  const flat = useMemo(() => groups.flatMap((group) => group.items), [groups]);
  const current = Math.min(active, flat.length - 1);
  const optionId = (index: number) => `${idPrefix}-option-${String(index)}`;

  useEffect(() => {
    if (current >= 0)
      document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (item: PaletteItem | undefined) => {
    if (item) onClose(item.action);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (flat.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + flat.length) % flat.length);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const step = event.key === 'PageDown' ? 8 : -8;
      setActive(Math.min(Math.max(current + step, 0), flat.length - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(flat[current]);
    }
  };

  // Each group's first entry's place in the flat list the arrow keys walk.
  const starts = groups.map((_, at) =>
    groups.slice(0, at).reduce((sum, group) => sum + group.items.length, 0),
  );
  return (
    <Dialog title="Command palette" className="command-palette" onClose={() => onClose()}>
      <input
        type="text"
        role="combobox"
        aria-label="Command or name"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Type a command, or a partner, draft or colleague’s name…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label="Commands and results" className="palette-list">
        {groups.map((group, groupAt) => (
          <div key={group.heading} role="group" aria-label={group.heading}>
            <div aria-hidden="true" className="palette-heading">
              {group.heading}
            </div>
            {group.items.map((item, itemAt) => {
              const at = (starts[groupAt] ?? 0) + itemAt;
              return (
                <div
                  key={item.key}
                  id={optionId(at)}
                  role="option"
                  aria-selected={at === current}
                  className="palette-option"
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(at)}
                  onClick={() => choose(item)}
                >
                  <span className="palette-label">{item.label}</span>
                  {item.detail ? <span className="palette-detail">{item.detail}</span> : null}
                  {item.shortcut ? <kbd className="palette-keys">{item.shortcut}</kbd> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <p role="status" className="palette-status">
        {failed
          ? 'The search is not available right now; commands still are.'
          : searching
            ? 'Searching the workbook…'
            : flat.length === 0
              ? `Nothing matches “${text.trim()}”.`
              : ''}
      </p>
    </Dialog>
  );
}
