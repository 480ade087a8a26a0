/**
 * Who answers each command right now. Screens register a handler while they are mounted (the
 * draft studio answers Save iteration, the File menu answers Export…); the palette, the
 * keyboard shortcuts and the native menu all run a command through `runCommand`, so the three
 * do the same thing. The latest handler registered for a command wins, and a command with no
 * handler is not offered. Handlers are functions, not stored data, so they live here and not in
 * the UI store.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { CommandId } from '../../../../shared/commands/commands';

const handlers = new Map<CommandId, (() => void)[]>();
const listeners = new Set<() => void>();
let available: ReadonlySet<CommandId> = new Set();

function changed(): void {
  available = new Set([...handlers].filter(([, list]) => list.length > 0).map(([id]) => id));
  for (const listener of listeners) listener();
}

/** Makes `handler` answer `id` until the returned function is called. */
export function registerCommand(id: CommandId, handler: () => void): () => void {
  const list = handlers.get(id) ?? [];
  handlers.set(id, [...list, handler]);
  changed();
  return () => {
    handlers.set(
      id,
      (handlers.get(id) ?? []).filter((entry) => entry !== handler),
    );
    changed();
  };
}

/** Runs the command; false when nothing answers it right now. */
export function runCommand(id: CommandId): boolean {
  const handler = handlers.get(id)?.at(-1);
  if (handler === undefined) return false;
  handler();
  return true;
}

/** The commands something answers right now (a new set whenever that changes). */
export function useAvailableCommands(): ReadonlySet<CommandId> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => available,
  );
}

/**
 * Answers `id` with `handler` while the component is mounted and `enabled` is true. The latest
 * `handler` is called, so it may close over fresh state without re-registering.
 */
export function useCommandHandler(id: CommandId, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    return registerCommand(id, () => latest.current());
  }, [id, enabled]);
}
