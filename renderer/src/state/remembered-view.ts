import {
  parseRememberedViewText,
  REMEMBERED_SCREENS,
  type RememberedScreen,
  type RememberedView,
} from '../../../shared/domain/ui/remembered-view';
import { useUiStore, type UiState } from './ui-store';

/*
 * Remembers, per workbook, the screen and the partners table's columns, sort and filters across
 * restarts. localStorage keyed by the workbook's database name: small, read synchronously before
 * the first render of a workbook, and validated part by part when read.
 */
const keyOf = (dbName: string) => `partner-workbook:view:${dbName}`;

const isRememberedScreen = (name: string): name is RememberedScreen =>
  (REMEMBERED_SCREENS as readonly string[]).includes(name);

function snapshot(state: UiState, previous: RememberedView | undefined): RememberedView {
  return {
    // A screen that shows one record (a draft, a plan) is not reopened; the last section is.
    screen: isRememberedScreen(state.view.name)
      ? state.view.name
      : (previous?.screen ?? 'partners'),
    hiddenColumns: state.hiddenColumns as RememberedView['hiddenColumns'],
    sort: [...state.sort],
    search: state.search,
    stages: [...state.stages],
    types: [...state.types],
    tiers: [...state.tiers],
    tags: [...state.tags],
  };
}

/** Puts a workbook's remembered view into the UI store (a fresh view when none is stored). */
export function restoreRememberedView(dbName: string): void {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(keyOf(dbName));
  } catch {
    // Storage blocked: the workbook opens on a fresh view.
  }
  const view = parseRememberedViewText(text);
  useUiStore.setState({
    view: { name: view.screen },
    hiddenColumns: view.hiddenColumns,
    sort: view.sort,
    search: view.search,
    stages: view.stages,
    types: view.types,
    tiers: view.tiers,
    tags: view.tags,
  });
}

let stopCurrent: (() => void) | undefined;

/**
 * Writes the workbook's view to storage whenever it changes, until another workbook takes over or
 * stopRememberingView is called (before the UI store is reset for the next workbook).
 */
export function rememberViewOf(dbName: string): void {
  stopRememberingView();
  let last: RememberedView | undefined;
  let lastText = '';
  stopCurrent = useUiStore.subscribe((state) => {
    const next = snapshot(state, last);
    const text = JSON.stringify(next);
    if (text === lastText) return;
    last = next;
    lastText = text;
    try {
      window.localStorage.setItem(keyOf(dbName), text);
    } catch {
      // Storage full or blocked: the view is simply not remembered this time.
    }
  });
}

/** Stops writing the current workbook's view. */
export function stopRememberingView(): void {
  stopCurrent?.();
  stopCurrent = undefined;
}
