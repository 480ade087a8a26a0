import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for forms with choices side by side. */
  wide?: boolean;
  /** A class of the dialog's own, for layouts such as the command palette's. */
  className?: string;
}

/**
 * A modal dialog, open while mounted. The native <dialog> traps focus, closes on Escape and
 * returns focus to where it was, so screen readers and keyboards get the platform's behaviour.
 */
export function Dialog({ title, onClose, children, wide, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
