import type { ProblemList } from './problems';

/**
 * Keys that could reach an object's prototype when parsed objects are later copied or merged
 * (`target[key] = value` with key `__proto__` replaces target's prototype; merging into
 * `constructor.prototype` changes every object). No workbook field has these names, so a file
 * holding one anywhere is refused before any other code touches its objects.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * False when the text cannot hold a forbidden key: none of the names appears and no `\u`
 * escape could spell one. Lets the common file skip the walk over every parsed object.
 */
export function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('proto') || text.includes('constructor') || text.includes('\\u');
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** True when a forbidden key appears anywhere in `root`. Iterative: any depth is safe. */
export function hasForbiddenKey(root: unknown): boolean {
  if (!isContainer(root)) return false;
  const stack: Container[] = [root];
  for (let value = stack.pop(); value; value = stack.pop()) {
    if (Array.isArray(value)) {
      for (const item of value) if (isContainer(item)) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      const item = value[key];
      if (isContainer(item)) stack.push(item);
    }
  }
  return false;
}

interface Visit {
  value: Container;
  path: readonly PropertyKey[];
}

/**
 * Adds a problem for each forbidden key in `root`, with its path (from `at`, the path of `root`
 * in the file). Descends only into parts that hold one, so that a hit in one record of a million
 * does not build a path for every value.
 */
export function reportForbiddenKeys(
  root: unknown,
  problems: ProblemList,
  at: readonly PropertyKey[] = [],
): void {
  if (!isContainer(root) || !hasForbiddenKey(root)) return;
  const stack: Visit[] = [{ value: root, path: at }];
  const visitChild = (path: readonly PropertyKey[], key: PropertyKey, item: unknown): void => {
    if (isContainer(item) && hasForbiddenKey(item))
      stack.push({ value: item, path: [...path, key] });
  };
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, path } = visit;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visitChild(path, index, item);
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.add(
          [...path, key],
          `the field name “${key}” is not allowed in a workbook file (it could change how the ` +
            'app behaves); the file may have been tampered with.',
        );
      }
      visitChild(path, key, value[key]);
    }
  }
}
