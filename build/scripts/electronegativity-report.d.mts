// Types of electronegativity-report.mjs, for the unit test that imports it.

/** One justified exception from build/electronegativity-allow.txt. */
export interface AllowEntry {
  check: string;
  path: string;
  reason: string;
  line: number;
  raw: string;
}

/** Rows of a CSV text (RFC 4180). */
export function parseCsv(text: string): string[][];

/** The allow-list's entries; throws on a line without a check, a path and a reason. */
export function parseAllowList(text: string): AllowEntry[];

/** The entry that justifies a finding of `check` in `file`, if any. */
export function allowedBy<E extends { check: string; path: string }>(
  entries: E[],
  check: string,
  file: string,
): E | undefined;
