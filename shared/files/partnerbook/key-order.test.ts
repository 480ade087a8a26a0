import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { inKeyOrder, isInKeyOrder, KEY_ORDER, withSortedKeys, type KeyOrder } from './key-order';
import { RECORD_SCHEMAS } from './partnerbook-schema';
import { SNAPSHOT_TABLES } from './snapshot';

// Every property name anywhere in a JSON Schema.
function propertyNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema as unknown[]) propertyNames(item, into);
  } else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        Object.keys(value).forEach((name) => into.add(name));
      }
      propertyNames(value, into);
    }
  }
  return into;
}

function orderNames(order: KeyOrder, into = new Set<string>()): Set<string> {
  order.keys.forEach((key) => into.add(key));
  Object.values(order.nested ?? {}).forEach((nested) => orderNames(nested, into));
  return into;
}

// A record schema's keys in order; for a union of shapes (ledger entries), each shape's keys
// in turn, each key once.
function schemaKeys(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const options = schema.options as z.ZodType[];
    return [...new Set(options.flatMap(schemaKeys))];
  }
  throw new Error('A record schema is an object or a union of objects.');
}

describe('KEY_ORDER', () => {
  it('lists each table’s keys in the order of its schema', () => {
    for (const table of SNAPSHOT_TABLES) {
      expect(KEY_ORDER[table].keys, table).toEqual(schemaKeys(RECORD_SCHEMAS[table]));
    }
  });

  it('names every key of every nested object, so that no field is dropped on export', () => {
    for (const table of SNAPSHOT_TABLES) {
      const jsonSchema = z.toJSONSchema(RECORD_SCHEMAS[table], { io: 'input' });
      expect([...orderNames(KEY_ORDER[table])].sort(), table).toEqual(
        [...propertyNames(jsonSchema)].sort(),
      );
    }
  });
});

describe('key order helpers', () => {
  const order: KeyOrder = {
    keys: ['id', 'fields', 'at'],
    nested: { fields: { keys: ['key', 'value'] } },
  };

  it('tell records in order from records out of order, nested objects included', () => {
    expect(isInKeyOrder({ id: 1, fields: [{ key: 'a', value: 1 }], at: 2 }, order)).toBe(true);
    expect(isInKeyOrder({ id: 1, at: 2 }, order)).toBe(true);
    expect(isInKeyOrder({ at: 2, id: 1 }, order)).toBe(false);
    expect(isInKeyOrder({ id: 1, fields: [{ value: 1, key: 'a' }] }, order)).toBe(false);
    expect(isInKeyOrder({ id: 1, nameKey: 'x' }, order)).toBe(false);
  });

  it('copy a record in order, dropping unknown and undefined keys', () => {
    const copy = inKeyOrder(
      { at: 2, nameKey: 'x', fields: [{ value: 1, key: 'a' }], id: 1, gone: undefined },
      order,
    );
    expect(JSON.stringify(copy)).toBe('{"id":1,"fields":[{"key":"a","value":1}],"at":2}');
  });

  it('sort the keys of free JSON at every depth, keeping __proto__ an ordinary key', () => {
    const value = JSON.parse('{"b":[{"d":1,"c":2}],"a":{"__proto__":{"x":1}}}') as unknown;
    expect(JSON.stringify(withSortedKeys(value))).toBe(
      '{"a":{"__proto__":{"x":1}},"b":[{"c":2,"d":1}]}',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
