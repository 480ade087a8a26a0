import { describe, expect, it } from 'vitest';
import type { PlannedCreate } from '../../../../shared/files/tabular/match';
import { createsPassUndoBound } from './import-undo-bound';

// {"name":"Ab","stage":"active","tier":"none","types":[],"tags":[]} is 65 characters, and
// {"name":"Cy"} 13: with the table names, 8 + 65 + 8 + 13 = 94 bytes at the least per create.
const create: PlannedCreate = {
  rows: [2],
  partner: { name: 'Ab', stage: 'active', tier: 'none', types: [], tags: [] },
  contacts: [{ name: 'Cy' }],
};

describe('the undo bound of an import’s new records', () => {
  it('counts each created partner and contact by its fields and table, against the bound', () => {
    expect(JSON.stringify(create.partner)).toHaveLength(65);
    expect(createsPassUndoBound([create, create], 188)).toBe(false);
    expect(createsPassUndoBound([create, create], 187)).toBe(true);
  });

  it('passes no bound without new records', () => {
    expect(createsPassUndoBound([], 0)).toBe(false);
  });
});
