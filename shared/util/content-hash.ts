/**
 * A short, deterministic fingerprint of a JSON value, for record revisions: the same content
 * gives the same hash on every machine and runtime, whatever order an object's keys are held in.
 * Not cryptographic: it tells versions of one record apart, it does not resist an attacker.
 */

/**
 * The value as JSON text with every object's keys sorted: JSON's own rules otherwise (undefined
 * and functions left out of objects and made null in arrays, non-finite numbers null, -0 as 0),
 * so a value and its trip through a JSON file give the same text.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, parts: string[]): void {
  switch (typeof value) {
    case 'string':
      parts.push(JSON.stringify(value));
      return;
    case 'number':
      parts.push(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'boolean':
      parts.push(value ? 'true' : 'false');
      return;
    case 'object':
      if (value === null) parts.push('null');
      else if (Array.isArray(value)) writeArray(value as readonly unknown[], parts);
      else writeObject(value as Record<string, unknown>, parts);
      return;
    default:
      // undefined, functions, symbols, bigints: what JSON leaves out (or nulls in an array).
      parts.push('null');
  }
}

function writeArray(items: readonly unknown[], parts: string[]): void {
  parts.push('[');
  items.forEach((item, index) => {
    if (index > 0) parts.push(',');
    write(item, parts);
  });
  parts.push(']');
}

const skipped = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

function writeObject(object: Record<string, unknown>, parts: string[]): void {
  parts.push('{');
  let first = true;
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (skipped(item)) continue;
    if (!first) parts.push(',');
    first = false;
    parts.push(JSON.stringify(key), ':');
    write(item, parts);
  }
  parts.push('}');
}

/**
 * A 64-bit hash of a text as 16 hex digits: two 32-bit FNV-1a lanes over its UTF-16 code units
 * (the second with another offset, and MurmurHash2's multiplier for a prime, so the lanes do not
 * collide together), each finished with MurmurHash3's avalanche. Saved files hold these hashes:
 * changing this function makes every record look changed to the next merge.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2b7e1516;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return hex(avalanche(a ^ text.length)) + hex(avalanche(b));
}

function avalanche(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex = (value: number): string => value.toString(16).padStart(8, '0');

/** The hash of a JSON value's canonical text (see {@link canonicalJson}). */
export function contentHash(value: unknown): string {
  return hashText(canonicalJson(value));
}
