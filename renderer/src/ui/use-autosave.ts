import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors, Validated } from '../../../shared/domain/validation';
import { registerFlusher } from '../db/pending-writes';

/** Where the editor's changes stand. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

const DELAY_MS = 300;

/**
 * Saves a value shortly after each change, and at once when flushed (panel closed, app quitting).
 * Invalid values are not written: their field messages come back instead.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<Validated<unknown>>) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [errors, setErrors] = useState<FieldErrors>({});
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const first = useRef(true);
  // The value the effect below last took in. Until it has run for a new value, the editor shows
  // "Editing…" rather than the previous save's "saved": nothing may read as saved before it is.
  const [takenIn, setTakenIn] = useState(value);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      const result = await saveRef.current(next);
      setErrors(result.ok ? {} : result.errors);
      setStatus(result.ok ? 'saved' : 'invalid');
    } catch {
      setStatus('failed');
    }
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = value;
    setTakenIn(value);
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [value, flush]);

  useEffect(() => {
    const unregister = registerFlusher(flush, () => pending.current !== null);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  return { status: value !== takenIn && status === 'saved' ? 'pending' : status, errors, flush };
}
