import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardNewDatabase } from '../../db/repos/snapshot-repo';
import { openWorkbook, type Workbook } from '../../db/workbook';
import { LOG_PAGE, LogWindow, type LogSnapshot } from './log-window';

let workbook: Workbook;
let dbName: string;
let partnerId: string;

beforeEach(async () => {
  dbName = `log-window-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  const created = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' });
  if (!created.ok) throw new Error('fixture');
  partnerId = created.value.id;
});

afterEach(async () => {
  workbook.close();
  await discardNewDatabase(dbName);
});

// Resolves with the first snapshot that satisfies `done`.
function until(log: LogWindow, done: (snapshot: LogSnapshot) => boolean): Promise<LogSnapshot> {
  return new Promise((resolve) => {
    const check = () => {
      const snapshot = log.getSnapshot();
      if (done(snapshot)) {
        unsubscribe();
        resolve(snapshot);
      }
    };
    const unsubscribe = log.subscribe(check);
    check();
  });
}

describe('the log window', () => {
  it('reads the count, then only the pages asked for, and re-reads after a change', async () => {
    const total = LOG_PAGE + 5;
    const activities = Array.from({ length: total }, (_, n) => ({
      id: crypto.randomUUID(),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      partnerId,
      occurredAt: `2026-03-01T${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`,
      direction: 'inbound' as const,
      purpose: 'sales' as const,
      title: `Call ${n}`,
    }));
    await workbook.partners.putMany([], [], activities);
    const log = new LogWindow(workbook.activities, { partnerId });
    const counted = await until(log, (s) => s.total !== undefined);
    expect(counted.total).toBe(total);
    // The last rows: the second page, newest first, so the oldest activity is last.
    log.request(LOG_PAGE, LOG_PAGE + 4);
    const read = await until(log, (s) => s.pages.has(1));
    expect(read.pages.get(1)).toHaveLength(5);
    expect(LogWindow.rowAt(read, LOG_PAGE + 4)?.activity.title).toBe('Call 0');
    // A new activity: the count and the pages asked for last are read again.
    const made = await workbook.activities.create({
      partnerId,
      occurredAt: '2026-03-02T12:00:00.000Z',
      direction: 'outbound',
      purpose: 'development',
      title: 'Newest',
    });
    expect(made.ok).toBe(true);
    log.reload();
    const after = await until(log, (s) => s.total === total + 1 && s.pages.has(1));
    expect(LogWindow.rowAt(after, LOG_PAGE + 5)?.activity.title).toBe('Call 0');
  });
});
