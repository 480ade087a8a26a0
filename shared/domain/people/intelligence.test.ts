import { describe, expect, it } from 'vitest';
import { isStale, marketWatch, type IntelligenceEntry } from './intelligence';

const p1 = '3f8a2b1c-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const p2 = '9b2c1d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const stamp = '2025-01-01T00:00:00.000Z';
const base = (id: string, partnerId: string, observedAt: string) => ({
  id,
  partnerId,
  observedAt,
  createdAt: stamp,
  updatedAt: stamp,
});

describe('isStale', () => {
  it('keeps an entry exactly 180 days old fresh and flags one 181 days old', () => {
    // 1 Jan 2025 + 181 days (31+28+31+30+31+30, January to June) = 1 July.
    expect(isStale({ observedAt: '2025-01-01' }, '2025-06-30')).toBe(false); // 180 days
    expect(isStale({ observedAt: '2025-01-01' }, '2025-07-01')).toBe(true); // 181 days
  });

  it('counts 29 February in a leap year', () => {
    // 1 Jan 2024 + 182 days (31+29+31+30+31+30) = 1 July, so 180 days is 29 June.
    expect(isStale({ observedAt: '2024-01-01' }, '2024-06-29')).toBe(false);
    expect(isStale({ observedAt: '2024-01-01' }, '2024-06-30')).toBe(true);
  });

  it('never flags today or a date ahead of today', () => {
    expect(isStale({ observedAt: '2025-06-30' }, '2025-06-30')).toBe(false);
    expect(isStale({ observedAt: '2026-01-01' }, '2025-06-30')).toBe(false);
  });
});

describe('marketWatch', () => {
  const entries: IntelligenceEntry[] = [
    {
      ...base('c1', p1, '2024-11-01'),
      section: 'competition',
      competitor: 'Globex',
      competitionKind: 'joint-offer-competitor',
    },
    {
      ...base('c2', p2, '2025-05-01'),
      section: 'competition',
      competitor: 'GLOBEX',
      competitionKind: 'competing-alliance',
    },
    {
      ...base('c3', p2, '2025-03-01'),
      section: 'competition',
      competitor: 'Initech',
      competitionKind: 'joint-offer-competitor',
    },
    {
      ...base('t1', p1, '2025-06-01'),
      section: 'trends',
      trend: 'Buying via marketplaces',
      impact: 'high',
    },
    { ...base('t2', p2, '2024-12-31'), section: 'trends', trend: 'AI copilots', impact: 'medium' },
    {
      ...base('x1', p1, '2025-06-01'),
      section: 'customers',
      accountName: 'Acme',
      accountStatus: 'shared',
    },
  ];
  const watch = marketWatch(entries, '2025-06-30');

  it('lists competition and trends across partners, newest first, flagging stale ones', () => {
    // Today 30 June 2025: 1 Nov 2024 is 241 days back, 31 Dec 2024 is 181, both stale.
    expect(watch.competition.map((row) => [row.entry.id, row.stale])).toEqual([
      ['c2', false],
      ['c3', false],
      ['c1', true],
    ]);
    expect(watch.trends.map((row) => [row.entry.id, row.stale])).toEqual([
      ['t1', false],
      ['t2', true],
    ]);
  });

  it('groups competitors by name across partners, most widespread first', () => {
    expect(watch.competitors).toEqual([
      {
        name: 'GLOBEX',
        partnerIds: [p2, p1],
        kinds: ['joint-offer-competitor', 'competing-alliance'],
        lastObservedAt: '2025-05-01',
      },
      {
        name: 'Initech',
        partnerIds: [p2],
        kinds: ['joint-offer-competitor'],
        lastObservedAt: '2025-03-01',
      },
    ]);
  });
});
