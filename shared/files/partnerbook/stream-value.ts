/**
 * Finds where one JSON value ends in text that may come in pieces (for stream-scanner.ts): a
 * string by its closing quote, found with `indexOf` and checked for escaping backslashes; an
 * object or list by counting brackets outside strings; anything else (a number, `true`…) by the
 * character after it. It does not check the value's syntax: JSON.parse does that afterwards.
 * Between pieces it keeps how deep it is and whether it is inside a string, so a value is never
 * scanned twice.
 */

type Mode = 'container' | 'string' | 'scalar';

/** Codes of the characters that shape JSON. */
export const CODE = {
  quote: 34,
  backslash: 92,
  openBrace: 123,
  closeBrace: 125,
  openBracket: 91,
  closeBracket: 93,
  comma: 44,
} as const;

/** True for JSON's white space. */
export const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** Where a scan of a value stopped: past its end, or at the end of the text so far. */
export type ValueScan = { ended: true; at: number } | { ended: false; at: number };

/** The scan of one value, resumable across pieces of text. */
export class ValueScanner {
  private mode: Mode = 'scalar';
  private depth = 0;
  private inString = false;

  /** Starts a value at `at` (its first character); returns where scanning goes on. */
  begin(text: string, at: number): number {
    const code = text.charCodeAt(at);
    this.depth = 0;
    this.inString = false;
    if (code === CODE.openBrace || code === CODE.openBracket) {
      this.mode = 'container';
      this.depth = 1;
    } else if (code === CODE.quote) {
      this.mode = 'string';
      this.inString = true;
    } else {
      this.mode = 'scalar';
      return at;
    }
    return at + 1;
  }

  /**
   * Scans from `from`; ends past the value, or at the end of the text when the value goes on (a
   * scalar ends there too when the text is `final`).
   */
  scan(text: string, from: number, final: boolean): ValueScan {
    const { length } = text;
    let at = from;
    if (this.mode === 'scalar') {
      while (at < length) {
        const code = text.charCodeAt(at);
        if (
          code === CODE.comma ||
          code === CODE.closeBrace ||
          code === CODE.closeBracket ||
          isSpace(code)
        ) {
          break;
        }
        at += 1;
      }
      return { ended: at < length || final, at };
    }
    let { depth, inString } = this;
    while (at < length) {
      if (inString) {
        const quote = text.indexOf('"', at);
        if (quote === -1) {
          at = length;
          break;
        }
        let before = quote - 1;
        while (text.charCodeAt(before) === CODE.backslash) before -= 1;
        at = quote + 1;
        // An odd run of backslashes escapes the quote.
        if ((quote - 1 - before) % 2 === 1) continue;
        inString = false;
        if (this.mode === 'string') return { ended: true, at };
        continue;
      }
      const code = text.charCodeAt(at);
      at += 1;
      if (code === CODE.quote) inString = true;
      else if (code === CODE.openBrace || code === CODE.openBracket) depth += 1;
      else if (code === CODE.closeBrace || code === CODE.closeBracket) {
        depth -= 1;
        if (depth === 0) return { ended: true, at };
      }
    }
    this.depth = depth;
    this.inString = inString;
    return { ended: false, at };
  }
}
