import { describe, expect, it } from 'vitest';
import { backupId, backupIdSchema, backupInfoSchema, recordTotal } from './backup-info';

const WORKBOOK = '10000000-0000-4000-8000-000000000001';

describe('backup ids', () => {
  it('joins the workbook id and the moment to the millisecond', () => {
    const id = backupId(WORKBOOK, new Date('2026-11-29T11:22:33.123Z'));
    expect(id).toBe(`${WORKBOOK}--20261129T112233123Z`);
    expect(backupIdSchema.safeParse(id).success).toBe(true);
  });

  it.each(['../etc/passwd', `${WORKBOOK}--20261129T112233123Z/../x`, WORKBOOK, ''])(
    'refuses %j',
    (id) => {
      expect(backupIdSchema.safeParse(id).success).toBe(false);
    },
  );
});

describe('backup descriptions', () => {
  const info = {
    id: `${WORKBOOK}--20261129T112233123Z`,
    workbookId: WORKBOOK,
    workbookName: 'EMEA resellers',
    createdAt: '2026-11-29T11:22:33.123Z',
    bytes: 2048,
    counts: { partners: 3, contacts: 4 },
    reason: 'scheduled',
  };

  it('reads a valid description and totals its records', () => {
    const parsed = backupInfoSchema.parse(info);
    expect(recordTotal(parsed)).toBe(7);
  });

  it('refuses unknown keys and odd table names', () => {
    expect(backupInfoSchema.safeParse({ ...info, extra: 1 }).success).toBe(false);
    const odd = { ...info, counts: { 'partners; rm': 1 } };
    expect(backupInfoSchema.safeParse(odd).success).toBe(false);
    const polluted = JSON.parse('{"__proto__": {"polluted": 1}}') as unknown;
    backupInfoSchema.safeParse({ ...info, counts: polluted });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
