/**
 * Which column of an imported file fills which partner or contact field: guessed from the
 * headers, corrected on the mapping screen, or given on the command line as
 * `"CRM column=field,…"`.
 */
import { COMPANY_PHONE_HEADERS, HEADER_PREFIXES, HEADER_SYNONYMS } from './header-synonyms';
import {
  IMPORT_FIELDS,
  combinesColumns,
  targetLabel,
  type ColumnMapping,
  type ColumnTarget,
  type ImportTarget,
} from './import-fields';
import { foldWords } from './words';

type Guess = ColumnTarget | 'companyPhone';

const namesContact = (guess: Guess): boolean =>
  guess === 'contactName' || guess === 'contactFirstName' || guess === 'contactLastName';

function guessTarget(header: string): Guess {
  const folded = foldWords(header);
  const candidates = [
    folded,
    ...HEADER_PREFIXES.filter((p) => folded.startsWith(p)).map((p) => folded.slice(p.length)),
  ];
  for (const candidate of candidates) {
    if (COMPANY_PHONE_HEADERS.has(candidate)) return 'companyPhone';
    const target = HEADER_SYNONYMS.get(candidate);
    if (target) return target;
  }
  return 'ignore';
}

/**
 * Guesses each column's field from its header. A field is given to the first column that names
 * it (except types, tags and notes, which combine columns); unknown headers are not imported.
 */
export function autoMap(headers: readonly string[]): ColumnTarget[] {
  const guesses = headers.map(guessTarget);
  const hasContact = guesses.some(namesContact);
  const claimed = new Set<ImportTarget>();
  return guesses.map((guess): ColumnTarget => {
    const target: ColumnTarget =
      guess === 'companyPhone' ? (hasContact ? 'contactPhone' : 'notes') : guess;
    if (target === 'ignore') return 'ignore';
    if (claimed.has(target) && !combinesColumns(target)) return 'ignore';
    claimed.add(target);
    return target;
  });
}

/** Mistakes in a mapping that stop an import; empty when the mapping can be used. */
export function mappingErrors(headers: readonly string[], mapping: ColumnMapping): string[] {
  const errors: string[] = [];
  if (mapping.length !== headers.length) {
    errors.push(`The mapping has ${mapping.length} columns but the file has ${headers.length}.`);
  }
  if (!mapping.includes('name')) {
    errors.push('No column is imported as Name; choose the column that holds each partner’s name.');
  }
  return errors;
}

/** A mapping read from a command-line `--map` value, or what is wrong with it. */
export type MappingSpecResult =
  { ok: true; mapping: ColumnTarget[] } | { ok: false; errors: string[] };

/**
 * Reads `"CRM column=field,…"` against a file's headers, on top of `base` (by default the
 * automatic mapping). Fields are named by key (`contactEmail`) or label (`Contact email`), or
 * `ignore`. A pair whose column name holds a comma is written in double quotes.
 */
export function parseMappingSpec(
  spec: string,
  headers: readonly string[],
  base: ColumnMapping = autoMap(headers),
): MappingSpecResult {
  const mapping = [...base];
  const errors: string[] = [];
  const given = new Map<number, ColumnTarget>();
  for (const pair of splitPairs(spec)) {
    const equals = pair.lastIndexOf('=');
    if (equals <= 0) {
      errors.push(`“${pair}” is not of the form column=field.`);
      continue;
    }
    const column = findColumn(headers, pair.slice(0, equals).trim());
    const target = resolveTarget(pair.slice(equals + 1).trim());
    if (typeof column === 'string') errors.push(column);
    if (target === undefined) errors.push(unknownField(pair.slice(equals + 1).trim()));
    if (typeof column !== 'number' || target === undefined) continue;
    if (given.has(column)) errors.push(`The column “${headers[column] ?? ''}” is mapped twice.`);
    given.set(column, target);
  }
  for (const [column, target] of given) {
    // An explicit choice replaces the automatic one made for another column.
    if (target !== 'ignore' && !combinesColumns(target)) {
      mapping.forEach((current, index) => {
        if (current === target && !given.has(index)) mapping[index] = 'ignore';
      });
    }
    mapping[column] = target;
  }
  const single = [...given.values()].filter((t) => t !== 'ignore' && !combinesColumns(t));
  for (const target of new Set(single)) {
    if (single.filter((t) => t === target).length > 1) {
      errors.push(`More than one column is mapped to ${targetLabel(target)}.`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping };
}

function splitPairs(spec: string): string[] {
  const pairs: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of spec) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      pairs.push(current);
      current = '';
    } else current += char;
  }
  pairs.push(current);
  return pairs.map((pair) => pair.trim()).filter((pair) => pair !== '');
}

function findColumn(headers: readonly string[], name: string): number | string {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const folded = foldWords(name);
  const matches = headers.flatMap((header, index) => (foldWords(header) === folded ? [index] : []));
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1)
    return `More than one column is called like “${name}”; use its exact header.`;
  return `The file has no column called “${name}”. Its columns are: ${headers.join(', ')}.`;
}

const squash = (text: string): string => foldWords(text).replace(/ /g, '');

function resolveTarget(text: string): ColumnTarget | undefined {
  const wanted = squash(text);
  if (['ignore', 'skip', 'none', ''].includes(wanted)) return 'ignore';
  return IMPORT_FIELDS.find(
    (info) => squash(info.target) === wanted || squash(info.label) === wanted,
  )?.target;
}

function unknownField(text: string): string {
  const fields = IMPORT_FIELDS.map((info) => info.target).join(', ');
  return `“${text}” is not a field that can be imported. Use one of: ${fields}, or ignore.`;
}
