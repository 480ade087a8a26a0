/**
 * Finds where and why a text is not JSON, with messages that read the same in every runtime
 * (engines word JSON.parse errors differently, and some give no position). It runs only after
 * JSON.parse has failed, scans without recursion (a deeply nested file cannot overflow the
 * stack) and stops at the first error.
 */

/** The first syntax error of a text that is not JSON. */
export interface JsonSyntaxError {
  /** Offset of the error in UTF-16 code units. */
  offset: number;
  /** What is wrong, as the end of a sentence. */
  reason: string;
  /** True when the text ended before the JSON did: the file is truncated. */
  atEnd: boolean;
}

/** A 1-based line and column in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The line and column of an offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Mode = 'value' | 'key' | 'after';

// Sticky patterns, so that long runs of plain text are skipped by the regex engine.
const SPACE = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const LITERALS = ['true', 'false', 'null'];

function describe(char: string): string {
  if (/^[\x21-\x7e]$/.test(char)) return `“${char}”`;
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  ended(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text.charAt(this.pos);
  }

  private skip(pattern: RegExp): void {
    pattern.lastIndex = this.pos;
    if (pattern.test(this.text)) this.pos = pattern.lastIndex;
  }

  skipSpace(): void {
    this.skip(SPACE);
  }

  fail(reason: string, atEnd = this.ended()): JsonSyntaxError {
    return { offset: Math.min(this.pos, this.text.length), reason, atEnd };
  }

  // Scans a string from its opening quote.
  string(): JsonSyntaxError | undefined {
    this.pos += 1;
    for (;;) {
      this.skip(PLAIN);
      if (this.ended()) return this.fail('the text ends inside a quoted string');
      const char = this.peek();
      if (char === '"') {
        this.pos += 1;
        return undefined;
      }
      if (char !== '\\') return this.fail('a control character must be escaped inside a string');
      this.pos += 1;
      if (this.ended()) return this.fail('the text ends inside a quoted string');
      const escape = this.peek();
      if (escape === 'u') {
        HEX4.lastIndex = this.pos + 1;
        if (!HEX4.test(this.text)) {
          const truncated = this.pos + 5 > this.text.length;
          return this.fail('\\u must be followed by four hexadecimal digits', truncated);
        }
        this.pos += 4;
      } else if (!'"\\/bfnrt'.includes(escape)) {
        return this.fail(`${describe(escape)} cannot follow a backslash`);
      }
      this.pos += 1;
    }
  }

  // Scans a number or a literal.
  scalar(): JsonSyntaxError | undefined {
    const left = this.text.length - this.pos;
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return undefined;
      }
      if (left < literal.length && literal.startsWith(this.text.slice(this.pos))) {
        return this.fail(`the text ends inside “${literal}”`, true);
      }
    }
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match) {
      this.pos += match[0].length;
      return undefined;
    }
    if (this.peek() === '-' && left === 1) return this.fail('the text ends inside a number', true);
    return this.fail(`${describe(this.peek())} cannot start a value`);
  }

  // Scans a field name and its colon.
  key(): JsonSyntaxError | undefined {
    if (this.peek() !== '"')
      return this.fail(`expected a quoted field name, found ${describe(this.peek())}`);
    const error = this.string();
    if (error) return error;
    this.skipSpace();
    if (this.ended()) return this.fail('the text ends inside an object');
    if (this.peek() !== ':')
      return this.fail(`expected “:” after a field name, found ${describe(this.peek())}`);
    this.pos += 1;
    return undefined;
  }
}

/** The first syntax error in `text`, or undefined when it is JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scan = new Scanner(text);
  const open: ('{' | '[')[] = [];
  let mode: Mode = 'value';
  for (;;) {
    scan.skipSpace();
    const top = open[open.length - 1];
    if (mode === 'after' && top === undefined) {
      if (scan.ended()) return undefined;
      return scan.fail(`${describe(scan.peek())} follows the end of the JSON`);
    }
    if (scan.ended()) {
      const inside = top === '{' ? 'an object' : top === '[' ? 'an array' : undefined;
      return scan.fail(inside ? `the text ends inside ${inside}` : 'the text holds no value');
    }
    const char = scan.peek();
    let error: JsonSyntaxError | undefined;
    if (mode === 'key') {
      error = scan.key();
      mode = 'value';
    } else if (mode === 'after') {
      const close = top === '{' ? '}' : ']';
      if (char === ',') mode = top === '{' ? 'key' : 'value';
      else if (char === close) open.pop();
      else return scan.fail(`expected “,” or “${close}”, found ${describe(char)}`);
      scan.pos += 1;
    } else if (char === '{' || char === '[') {
      open.push(char);
      scan.pos += 1;
      scan.skipSpace();
      if (scan.peek() === (char === '{' ? '}' : ']')) {
        open.pop();
        scan.pos += 1;
        mode = 'after';
      } else mode = char === '{' ? 'key' : 'value';
    } else {
      error = char === '"' ? scan.string() : scan.scalar();
      mode = 'after';
    }
    if (error) return error;
  }
}
