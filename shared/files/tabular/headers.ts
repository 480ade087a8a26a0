/** Header names as the rest of the import pipeline needs them: trimmed, never empty, unique. */

/** Headers made usable, and a message for each one that had to be renamed. */
export interface UniqueHeaders {
  headers: string[];
  notices: string[];
}

/**
 * Trims header names, names empty ones after their position ("Column 3") and numbers repeated
 * ones ("Email (2)"), so that every column can be told apart on the mapping screen.
 */
export function uniqueHeaders(cells: readonly string[]): UniqueHeaders {
  const seen = new Set<string>();
  const notices: string[] = [];
  const headers = cells.map((cell, index) => {
    const trimmed = cell.trim();
    let name = trimmed === '' ? `Column ${index + 1}` : trimmed;
    if (trimmed === '')
      notices.push(`Column ${index + 1} has no header; it is called “${name}” here.`);
    if (seen.has(name.toLowerCase())) {
      let copy = 2;
      while (seen.has(`${name} (${copy})`.toLowerCase())) copy += 1;
      const renamed = `${name} (${copy})`;
      notices.push(
        `More than one column is called “${name}”; column ${index + 1} is called “${renamed}” here.`,
      );
      name = renamed;
    }
    seen.add(name.toLowerCase());
    return name;
  });
  return { headers, notices };
}
