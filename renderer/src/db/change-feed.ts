/** The stored tables whose changes the repositories report. */
export type WorkbookChangeTable =
  | 'partners'
  | 'positioningDrafts'
  | 'companyGoals'
  | 'partnerPlans'
  | 'investments'
  | 'metricEntries'
  | 'customMetrics'
  | 'templates'
  | 'qbrs'
  | 'partnerChanges'
  | 'activities'
  | 'intelligenceEntries'
  | 'feedback'
  | 'decisions'
  | 'stakeholders'
  | 'asks';

/** A committed change to stored records, as the repositories report it. */
export interface WorkbookChange {
  /**
   * Which records changed. `partners` is also reported when only something shown on a partner's
   * row changed, such as the positioning status summarised from its drafts.
   */
  table: WorkbookChangeTable;
  /** Ids of the records created, updated or deleted. */
  ids: readonly string[];
}

type Listener = (change: WorkbookChange) => void;

/**
 * Tells in-memory views (the partners table's rows, the search index) which records a committed
 * write touched, so that they refresh those records instead of reloading whole tables.
 */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>();

  /** Listens to committed changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reports a committed change to every listener. */
  emit(change: WorkbookChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
