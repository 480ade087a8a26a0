import type { ActivityFilter, ActivityRepo, ActivityRow } from '../../db/repos/activity-repo';

/** Rows read at a time. */
export const LOG_PAGE = 100;

/** What the log shows: how many activities the filter holds, and the pages read so far. */
export interface LogSnapshot {
  total: number | undefined;
  pages: ReadonlyMap<number, readonly ActivityRow[]>;
}

/**
 * The activity log's window onto one filter: the count, and the pages of rows the virtualised
 * table has asked for, read a page at a time (never the whole log). A committed change clears
 * the pages and re-reads the count and the pages last asked for, so an entry shows at once.
 */
export class LogWindow {
  private snapshot: LogSnapshot = { total: undefined, pages: new Map() };
  private readonly listeners = new Set<() => void>();
  private readonly loading = new Set<number>();
  private generation = 0;
  private wanted: [number, number] = [0, 0];

  constructor(
    private readonly repo: ActivityRepo,
    private readonly filter: ActivityFilter,
  ) {}

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.snapshot.total === undefined && this.listeners.size === 1) this.reload();
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore. */
  readonly getSnapshot = (): LogSnapshot => this.snapshot;

  private publish(patch: Partial<LogSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Re-reads the count and the pages in view, after a change. */
  reload(): void {
    this.generation += 1;
    const generation = this.generation;
    this.loading.clear();
    this.repo.count(this.filter).then(
      (total) => {
        if (generation !== this.generation) return;
        this.publish({ total, pages: new Map() });
        this.request(...this.wanted);
      },
      () => {
        if (generation === this.generation) this.publish({ total: 0, pages: new Map() });
      },
    );
  }

  /** Reads the pages holding rows `first` to `last` that are not read yet. */
  request(first: number, last: number): void {
    this.wanted = [first, last];
    if (this.snapshot.total === undefined) return;
    const generation = this.generation;
    for (let page = Math.floor(first / LOG_PAGE); page <= Math.floor(last / LOG_PAGE); page += 1) {
      if (this.snapshot.pages.has(page) || this.loading.has(page)) continue;
      if (page * LOG_PAGE >= this.snapshot.total) break;
      this.loading.add(page);
      this.repo.page(this.filter, page * LOG_PAGE, LOG_PAGE).then(
        (rows) => {
          if (generation !== this.generation) return;
          this.loading.delete(page);
          this.publish({ pages: new Map(this.snapshot.pages).set(page, rows) });
        },
        () => this.loading.delete(page),
      );
    }
  }

  /** The row at an index, if its page is read. */
  static rowAt(snapshot: LogSnapshot, index: number): ActivityRow | undefined {
    return snapshot.pages.get(Math.floor(index / LOG_PAGE))?.[index % LOG_PAGE];
  }
}
