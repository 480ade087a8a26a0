import type { PartnerRow } from '../../../shared/domain/partner-row';
import type { ChangeFeed } from './change-feed';
import type { PartnerRowRepo } from './repos/partner-row-repo';

/** What the partners table shows right now. */
export interface PartnerRowsSnapshot {
  /** Loaded rows: the first screenful by name while loading, then every row in storage order. */
  rows: readonly PartnerRow[];
  total: number;
  /** True once every row is loaded; until then filters see only the first rows. */
  complete: boolean;
  /** False until the first read has answered. */
  ready: boolean;
}

/** Rows painted before the whole workbook is read. */
export const FIRST_ROWS = 100;
const BATCH = 10_000;
/**
 * Partners re-read at a time after a change: the 20,000 an import's undo takes away are read in
 * pieces, so that issuing their requests never holds the window's main thread for long.
 */
export const REFRESH_PIECE = 100;

/**
 * The partners table's rows, kept in memory and refreshed record by record: a write reported by
 * the change feed re-reads only the partners it touched, never the whole table. Unchanged rows
 * keep their identity, so the sort keys and search text cached on them stay valid.
 */
export class PartnerRowsStore {
  private readonly byId = new Map<string, PartnerRow>();
  private snapshot: PartnerRowsSnapshot = { rows: [], total: 0, complete: false, ready: false };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;
  private readonly changedWhileLoading = new Set<string>();
  private refreshes: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: PartnerRowRepo,
    feed: ChangeFeed,
  ) {
    feed.subscribe((change) => {
      if (change.table !== 'partners') return;
      // Before loading starts there is nothing to refresh: the load reads the current state.
      if (this.snapshot.complete) {
        this.refresh(change.ids).catch((error: unknown) => {
          console.error('The partners table could not refresh after a change.', error);
        });
      } else if (this.loading) for (const id of change.ids) this.changedWhileLoading.add(id);
    });
  }

  /** For useSyncExternalStore: listens, and starts loading on first use. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    void this.load();
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore: the current snapshot (a new object whenever anything changed). */
  readonly getSnapshot = (): PartnerRowsSnapshot => this.snapshot;

  /** Loads the first rows, then every row; resolves when all are in memory. Runs once. */
  load(): Promise<void> {
    this.loading ??= this.loadAll();
    return this.loading;
  }

  private async loadAll(): Promise<void> {
    const [first, total] = await Promise.all([
      this.repo.firstByName(FIRST_ROWS),
      this.repo.count(),
    ]);
    this.publish({ rows: first, total, complete: false, ready: true });
    await this.repo.scan(BATCH, (rows) => {
      for (const row of rows) this.byId.set(row.id, row);
    });
    this.publishAll();
    if (this.changedWhileLoading.size > 0) {
      const ids = [...this.changedWhileLoading];
      this.changedWhileLoading.clear();
      await this.refresh(ids);
    }
  }

  // Refreshes run one after another, so that an older read never overwrites a newer one.
  private refresh(ids: readonly string[]): Promise<void> {
    // A failed refresh must not stop later ones: each starts after the previous settled.
    this.refreshes = this.refreshes
      .catch(() => undefined)
      .then(async () => {
        // Read whole before anything is applied: the table shows the change at once.
        const rows: (PartnerRow | undefined)[] = [];
        for (let start = 0; start < ids.length; start += REFRESH_PIECE) {
          rows.push(...(await this.repo.byIds(ids.slice(start, start + REFRESH_PIECE))));
        }
        ids.forEach((id, index) => {
          const row = rows[index];
          if (row) this.byId.set(id, row);
          else this.byId.delete(id);
        });
        this.publishAll();
      });
    return this.refreshes;
  }

  private publishAll(): void {
    this.publish({
      rows: [...this.byId.values()],
      total: this.byId.size,
      complete: true,
      ready: true,
    });
  }

  private publish(snapshot: PartnerRowsSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
