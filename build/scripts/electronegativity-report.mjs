// The pure parts of build/scripts/electronegativity.mjs: reading electronegativity's CSV report and
// the allow-list that justifies a finding. Kept apart so tests/unit/electronegativity-report.test.ts
// can check them without running the scanner.

/**
 * Rows of a CSV text (RFC 4180: fields in double quotes may hold commas, newlines and doubled
 * quotes). Electronegativity separates its header with ", ", so fields are trimmed outside quotes.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += char;
    }
  }
  if (field !== '' || wasQuoted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * The allow-list: one entry a line, `CHECK_ID path reason…`, where a path ending in `/` covers
 * every file under it. Blank lines and lines starting with # are comments. An entry without a
 * reason is refused, so no exception goes unexplained.
 * @param {string} text
 * @returns {{ check: string; path: string; reason: string; line: number; raw: string }[]}
 */
export function parseAllowList(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Z0-9_]+)\s+(\S+)\s+(.*\S)\s*$/.exec(line);
    if (match === null) {
      throw new Error(
        `electronegativity-allow.txt line ${index + 1} needs a check, a path and a reason: ${line}`,
      );
    }
    const [, check, path, reason] = match;
    entries.push({ check, path, reason, line: index + 1, raw: line });
  });
  return entries;
}

/**
 * The entry that justifies a finding of `check` in `file`, if any.
 * @template {{ check: string; path: string }} E
 * @param {E[]} entries
 * @param {string} check
 * @param {string} file
 * @returns {E | undefined}
 */
export function allowedBy(entries, check, file) {
  const normalised = file.replaceAll('\\', '/');
  return entries.find(
    (entry) =>
      entry.check === check &&
      (entry.path.endsWith('/') ? normalised.startsWith(entry.path) : normalised === entry.path),
  );
}
