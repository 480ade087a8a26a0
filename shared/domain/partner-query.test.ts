import { describe, expect, it } from 'vitest';
import type { SearchHits } from '../search/search-hits';
import type { Partner } from './partner';
import { filterPartnerRows } from './partner-filter';
import { toPartnerRow, type PartnerRow } from './partner-row';
import { allTags, EMPTY_PARTNER_QUERY, queryPartners, type PartnerQuery } from './partner-query';

let n = 0;
function partner(fields: Partial<Partner> & { name: string }): Partner {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    types: [],
    stage: 'active',
    tier: 'none',
    tags: [],
    ...fields,
  };
}

const alpha = partner({
  name: 'Alpha Cloud',
  stage: 'growing',
  tier: 'gold',
  types: ['reseller'],
  healthScore: 85,
  tags: ['co-sell'],
  region: 'EMEA',
  owner: 'Maya',
});
const beta = partner({
  name: 'beta Data',
  stage: 'at-risk',
  tier: 'silver',
  types: ['technology', 'oem'],
  healthScore: 40,
  tags: ['marketplace'],
  industry: 'Fintech',
});
const gamma = partner({
  name: 'Gamma 10',
  stage: 'prospect',
  types: ['referral'],
  tags: ['co-sell', 'MDF'],
});
const gamma2 = partner({ name: 'Gamma 9', stage: 'active', tier: 'platinum', healthScore: 85 });
const all = [alpha, beta, gamma, gamma2];

const q = (patch: Partial<PartnerQuery>): PartnerQuery => ({ ...EMPTY_PARTNER_QUERY, ...patch });
const names = (list: readonly PartnerRow[]) => list.map((p) => p.name);

// An id table as the search worker keeps one: its own order (not the rows'), a removed partner
// ('') and an id no row has.
const table = (ids: readonly string[]): string[] => ['', 'not-a-partner', ...[...ids].reverse()];

// Hits as the search worker sends them: ordinals into `ids`, in an order of their own (rank).
function hitsOf(ids: readonly string[], hit: readonly string[]): SearchHits {
  const ordinals = hit.map((id) => ids.indexOf(id)).filter((ordinal) => ordinal >= 0);
  return { ordinals: Uint32Array.from(ordinals.reverse()), ids };
}

describe('queryPartners', () => {
  it('keeps storage order and does not mutate its input with an empty query', () => {
    const input = [...all];
    expect(queryPartners(input, EMPTY_PARTNER_QUERY)).toEqual(all);
    expect(input).toEqual(all);
  });

  it('matches every search word in any field, ignoring case', () => {
    expect(names(queryPartners(all, q({ search: 'CLOUD' })))).toEqual(['Alpha Cloud']);
    expect(names(queryPartners(all, q({ search: 'fintech beta' })))).toEqual(['beta Data']);
    expect(names(queryPartners(all, q({ search: 'co-sell' })))).toEqual([
      'Alpha Cloud',
      'Gamma 10',
    ]);
    expect(names(queryPartners(all, q({ search: 'maya emea' })))).toEqual(['Alpha Cloud']);
    expect(queryPartners(all, q({ search: 'alpha fintech' }))).toEqual([]);
  });

  it('filters by stage, tier, any of the types and any of the tags, combined with AND', () => {
    expect(names(queryPartners(all, q({ stages: ['active', 'prospect'] })))).toEqual([
      'Gamma 10',
      'Gamma 9',
    ]);
    expect(names(queryPartners(all, q({ tiers: ['gold', 'silver'] })))).toEqual([
      'Alpha Cloud',
      'beta Data',
    ]);
    expect(names(queryPartners(all, q({ types: ['oem', 'referral'] })))).toEqual([
      'beta Data',
      'Gamma 10',
    ]);
    expect(names(queryPartners(all, q({ tags: ['MDF'] })))).toEqual(['Gamma 10']);
    expect(names(queryPartners(all, q({ tags: ['co-sell'], stages: ['growing'] })))).toEqual([
      'Alpha Cloud',
    ]);
  });

  it('sorts names case-insensitively with numbers in numeric order', () => {
    expect(names(queryPartners(all, q({ sort: [{ column: 'name', desc: false }] })))).toEqual([
      'Alpha Cloud',
      'beta Data',
      'Gamma 9',
      'Gamma 10',
    ]);
  });

  it('sorts stages and tiers by their rank, not alphabetically', () => {
    expect(names(queryPartners(all, q({ sort: [{ column: 'stage', desc: false }] })))).toEqual([
      'Gamma 10',
      'Gamma 9',
      'Alpha Cloud',
      'beta Data',
    ]);
    expect(names(queryPartners(all, q({ sort: [{ column: 'tier', desc: true }] })))).toEqual([
      'Gamma 9',
      'Alpha Cloud',
      'beta Data',
      'Gamma 10',
    ]);
  });

  it('sorts positioning status in lifecycle order, partners without drafts last, and filters as before', () => {
    const rows = [
      { ...toPartnerRow(alpha), positioningStatus: 'retired' as const },
      toPartnerRow(beta),
      { ...toPartnerRow(gamma), positioningStatus: 'approved' as const },
      { ...toPartnerRow(gamma2), positioningStatus: 'draft' as const },
    ];
    const sorted = (desc: boolean) =>
      names(queryPartners(rows, q({ sort: [{ column: 'positioningStatus', desc }] })));
    expect(sorted(false)).toEqual(['Gamma 9', 'Gamma 10', 'Alpha Cloud', 'beta Data']);
    expect(sorted(true)).toEqual(['Alpha Cloud', 'Gamma 10', 'Gamma 9', 'beta Data']);
    expect(names(queryPartners(rows, q({ search: 'gamma' })))).toEqual(['Gamma 10', 'Gamma 9']);
  });

  it('puts missing values last in both directions, and breaks ties by the next key then storage order', () => {
    const desc = queryPartners(all, q({ sort: [{ column: 'healthScore', desc: true }] }));
    expect(names(desc)).toEqual(['Alpha Cloud', 'Gamma 9', 'beta Data', 'Gamma 10']);
    const asc = queryPartners(all, q({ sort: [{ column: 'healthScore', desc: false }] }));
    expect(names(asc)).toEqual(['beta Data', 'Alpha Cloud', 'Gamma 9', 'Gamma 10']);
    const twoKeys = queryPartners(
      all,
      q({
        sort: [
          { column: 'healthScore', desc: true },
          { column: 'name', desc: true },
        ],
      }),
    );
    expect(names(twoKeys)).toEqual(['Gamma 9', 'Alpha Cloud', 'beta Data', 'Gamma 10']);
  });
});

describe('allTags', () => {
  it('lists each tag once, sorted', () => {
    expect(allTags(all)).toEqual(['co-sell', 'marketplace', 'MDF']);
  });
});

describe('filterPartnerRows', () => {
  it('gives the same rows when typing narrows, widens or changes the filters, as a fresh filter would', () => {
    const rows = [...all];
    const steps = ['g', 'ga', 'gam', 'gamma 1', 'gam', '', 'co', 'co-sell', 'a', 'alpha c'];
    for (const search of steps) {
      const cached = filterPartnerRows(rows, q({ search }));
      const fresh = filterPartnerRows([...rows], q({ search }));
      expect(names(cached), search).toEqual(names(fresh));
    }
    expect(names(filterPartnerRows(rows, q({ search: 'gamma 1' })))).toEqual(['Gamma 10']);
    expect(names(filterPartnerRows(rows, q({ search: 'gam', stages: ['active'] })))).toEqual([
      'Gamma 9',
    ]);
    expect(names(filterPartnerRows(rows, q({ search: 'gam' })))).toEqual(['Gamma 10', 'Gamma 9']);
  });

  it('returns a new array each time, so callers may change it freely', () => {
    const first = filterPartnerRows(all, q({ search: 'data' }));
    first.pop();
    expect(names(filterPartnerRows(all, q({ search: 'data' })))).toEqual(['beta Data']);
  });

  it('adds full-text hits that pass the other filters, in the rows own order', () => {
    const hits = hitsOf(table(all.map((p) => p.id)), [gamma2.id, beta.id]);
    expect(names(filterPartnerRows(all, q({ search: 'alpha' }), hits))).toEqual([
      'Alpha Cloud',
      'beta Data',
      'Gamma 9',
    ]);
    expect(
      names(filterPartnerRows(all, q({ search: 'alpha', stages: ['active', 'growing'] }), hits)),
    ).toEqual(['Alpha Cloud', 'Gamma 9']);
    expect(names(filterPartnerRows(all, q({ search: '' }), hits))).toHaveLength(4);
  });

  it('places full-text hits by position as a walk of every row would, duplicates included', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      toPartnerRow(
        partner({
          name: `${i % 3 === 0 ? 'Falcon' : 'Heron'} ${String(i)}`,
          stage: i % 4 === 0 ? 'at-risk' : 'active',
        }),
      ),
    );
    // The same rows twice: ids repeat, which the walk handles without a position map.
    const withDuplicates = [...many, ...many.slice(0, 10)];
    // One id table for every keystroke, as between two index updates.
    const ids = table(many.map((row) => row.id));
    for (const rows of [many, withDuplicates, [...many].reverse()]) {
      for (const step of [1, 2, 5, 7]) {
        const hit = rows.filter((_, i) => i % step === 0).map((row) => row.id);
        const hits = hitsOf(ids, [...hit, 'not-a-partner']);
        for (const filter of [q({ search: 'falcon' }), q({ search: 'fal', stages: ['active'] })]) {
          const expected = rows.filter(
            (row) =>
              (filter.stages.length === 0 || filter.stages.includes(row.stage)) &&
              (row.name.toLowerCase().includes(filter.search) || hit.includes(row.id)),
          );
          expect(filterPartnerRows(rows, filter, hits)).toEqual(expected);
          expect(filterPartnerRows([...rows], filter, hits)).toEqual(expected);
        }
      }
    }
  });

  it('maps hits through a new id table after the index changed, for the same rows', () => {
    const rows = all.map((p) => toPartnerRow(p));
    const search = q({ search: 'zzz' });
    const before = table([alpha.id, beta.id, gamma.id, gamma2.id]);
    expect(names(filterPartnerRows(rows, search, hitsOf(before, [beta.id])))).toEqual([
      'beta Data',
    ]);
    // Renumbered: the ordinal that was beta's is now gamma's; the rows must follow the new table.
    const after = table([alpha.id, gamma.id, beta.id, gamma2.id]);
    expect(after.indexOf(gamma.id)).toBe(before.indexOf(beta.id));
    expect(names(filterPartnerRows(rows, search, hitsOf(after, [beta.id, gamma2.id])))).toEqual([
      'beta Data',
      'Gamma 9',
    ]);
    expect(names(filterPartnerRows(rows, search, hitsOf(after, [])))).toEqual([]);
  });
});
