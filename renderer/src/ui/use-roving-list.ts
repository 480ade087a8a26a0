/**
 * Keyboard operation of a list or table, one row tabbable at a time (a roving tabindex): the
 * arrows, Page Up/Down, Home and End move the active row and focus it, Enter opens it, Delete
 * deletes it, Escape asks the screen to close what is open. After a delete, focus goes to the
 * row that took the deleted one's place (or the new last row), so it is never lost to the page.
 * Rows are found in the container by their `data-row-index`; a virtualised list passes `reveal`
 * to scroll a row into being before it is focused.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { nextListIndex } from './list-keys';

/** What the list does with its keys. */
export interface RovingListOptions {
  count: number;
  containerRef: RefObject<HTMLElement | null>;
  onOpen?: (index: number) => void;
  onDelete?: (index: number) => void;
  onEscape?: () => void;
  /** Scrolls a row into view so that it is rendered (virtualised lists). */
  reveal?: (index: number) => void;
  /** Rows per Page Up or Page Down; by default what fits in the container. */
  pageSize?: number;
  /**
   * The rows a virtualised list has rendered: while the active row is not among them, the
   * first of them takes its place in the tab order, so Tab still reaches the list.
   */
  rendered?: { first: number; last: number };
}

/** The props a row spreads onto its element. */
export interface RovingRowProps {
  tabIndex: 0 | -1;
  'data-row-index': number;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The active row and the props that make each row keyboard-operable. */
export interface RovingList {
  activeIndex: number;
  rowProps: (index: number) => RovingRowProps;
  /** Makes a row active and focuses it once it is rendered. */
  focusRow: (index: number) => void;
}

// A revealed row of a virtualised list appears after the scroll has re-rendered the list: a few
// frames at most.
const FOCUS_FRAMES = 10;

/** Keyboard operation for a list of `count` rows. */
export function useRovingList(options: RovingListOptions): RovingList {
  const { count, containerRef, onOpen, onDelete, onEscape, reveal, pageSize, rendered } = options;
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(count - 1, 0));
  // The row deleted and the count before it: focus moves once the count changes.
  const deleted = useRef<{ index: number; count: number } | null>(null);

  const focusRow = useCallback(
    (index: number) => {
      setActive(index);
      reveal?.(index);
      let frames = 0;
      const attempt = () => {
        const row = containerRef.current?.querySelector<HTMLElement>(
          `[data-row-index="${String(index)}"]`,
        );
        if (row) row.focus({ preventScroll: reveal !== undefined });
        else if (frames < FOCUS_FRAMES) {
          frames += 1;
          requestAnimationFrame(attempt);
        }
      };
      attempt();
    },
    [containerRef, reveal],
  );

  // A delete shows up as one row fewer: focus the row now at its place.
  useEffect(() => {
    const at = deleted.current;
    if (at === null || at.count === count) return;
    deleted.current = null;
    if (count > 0) focusRow(Math.min(at.index, count - 1));
  }, [count, focusRow]);

  const tabbable =
    rendered === undefined || (activeIndex >= rendered.first && activeIndex <= rendered.last)
      ? activeIndex
      : rendered.first;
  const rowProps = (index: number): RovingRowProps => ({
    tabIndex: index === tabbable ? 0 : -1,
    'data-row-index': index,
    onFocus: () => setActive(index),
    onKeyDown: (event) => {
      // Keys typed in a control inside the row belong to that control.
      if (event.target !== event.currentTarget) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const rowHeight = event.currentTarget.getBoundingClientRect().height || 1;
      const page =
        pageSize ?? Math.floor((containerRef.current?.clientHeight ?? rowHeight) / rowHeight);
      const next = nextListIndex(event.key, index, count, page);
      if (next !== undefined) {
        event.preventDefault();
        focusRow(next);
      } else if (event.key === 'Enter' && onOpen) {
        event.preventDefault();
        onOpen(index);
      } else if (event.key === 'Delete' && onDelete) {
        event.preventDefault();
        deleted.current = { index, count };
        onDelete(index);
      } else if (event.key === 'Escape' && onEscape) {
        onEscape();
      }
    },
  });

  return { activeIndex, rowProps, focusRow };
}
