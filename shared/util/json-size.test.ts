import { describe, expect, it } from 'vitest';
import { jsonSize } from './json-size';

describe('jsonSize', () => {
  it('counts a record’s JSON text exactly when nothing in it is escaped', () => {
    // {"a":"xy","n":12.5,"t":true,"f":false,"z":null,"l":["p",3],"o":{},"e":[]}
    const record = {
      a: 'xy',
      n: 12.5,
      t: true,
      f: false,
      z: null,
      l: ['p', 3],
      o: {},
      e: [],
      u: undefined,
    };
    expect(jsonSize(record)).toBe(73);
    expect(JSON.stringify(record)).toHaveLength(73);
  });

  it('counts a partner as stored as its JSON text', () => {
    const partner = {
      id: '10000000-0000-4000-8000-000000000001',
      name: 'Baltic Data',
      types: ['reseller'],
      stage: 'active',
      tier: 'gold',
      tags: [],
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    };
    expect(jsonSize(partner)).toBe(JSON.stringify(partner).length);
  });
});
