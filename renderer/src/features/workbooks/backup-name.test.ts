import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup-name';

describe('backupFileName', () => {
  it('names the file after the workbook and the day', () => {
    expect(backupFileName('EMEA resellers', new Date('2026-11-29T10:00:00Z'))).toBe(
      'EMEA resellers backup 2026-11-29.partnerbook',
    );
  });

  it('drops characters a file name cannot hold, and falls back when nothing is left', () => {
    expect(backupFileName('Q1/Q2: "plans"', new Date('2026-01-05T00:00:00Z'))).toBe(
      'Q1 Q2 plans backup 2026-01-05.partnerbook',
    );
    expect(backupFileName('???', new Date('2026-01-05T00:00:00Z'))).toBe(
      'Workbook backup 2026-01-05.partnerbook',
    );
  });
});
