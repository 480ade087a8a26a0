import type { DraftField } from '../../../../shared/domain/positioning';
import { slugify } from '../../../../shared/util/text';

/**
 * A new user-named text field for a blank draft. Its key comes from the name once and then stays,
 * so renaming a field later keeps its history comparable across iterations.
 */
export function newNamedField(label: string, existing: readonly DraftField[]): DraftField {
  const base = slugify(label) || 'field';
  const keys = new Set(existing.map((field) => field.key));
  let key = base;
  for (let n = 2; keys.has(key); n += 1) key = `${base}-${n}`;
  return { key, label: label.trim(), kind: 'text', value: '' };
}
