/**
 * Mutations of a workbook file's JSON, as plain data for fast-check: a key deleted, a value of
 * the wrong type, a key added (`__proto__`, `constructor`, `prototype` among them), a future or
 * nonsense formatVersion, a key repeated in the text, values nested deep or grown huge.
 */
import fc from 'fast-check';
import { hostileString } from './mutations';

/** A value a mutation puts into the file. */
export type JsonValueSpec =
  | { kind: 'plain'; value: null | boolean | number | string }
  | { kind: 'empty'; array: boolean }
  | { kind: 'polluting' }
  | { kind: 'deep'; depth: number }
  | { kind: 'huge-array'; length: number }
  | { kind: 'huge-string'; length: number };

/** One change to the parsed file; `path` picks a place by indices taken modulo each size. */
export type JsonMutation =
  | { kind: 'delete'; path: number[] }
  | { kind: 'replace'; path: number[]; value: JsonValueSpec }
  | { kind: 'add-key'; path: number[]; key: string; value: JsonValueSpec }
  | { kind: 'version'; value: JsonValueSpec }
  | { kind: 'repeat-key'; at: number; key: string; value: JsonValueSpec };

const valueSpec: fc.Arbitrary<JsonValueSpec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('plain'),
      value: fc.oneof(
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
        hostileString,
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('empty'), array: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('polluting') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep'),
      depth: fc.integer({ min: 10, max: 50_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge-array'),
      length: fc.integer({ min: 1_000, max: 100_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge-string'),
      length: fc.integer({ min: 10_000, max: 4_000_000 }),
    }),
  },
);

const KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'name', 'partners', 'tables', 'extra'];
const path = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

/** Any one mutation of the parsed file. */
export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete'), path }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace'), path, value: valueSpec }) },
  fc.record({
    kind: fc.constant('add-key'),
    path,
    key: fc.oneof(fc.constantFrom(...KEYS), hostileString),
    value: valueSpec,
  }),
  fc.record({
    kind: fc.constant('version'),
    value: fc.oneof(
      valueSpec,
      fc
        .constantFrom(7, 99, 2 ** 31, 0, -6, 5.5, '6')
        .map((value): JsonValueSpec => ({ kind: 'plain', value })),
    ),
  }),
  fc.record({
    kind: fc.constant('repeat-key'),
    at: fc.nat(),
    key: fc.constantFrom(...KEYS, 'format', 'formatVersion'),
    value: valueSpec,
  }),
);

// Deep values are spliced in as text: building them as objects would overflow JSON.stringify.
const DEEP_MARK = '\u0000deep:';

function valueOf(spec: JsonValueSpec): unknown {
  switch (spec.kind) {
    case 'plain':
      return spec.value;
    case 'empty':
      return spec.array ? [] : {};
    case 'polluting':
      return JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    case 'deep':
      return `${DEEP_MARK}${spec.depth}`;
    case 'huge-array':
      return Array.from({ length: spec.length }, (_, i) => (i % 2 === 0 ? null : {}));
    case 'huge-string':
      return 'x'.repeat(spec.length);
  }
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

// The container and key a path leads to, preferring non-empty containers on the way down.
function locate(
  root: Container,
  steps: readonly number[],
): [Container, string | number] | undefined {
  let parent: Container = root;
  let key: string | number | undefined;
  for (const step of steps) {
    const keys: (string | number)[] = Array.isArray(parent)
      ? parent.map((_, i) => i)
      : Object.keys(parent);
    if (keys.length === 0) break;
    const full = keys.filter((k) => {
      const child = (parent as Record<string | number, unknown>)[k];
      return !isContainer(child) || Object.keys(child).length > 0;
    });
    const choices = full.length > 0 ? full : keys;
    key = choices[step % choices.length];
    if (key === undefined) break;
    const child = (parent as Record<string | number, unknown>)[key];
    if (!isContainer(child) || step === steps.at(-1)) break;
    parent = child;
    key = undefined;
  }
  return key === undefined ? undefined : [parent, key];
}

function setOwn(target: Container, key: string | number, value: unknown): void {
  // defineProperty, so that a `__proto__` key becomes data in the file, not a prototype here.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The file's text with the mutations applied (the parsed `file` is changed in place). */
export function mutateJson(file: Container, mutations: readonly JsonMutation[]): string {
  const repeats: { at: number; text: string }[] = [];
  for (const mutation of mutations) {
    if (mutation.kind === 'version') {
      if (!Array.isArray(file)) setOwn(file, 'formatVersion', valueOf(mutation.value));
      continue;
    }
    if (mutation.kind === 'repeat-key') {
      const text = `${JSON.stringify(mutation.key)}:${JSON.stringify(valueOf(mutation.value))},`;
      repeats.push({ at: mutation.at, text });
      continue;
    }
    const place = locate(file, mutation.path);
    if (!place) continue;
    const [parent, key] = place;
    if (mutation.kind === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else Reflect.deleteProperty(parent, key);
    } else if (mutation.kind === 'replace') {
      setOwn(parent, key, valueOf(mutation.value));
    } else {
      const target = (parent as Record<string | number, unknown>)[key];
      if (isContainer(target) && !Array.isArray(target))
        setOwn(target, mutation.key, valueOf(mutation.value));
      else if (!Array.isArray(parent)) setOwn(parent, mutation.key, valueOf(mutation.value));
    }
  }
  let text = JSON.stringify(file);
  for (const { at, text: insert } of repeats) {
    const opens = [...text.matchAll(/\{(?=")/g)].map((match) => match.index);
    const open = opens.length === 0 ? undefined : opens[at % opens.length];
    if (open !== undefined) text = text.slice(0, open + 1) + insert + text.slice(open + 1);
  }
  return text.replace(/"\\u0000deep:(\d+)"/g, (_, depth: string) => {
    const n = Number(depth);
    return '['.repeat(n) + ']'.repeat(n);
  });
}
