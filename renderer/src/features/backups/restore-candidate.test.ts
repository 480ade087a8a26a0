import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../../shared/backups/backup-info';
import { restoreCandidate } from './restore-candidate';

const MINE = '10000000-0000-4000-8000-000000000001';
const OTHER = '10000000-0000-4000-8000-000000000002';

function backup(workbookId: string, createdAt: string, partners: number): BackupInfo {
  return {
    id: `${workbookId}--${createdAt.replace(/[-:.]/g, '')}`,
    workbookId,
    workbookName: 'EMEA',
    createdAt,
    bytes: 100,
    counts: { partners, revisions: 4 },
    reason: 'scheduled',
  };
}

describe('restoreCandidate', () => {
  const older = backup(MINE, '2026-11-28T10:00:00.000Z', 12);
  const newerEmpty = backup(MINE, '2026-11-29T10:00:00.000Z', 0);
  const othersNewest = backup(OTHER, '2026-11-29T11:00:00.000Z', 40);

  it('offers the newest own backup that holds partners', () => {
    expect(restoreCandidate(MINE, [othersNewest, newerEmpty, older], false)).toBe(older);
  });

  it("offers another workbook's newest only when this is the only workbook", () => {
    expect(restoreCandidate(MINE, [othersNewest], false)).toBeUndefined();
    expect(restoreCandidate(MINE, [othersNewest], true)).toBe(othersNewest);
  });

  it('offers nothing when no backup holds partners', () => {
    expect(restoreCandidate(MINE, [newerEmpty], true)).toBeUndefined();
  });
});
