/**
 * Reading a small backup's partner names for its preview. A backup is the app's own file, but it
 * is read as untrusted all the same: anything unexpected gives no names rather than an error.
 */

/** Largest backup whose partners the preview lists (4 MiB parses in a blink). */
export const PREVIEW_MAX_BYTES = 4 * 1024 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first `limit` partner names of a `.partnerbook` text, by name; undefined if unreadable. */
export function partnerNamesIn(text: string, limit: number): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !isRecord(parsed.tables) || !Array.isArray(parsed.tables.partners)) {
    return undefined;
  }
  const names = parsed.tables.partners.flatMap((partner: unknown) =>
    isRecord(partner) && typeof partner.name === 'string' ? [partner.name] : [],
  );
  return names.sort((a, b) => a.localeCompare(b)).slice(0, limit);
}
