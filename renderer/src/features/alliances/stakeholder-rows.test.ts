import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import {
  ageText,
  opponentsSummary,
  sortStakeholderRows,
  stakeholderRows,
} from './stakeholder-rows';

const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const people: Stakeholder[] = [
  {
    ...base,
    id: 'a',
    name: 'Dana Reyes',
    team: 'engineering',
    influence: 'high',
    stance: 'skeptic',
    partnerIds: ['p2', 'p1', 'gone'],
    lastMetAt: '2026-11-19',
  },
  {
    ...base,
    id: 'b',
    name: 'ari Berg',
    team: 'sales',
    role: 'CRO',
    influence: 'low',
    stance: 'champion',
    partnerIds: [],
  },
  {
    ...base,
    id: 'c',
    name: 'Mo Chen',
    team: 'finance',
    influence: 'high',
    stance: 'champion',
    partnerIds: ['p1'],
    lastMetAt: '2026-11-28',
  },
];
const names: Record<string, string> = { p1: 'Northwind', p2: 'Contoso' };
const rows = stakeholderRows(people, (id) => names[id], '2026-11-29');
const order = (key: Parameters<typeof sortStakeholderRows>[1]['key'], desc = false) =>
  sortStakeholderRows(rows, { key, desc }).map((row) => row.stakeholder.name);

describe('the stakeholder table rows', () => {
  it('name the partners that still exist, by name, and count the days since the last meeting', () => {
    expect(rows.map((row) => [row.partnerNames, row.daysSinceMet])).toEqual([
      [['Contoso', 'Northwind'], 10],
      [[], undefined],
      [['Northwind'], 1],
    ]);
  });

  it('sort by each column, ties by name, never-met last', () => {
    expect(order('name')).toEqual(['ari Berg', 'Dana Reyes', 'Mo Chen']);
    expect(order('name', true)).toEqual(['Mo Chen', 'Dana Reyes', 'ari Berg']);
    expect(order('team')).toEqual(['Dana Reyes', 'Mo Chen', 'ari Berg']);
    expect(order('influence')).toEqual(['Dana Reyes', 'Mo Chen', 'ari Berg']);
    expect(order('stance')).toEqual(['ari Berg', 'Mo Chen', 'Dana Reyes']);
    expect(order('stance', true)).toEqual(['Dana Reyes', 'ari Berg', 'Mo Chen']);
    expect(order('partners')).toEqual(['ari Berg', 'Dana Reyes', 'Mo Chen']);
    expect(order('lastMet')).toEqual(['Mo Chen', 'Dana Reyes', 'ari Berg']);
    expect(order('role')).toEqual(['Dana Reyes', 'Mo Chen', 'ari Berg']);
  });

  it('say how long ago a meeting was', () => {
    expect([0, 1, 10, -1, -3].map(ageText)).toEqual([
      'today',
      'yesterday',
      '10 days ago',
      'tomorrow',
      'in 3 days',
    ]);
  });
});

describe('the grid’s summary', () => {
  it('counts and names the high-influence skeptics and blockers', () => {
    expect(opponentsSummary([])).toBe('No high-influence skeptics or blockers.');
    expect(opponentsSummary([{ name: 'Dana Reyes' }])).toBe(
      '1 high-influence skeptic or blocker: Dana Reyes.',
    );
    expect(opponentsSummary([{ name: 'Dana Reyes' }, { name: 'Sam Lee' }])).toBe(
      '2 high-influence skeptics or blockers: Dana Reyes, Sam Lee.',
    );
  });
});
