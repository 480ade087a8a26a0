import { useShallow } from 'zustand/react/shallow';
import type { PartnerQuery } from '../../../shared/domain/partner-query';
import { useUiStore, type UiState } from './ui-store';

/** The table's filters and sort as one query object (stable while they are unchanged). */
export function usePartnerQuery(): PartnerQuery {
  return useUiStore(
    useShallow((s) => ({
      search: s.search,
      stages: s.stages,
      types: s.types,
      tiers: s.tiers,
      tags: s.tags,
      sort: s.sort,
    })),
  );
}

/** The UI actions, which never change identity. */
export function useUiActions(): Pick<
  UiState,
  | 'setSearch'
  | 'setStages'
  | 'setTypes'
  | 'setTiers'
  | 'setTags'
  | 'clearFilters'
  | 'setSort'
  | 'setColumnHidden'
  | 'openPanel'
  | 'closePanel'
  | 'setPanelTab'
  | 'openView'
  | 'offerUndo'
  | 'showNotice'
> {
  return useUiStore(
    useShallow((s) => ({
      setSearch: s.setSearch,
      setStages: s.setStages,
      setTypes: s.setTypes,
      setTiers: s.setTiers,
      setTags: s.setTags,
      clearFilters: s.clearFilters,
      setSort: s.setSort,
      setColumnHidden: s.setColumnHidden,
      openPanel: s.openPanel,
      closePanel: s.closePanel,
      setPanelTab: s.setPanelTab,
      openView: s.openView,
      offerUndo: s.offerUndo,
      showNotice: s.showNotice,
    })),
  );
}

/** The open panel. */
export const usePanel = () => useUiStore((s) => s.panel);
/** Columns the user hid. */
export const useHiddenColumns = () => useUiStore((s) => s.hiddenColumns);
/** The pending undo, if any. */
export const useUndoEntry = () => useUiStore((s) => s.undo);
/** The screen in the main area. */
export const useView = () => useUiStore((s) => s.view);
/** The tab shown in a partner's panel. */
export const usePanelTab = () => useUiStore((s) => s.panelTab);
/** The notice shown under the header, if any. */
export const useNotice = () => useUiStore((s) => s.notice);
