/**
 * When to back up a workbook: every 15 minutes while it changes, and at quit when it changed
 * since the last backup. A workbook nobody touches is not backed up again and again. One backup
 * runs at a time; a change during a backup marks the workbook changed for the next one.
 */
import type { BackupReason } from '../../../../shared/backups/backup-info';

/** How often a changing workbook is backed up (15 minutes). */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** The timer functions the scheduler uses (the window's, or a test's fake). */
export interface SchedulerTimers {
  setInterval(run: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/** What the scheduler needs. */
export interface BackupSchedulerDeps {
  /** Subscribes to committed changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Writes one backup; a rejection is reported through onError and retried at the next tick. */
  backUp(reason: BackupReason): Promise<unknown>;
  onError?(error: unknown): void;
  timers?: SchedulerTimers;
  intervalMs?: number;
}

const windowTimers: SchedulerTimers = {
  setInterval: (run, ms) => window.setInterval(run, ms),
  clearInterval: (id) => {
    window.clearInterval(id);
  },
};

/** Backs a workbook up on a timer while it changes, and on flush (quit) if it changed. */
export class BackupScheduler {
  private changed = false;
  private running: Promise<void> | undefined;
  private readonly stopListening: () => void;
  private readonly timer: number;
  private readonly timers: SchedulerTimers;

  constructor(private readonly deps: BackupSchedulerDeps) {
    this.timers = deps.timers ?? windowTimers;
    this.stopListening = deps.onChange(() => {
      this.changed = true;
    });
    this.timer = this.timers.setInterval(() => {
      void this.backUpIfChanged('scheduled');
    }, deps.intervalMs ?? BACKUP_INTERVAL_MS);
  }

  /** Whether the workbook changed since the last backup began. */
  get pending(): boolean {
    return this.changed;
  }

  /** Backs up now if the workbook changed (at quit); waits for one already running first. */
  async flush(): Promise<void> {
    await this.running;
    await this.backUpIfChanged('quit');
  }

  /** Stops the timer and the change listener. */
  dispose(): void {
    this.stopListening();
    this.timers.clearInterval(this.timer);
  }

  private backUpIfChanged(reason: BackupReason): Promise<void> {
    if (this.running) return this.running;
    if (!this.changed) return Promise.resolve();
    this.changed = false;
    this.running = this.deps
      .backUp(reason)
      .then(
        () => undefined,
        (error: unknown) => {
          // Not written: the changes still need a backup.
          this.changed = true;
          this.deps.onError?.(error);
        },
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
