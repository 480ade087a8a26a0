import { create } from 'zustand';
import type { LifecycleStage, PartnerTier, PartnerType } from '../../../shared/domain/partner';
import type { PartnerSort } from '../../../shared/domain/partner-query';

/** Which side panel is open. */
export type PanelState =
  { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; partnerId: string };

/** Which screen fills the main area. */
export type AppView =
  | { name: 'partners' }
  /** The portfolio dashboard. */
  | { name: 'dashboard' }
  | { name: 'positioning' }
  | { name: 'draft'; draftId: string }
  /** The import screen, with the file dropped on the window or opened by the system, if any. */
  | { name: 'import'; file?: { name: string; data: Blob } }
  /** One partner's printable brief. */
  | { name: 'brief'; partnerId: string }
  /** The workbook's settings: author, currency, health score and tiers. */
  | { name: 'settings' }
  /** The automatic backups: list, preview, back up now, restore. */
  | { name: 'backups' }
  /** The company's goals and which partner objectives serve them. */
  | { name: 'goals' }
  /** A partner's plan: the one given, else the active one. */
  | { name: 'plan'; partnerId: string; planId?: string }
  /** One partner's performance: metrics, investments, return, health and tier, full width. */
  | { name: 'performance'; partnerId: string }
  /** The templates library. */
  | { name: 'templates' }
  /** One partner's QBRs. */
  | { name: 'qbrs'; partnerId: string }
  /** One QBR in its editor. */
  | { name: 'qbr'; qbrId: string }
  /** A scorecard template applied to a partner for a period. */
  | { name: 'scorecard'; templateId: string; partnerId: string; start: string; end: string }
  /** The activity log and the inbound/outbound balance. */
  | { name: 'activity'; partnerId?: string }
  /** The voice of partners and customers: feedback and decision records, one focused if given. */
  | { name: 'voice'; feedbackId?: string; decisionId?: string }
  /** Competition and trends across all partners. */
  | { name: 'market' }
  /** Colleagues across the company and the asks made of them, one focused if given. */
  | { name: 'alliances'; stakeholderId?: string }
  /** One partner's one-page business case, printable. */
  | { name: 'business-case'; partnerId: string };

/** Which tab of a partner's panel is shown. */
export type PanelTab =
  'details' | 'positioning' | 'plan' | 'performance' | 'activity' | 'intelligence';

/** A toast reporting a change or an undo, with its way back (Undo, or Redo after an undo). */
export interface UndoEntry {
  message: string;
  undo?: () => Promise<void>;
  /** The button's name; "Undo" unless given. */
  actionLabel?: string;
  /**
   * Set while the work it reports is under way (an undo of a large import): the toast stays
   * until the outcome replaces it, with a progress bar once `progress` is known.
   */
  running?: { done: number; total: number } | true;
}

/** UI state only: what the user is looking at, never a copy of stored data. */
export interface UiState {
  search: string;
  stages: LifecycleStage[];
  types: PartnerType[];
  tiers: PartnerTier[];
  tags: string[];
  sort: PartnerSort[];
  hiddenColumns: string[];
  panel: PanelState;
  panelTab: PanelTab;
  view: AppView;
  undo: UndoEntry | null;
  /** A sentence about something that just finished (an export, an open), until dismissed. */
  notice: string | null;
  setSearch: (search: string) => void;
  setStages: (stages: LifecycleStage[]) => void;
  setTypes: (types: PartnerType[]) => void;
  setTiers: (tiers: PartnerTier[]) => void;
  setTags: (tags: string[]) => void;
  clearFilters: () => void;
  setSort: (sort: PartnerSort[]) => void;
  setColumnHidden: (column: string, hidden: boolean) => void;
  openPanel: (panel: PanelState) => void;
  closePanel: () => void;
  setPanelTab: (tab: PanelTab) => void;
  openView: (view: AppView) => void;
  offerUndo: (entry: UndoEntry | null) => void;
  showNotice: (notice: string | null) => void;
}

// Views that need the whole window, so the partner panel closes when one opens.
const FULL_WINDOW_VIEWS: ReadonlySet<AppView['name']> = new Set([
  'draft',
  'brief',
  'plan',
  'performance',
  'business-case',
]);

/** The one UI store; components use the selector hooks in ./ui-selectors. */
export const useUiStore = create<UiState>()((set) => ({
  search: '',
  stages: [],
  types: [],
  tiers: [],
  tags: [],
  sort: [{ column: 'name', desc: false }],
  hiddenColumns: [],
  panel: { mode: 'closed' },
  panelTab: 'details',
  view: { name: 'partners' },
  undo: null,
  notice: null,
  setSearch: (search) => set({ search }),
  setStages: (stages) => set({ stages }),
  setTypes: (types) => set({ types }),
  setTiers: (tiers) => set({ tiers }),
  setTags: (tags) => set({ tags }),
  clearFilters: () => set({ search: '', stages: [], types: [], tiers: [], tags: [] }),
  setSort: (sort) => set({ sort }),
  setColumnHidden: (column, hidden) =>
    set((state) => ({
      hiddenColumns: hidden
        ? [...new Set([...state.hiddenColumns, column])]
        : state.hiddenColumns.filter((c) => c !== column),
    })),
  openPanel: (panel) => set({ panel }),
  closePanel: () => set({ panel: { mode: 'closed' } }),
  setPanelTab: (panelTab) => set({ panelTab }),
  // Opening a draft, a brief, a plan, a performance view or a business case closes the partner
  // panel: they need the whole window (and the panel's form would keep a stale copy of what they
  // change).
  openView: (view) =>
    set(FULL_WINDOW_VIEWS.has(view.name) ? { view, panel: { mode: 'closed' } } : { view }),
  offerUndo: (undo) => set({ undo }),
  showNotice: (notice) => set({ notice }),
}));

/** Shows a toast from outside a component (undo and redo, called from keys, menus, the palette). */
export function offerToast(entry: UndoEntry | null): void {
  useUiStore.setState({ undo: entry });
}

/**
 * Replaces a toast with its next state (how far its work has got), unless it was dismissed or
 * another replaced it meanwhile; says whether it did.
 */
export function updateToast(previous: UndoEntry, next: UndoEntry): boolean {
  if (useUiStore.getState().undo !== previous) return false;
  useUiStore.setState({ undo: next });
  return true;
}

/** Closes a toast, unless another has replaced it meanwhile. */
export function dismissToast(entry: UndoEntry): void {
  if (useUiStore.getState().undo === entry) useUiStore.setState({ undo: null });
}

/** Back to a fresh view when another workbook opens: its records are not the ones on screen. */
export function resetUiForWorkbook(): void {
  useUiStore.setState({
    search: '',
    stages: [],
    types: [],
    tiers: [],
    tags: [],
    panel: { mode: 'closed' },
    panelTab: 'details',
    view: { name: 'partners' },
    undo: null,
  });
}
