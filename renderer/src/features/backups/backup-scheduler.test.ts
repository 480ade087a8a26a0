import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../../shared/backups/backup-info';
import { BackupScheduler, type SchedulerTimers } from './backup-scheduler';

function setup(fail = false) {
  let tick: (() => void) | undefined;
  let cleared = false;
  const timers: SchedulerTimers = {
    setInterval: (run) => {
      tick = run;
      return 1;
    },
    clearInterval: () => {
      cleared = true;
    },
  };
  let listener: (() => void) | undefined;
  const reasons: BackupReason[] = [];
  const errors: unknown[] = [];
  const scheduler = new BackupScheduler({
    onChange: (next) => {
      listener = next;
      return () => {
        listener = undefined;
      };
    },
    backUp: (reason) => {
      reasons.push(reason);
      return fail ? Promise.reject(new Error('disk full')) : Promise.resolve();
    },
    onError: (error) => errors.push(error),
    timers,
  });
  const change = () => listener?.();
  const elapse = async () => {
    tick?.();
    await Promise.resolve();
    await Promise.resolve();
  };
  return {
    scheduler,
    change,
    elapse,
    reasons,
    errors,
    isCleared: () => cleared,
    listener: () => listener,
  };
}

describe('BackupScheduler', () => {
  it('backs up at a tick only when the workbook changed since the last backup', async () => {
    const { change, elapse, reasons } = setup();
    await elapse();
    expect(reasons).toEqual([]);
    change();
    change();
    await elapse();
    await elapse();
    expect(reasons).toEqual(['scheduled']);
    change();
    await elapse();
    expect(reasons).toEqual(['scheduled', 'scheduled']);
  });

  it('backs up at quit when something changed, and not when nothing did', async () => {
    const { scheduler, change, reasons } = setup();
    await scheduler.flush();
    expect(reasons).toEqual([]);
    change();
    await scheduler.flush();
    expect(reasons).toEqual(['quit']);
  });

  it('keeps the change pending when a backup fails, and reports the error', async () => {
    const { scheduler, change, elapse, reasons, errors } = setup(true);
    change();
    await elapse();
    expect(errors).toHaveLength(1);
    expect(scheduler.pending).toBe(true);
    await scheduler.flush();
    expect(reasons).toEqual(['scheduled', 'quit']);
  });

  it('stops listening and ticking when disposed', () => {
    const { scheduler, isCleared, listener } = setup();
    scheduler.dispose();
    expect(isCleared()).toBe(true);
    expect(listener()).toBeUndefined();
  });
});
