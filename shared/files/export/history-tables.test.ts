import { describe, expect, it } from 'vitest';
import { initialChanges, partnerChangeSchema } from '../../domain/partner-change';
import { historySheets } from './history-tables';

const BALTIC = '10000000-0000-4000-8000-000000000001';
const ACME = '10000000-0000-4000-8000-000000000002';
const names: Record<string, string> = { [BALTIC]: 'Baltic Data', [ACME]: 'Acme' };

const change = (id: number, partnerId: string, fields: object) =>
  partnerChangeSchema.parse({
    id: `20000000-0000-4000-8000-00000000000${id}`,
    createdAt: '2026-04-20T12:00:00.000Z',
    updatedAt: '2026-04-20T12:00:00.000Z',
    changedAt: '2026-04-20T12:00:00.000Z',
    partnerId,
    ...fields,
  });

describe('the Stage and tier changes sheet', () => {
  it('lists changes by partner, then by effective date, with labels', () => {
    const [sheet] = historySheets(
      {
        partnerChanges: [
          change(1, BALTIC, {
            field: 'tier',
            from: 'none',
            to: 'silver',
            effectiveOn: '2026-04-01',
            note: 'Review',
          }),
          change(2, BALTIC, {
            field: 'stage',
            from: null,
            to: 'onboarding',
            effectiveOn: '2026-03-10',
          }),
          change(3, ACME, {
            field: 'stage',
            from: 'onboarding',
            to: 'at-risk',
            effectiveOn: '2026-05-01',
          }),
        ],
      },
      (id) => names[id] ?? null,
    );
    expect(sheet?.name).toBe('Stage and tier changes');
    const cells = (sheet?.rows ?? []).map((row) => row.slice(0, 4));
    expect(cells).toEqual([
      ['Acme', 'Stage', 'Onboarding', 'At risk'],
      ['Baltic Data', 'Stage', null, 'Onboarding'],
      ['Baltic Data', 'Tier', 'No tier', 'Silver'],
    ]);
    expect(sheet?.rows[2]?.[6]).toBe('Review');
  });

  it('lists a partner’s derived first record of a field with none stored, not one with any', () => {
    const acme = {
      id: ACME,
      stage: 'at-risk' as const,
      tier: 'gold' as const,
      createdAt: '2026-02-03T10:00:00.000Z',
    };
    const [sheet] = historySheets(
      {
        partners: [acme],
        partnerChanges: [
          change(1, ACME, { field: 'tier', from: null, to: 'gold', effectiveOn: '2026-02-05' }),
        ],
      },
      (id) => names[id] ?? null,
    );
    // Stage: no record stored, so its first record (null to at-risk on the creation date);
    // tier: the stored record only.
    expect((sheet?.rows ?? []).map((row) => row.slice(0, 3))).toEqual([
      ['Acme', 'Stage', null],
      ['Acme', 'Tier', null],
    ]);
    expect((sheet?.rows ?? []).map((row) => row[3])).toEqual(['At risk', 'Gold']);
    expect(sheet?.rows[0]?.[4]).toEqual(new Date('2026-02-03T00:00:00.000Z'));
    expect(sheet?.rows[0]?.[8]).toBe(initialChanges(acme)[0]?.id);
    expect(sheet?.rows[1]?.[8]).toBe('20000000-0000-4000-8000-000000000001');
  });
});
