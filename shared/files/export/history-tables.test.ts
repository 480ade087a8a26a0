import { describe, expect, it } from 'vitest';
import { partnerChangeSchema } from '../../domain/partner-change';
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
});
