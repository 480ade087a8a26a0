import { findJsonSyntaxError, positionAt } from './json-syntax';
import type { ProblemList } from './problems';

/**
 * Parses a file's text as JSON, or explains why it is not: empty, cut off (truncated), or not
 * JSON at a given line and column. JSON.parse itself cannot pollute a prototype (it defines a
 * `__proto__` key as an ordinary property); forbidden keys are refused afterwards, by
 * forbidden-keys.ts, before any other code copies or merges the parsed objects.
 */

/** Returned instead of a value when the text is not JSON; the reasons are in the problem list. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

const BYTE_ORDER_MARK = '\uFEFF';

/** The parsed value of `text`, or {@link NOT_JSON} with the reasons added to `problems`. */
export function parseJsonText(text: string, problems: ProblemList): unknown {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') {
    problems.add('', 'the file is empty. Choose a .partnerbook file that Partner Workbook saved.');
    return NOT_JSON;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const syntax = findJsonSyntaxError(body);
    if (!syntax) {
      // The scanner accepts what every engine accepts; this is a safety net for the odd engine.
      const reason = error instanceof Error ? error.message : String(error);
      problems.add('', `the file is not valid JSON (${reason}).`);
      return NOT_JSON;
    }
    const { line, column } = positionAt(body, syntax.offset);
    const where = `line ${line}, column ${column}`;
    if (syntax.atEnd) {
      problems.add(
        '',
        `the file ends too early, at ${where} (${syntax.reason}): it looks cut off, for example ` +
          'by an interrupted save or download. Open an earlier copy of the file.',
      );
    } else if (!/^\s*[{[]/.test(body.slice(0, 100))) {
      problems.add(
        '',
        `the file is not a workbook file: it is not JSON (${where}: ${syntax.reason}).`,
      );
    } else {
      problems.add('', `the file is not valid JSON at ${where}: ${syntax.reason}.`);
    }
    return NOT_JSON;
  }
}
