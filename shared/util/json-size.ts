/**
 * How many characters a value takes as JSON text, counted without building the text: exact for
 * strings without characters JSON escapes, a little under otherwise. Bounds memory cheaply (the
 * undo capture of a large import counts what it holds with it).
 */
export function jsonSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        const items = value as unknown[];
        let size = 1 + Math.max(1, items.length);
        for (const item of items) size += item === undefined ? 4 : jsonSize(item);
        return size;
      }
      let size = 1;
      let fields = 0;
      for (const [name, item] of Object.entries(value)) {
        if (item === undefined || typeof item === 'function') continue;
        size += name.length + 3 + jsonSize(item);
        fields += 1;
      }
      return size + Math.max(1, fields);
    }
    default:
      return 0;
  }
}
