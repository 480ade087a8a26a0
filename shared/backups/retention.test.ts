import { describe, expect, it } from 'vitest';
import { backupsToPrune } from './retention';

const at = (createdAt: string) => ({ id: createdAt, createdAt });
const ids = (backups: { id: string }[]) => backups.map((backup) => backup.id).sort();
const NOW = new Date('2026-11-29T12:00:00.000Z');

describe('backupsToPrune', () => {
  it('keeps everything while there are ten or fewer', () => {
    const backups = Array.from({ length: 10 }, (_, i) => at(`2020-01-01T00:${10 + i}:00.000Z`));
    expect(backupsToPrune(backups, NOW)).toEqual([]);
  });

  it('keeps the ten newest of one day and drops the rest', () => {
    // Twelve backups fifteen minutes apart today: the two earliest go.
    const backups = Array.from({ length: 12 }, (_, i) => {
      const minutes = i * 15;
      const time = `${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return at(`2026-11-29T${time}:00.000Z`);
    });
    expect(ids(backupsToPrune(backups, NOW))).toEqual([
      '2026-11-29T08:00:00.000Z',
      '2026-11-29T08:15:00.000Z',
    ]);
  });

  it('keeps the newest of each of the last 14 days beyond the ten newest', () => {
    const backups = [
      // Ten today, so the daily rule alone decides the older ones.
      ...Array.from({ length: 10 }, (_, i) => at(`2026-11-29T1${i}:00:00.000Z`)),
      at('2026-11-28T09:00:00.000Z'),
      at('2026-11-28T17:00:00.000Z'), // newest of the 28th: kept
      at('2026-11-16T23:59:59.000Z'), // the 16th is the 14th day counting today: kept
      at('2026-11-15T23:59:59.000Z'), // the 15th is past the window: dropped
      at('2025-06-01T10:00:00.000Z'),
    ];
    expect(ids(backupsToPrune(backups, NOW))).toEqual([
      '2025-06-01T10:00:00.000Z',
      '2026-11-15T23:59:59.000Z',
      '2026-11-28T09:00:00.000Z',
    ]);
  });

  it('keeps old backups when they are among the ten newest', () => {
    const backups = [at('2024-01-01T00:00:00.000Z'), at('2023-01-01T00:00:00.000Z')];
    expect(backupsToPrune(backups, NOW)).toEqual([]);
  });
});
