/**
 * Where a key moves the active row of a list: the arrows one row, Page Up and Page Down a
 * screenful, Home and End to the ends. Pure, so the rule is tested without a browser.
 */

/** The row a key moves to from `index` in a list of `count` rows, or undefined for other keys. */
export function nextListIndex(
  key: string,
  index: number,
  count: number,
  pageSize: number,
): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  const clamp = (value: number) => Math.min(Math.max(value, 0), last);
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + Math.max(pageSize, 1));
    case 'PageUp':
      return clamp(index - Math.max(pageSize, 1));
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
