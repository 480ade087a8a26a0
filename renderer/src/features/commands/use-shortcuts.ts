import { useEffect } from 'react';
import { matchesAccelerator, type KeyPlatform } from '../../../../shared/commands/accelerator';
import { SHORTCUT_BINDINGS } from '../../../../shared/commands/commands';
import { runCommand } from './command-handlers';

/** True where a key types text: a field, a text area, a select or editable content. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
    target.type,
  );
}

/**
 * Answers the registry's shortcuts anywhere in the window. Keys without Ctrl or Cmd (`?`, `/`)
 * count only outside text fields; nothing runs behind a modal dialog, which owns the keyboard
 * while it is open.
 */
export function useShortcuts(platform: KeyPlatform): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      const binding = SHORTCUT_BINDINGS.find((candidate) =>
        matchesAccelerator(candidate.parsed, event, platform),
      );
      if (binding === undefined) return;
      if (binding.shortcut.outsideText === true && isTextTarget(event.target)) return;
      // The browser's own meaning of the keys (save page, find in page) never applies here.
      if (binding.shortcut.outsideText !== true) event.preventDefault();
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      runCommand(binding.command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [platform]);
}
