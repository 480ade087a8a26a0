/**
 * Splits a workbook file's text, fed a piece at a time, into what can be parsed on its own: each
 * top-level member but `tables` (the head: format, version, workbook…), and each table's records
 * in batches of whole records. It is how a file too large for one string is opened
 * (stream-decode.ts): nothing here parses a value, it only finds where values end, skipping
 * strings with `indexOf` and counting brackets outside them. A batch's text is the records as
 * they stand in the file, commas between them, so `[` + text + `]` is a JSON list of them, and
 * JSON.parse then checks their syntax. The structure around records is checked here, with the
 * line and column of what is wrong; a value that never ends (a damaged file) is stopped at
 * `maxValueChars` instead of being carried whole.
 */

import { CODE, isSpace, ValueScanner } from './stream-value';

/** A part of the file found by the scanner. */
export type ScanEvent =
  /** A top-level member other than a `tables` object, as the JSON text of its value. */
  | { kind: 'member'; key: string; text: string }
  /** The `tables` object begins: every member before it has been handed over. */
  | { kind: 'tables' }
  /** A table whose value is not a list, as the JSON text of that value. */
  | { kind: 'table'; name: string; text: string }
  /** A table's list begins. */
  | { kind: 'list'; name: string }
  /**
   * Whole records of the current list: `text` holds them with the commas between them, `starts`
   * where each begins in it, `first` the index of the first in the list.
   */
  | { kind: 'records'; table: string; text: string; starts: number[]; first: number }
  /** A table's list ends after `count` records. */
  | { kind: 'listEnd'; name: string; count: number };

/** Why the text is not a workbook file's JSON, and where. */
export class ScanError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    /** True when the text ended before the JSON did: the file is truncated. */
    readonly atEnd: boolean,
  ) {
    super(reason);
    this.name = 'ScanError';
  }
}

/** Options of {@link StreamScanner}; tests lower them. */
export interface ScanOptions {
  /** Records per batch at most. */
  batchRecords?: number;
  /** Characters per batch, about: a batch ends with the record that reaches it. */
  batchChars?: number;
  /** The longest value (a record or a head member) the scanner carries over pieces. */
  maxValueChars?: number;
}

const MIB = 1024 * 1024;

type State =
  | 'start'
  | 'keyOrClose'
  | 'key'
  | 'keyText'
  | 'colon'
  | 'member'
  | 'memberText'
  | 'tablesOpen'
  | 'afterMember'
  | 'table'
  | 'tableText'
  | 'recordOrClose'
  | 'record'
  | 'recordText'
  | 'afterRecord'
  | 'afterTable'
  | 'trailing';

const { quote: QUOTE, openBrace: OPEN_BRACE, closeBrace: CLOSE_BRACE } = CODE;
const { openBracket: OPEN_BRACKET, closeBracket: CLOSE_BRACKET, comma: COMMA } = CODE;

const shown = (char: string) =>
  /^[\x21-\x7e]$/.test(char)
    ? `“${char}”`
    : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Scans one file's text; feed it every piece in order, then call {@link StreamScanner.end}. */
export class StreamScanner {
  private text = '';
  private pos = 0;
  // Offset in the file of text[0], and the lines of the text dropped before it.
  private base = 0;
  private lines = 0;
  private lineStart = 0;
  private state: State = 'start';
  private level: 'top' | 'tables' = 'top';
  private key = '';
  // The value being scanned, resumable across pieces.
  private valueStart = -1;
  private readonly value = new ValueScanner();
  // The records of the current list found since the last batch.
  private records = 0;
  private batchStart = -1;
  private batchEnd = -1;
  private starts: number[] = [];
  private events: ScanEvent[] = [];
  private readonly batchRecords: number;
  private readonly batchChars: number;
  private readonly maxValueChars: number;

  constructor(options: ScanOptions = {}) {
    this.batchRecords = options.batchRecords ?? 5_000;
    this.batchChars = options.batchChars ?? 8 * MIB;
    this.maxValueChars = options.maxValueChars ?? 64 * MIB;
  }

  /** Scans the next piece of text; returns what it completed. Throws a {@link ScanError}. */
  feed(piece: string): ScanEvent[] {
    this.text += piece;
    this.run(false);
    this.flushBatch();
    this.dropScanned();
    return this.take();
  }

  /** Ends the text; returns what the end completed. Throws when the JSON is not whole. */
  end(): ScanEvent[] {
    this.run(true);
    if (this.state !== 'trailing') {
      if (this.state === 'start') throw this.fail('the file is empty', true);
      throw this.fail('the text ends before the workbook does', true);
    }
    return this.take();
  }

  private take(): ScanEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  // Skips white space; false when the text ran out.
  private skipSpace(): boolean {
    const { text } = this;
    while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos += 1;
    return this.pos < text.length;
  }

  private expect(what: string): ScanError {
    const found = this.text.charAt(this.pos);
    return this.fail(`expected ${what}, found ${shown(found)}`, false);
  }

  // One step of the state machine per loop, until the text runs out.
  private run(final: boolean): void {
    for (;;) {
      switch (this.state) {
        case 'start':
          if (!this.skipSpace()) return;
          if (this.text.charCodeAt(this.pos) !== OPEN_BRACE) {
            throw this.fail('the file does not hold a JSON object', false);
          }
          this.pos += 1;
          this.state = 'keyOrClose';
          break;
        case 'keyOrClose':
        case 'key': {
          if (!this.skipSpace()) return;
          const code = this.text.charCodeAt(this.pos);
          if (this.state === 'keyOrClose' && code === CLOSE_BRACE) {
            this.pos += 1;
            this.closeObject();
          } else if (code === QUOTE) {
            this.beginValue();
            this.state = 'keyText';
          } else throw this.expect('a field name in double quotes');
          break;
        }
        case 'keyText':
          if (!this.scanValue(final)) return;
          this.key = this.keyText();
          this.state = 'colon';
          break;
        case 'colon':
          if (!this.skipSpace()) return;
          if (this.text.charAt(this.pos) !== ':') throw this.expect('“:” after a field name');
          this.pos += 1;
          if (this.level === 'tables') this.state = 'table';
          else this.state = this.key === 'tables' ? 'tablesOpen' : 'member';
          break;
        case 'tablesOpen':
          if (!this.skipSpace()) return;
          if (this.text.charCodeAt(this.pos) === OPEN_BRACE) {
            this.pos += 1;
            this.events.push({ kind: 'tables' });
            this.level = 'tables';
            this.state = 'keyOrClose';
          } else this.state = 'member';
          break;
        case 'member':
        case 'table':
          if (!this.skipSpace()) return;
          if (this.state === 'table' && this.text.charCodeAt(this.pos) === OPEN_BRACKET) {
            this.pos += 1;
            this.events.push({ kind: 'list', name: this.key });
            this.records = 0;
            this.state = 'recordOrClose';
          } else {
            this.beginValue();
            this.state = this.state === 'member' ? 'memberText' : 'tableText';
          }
          break;
        case 'memberText':
        case 'tableText': {
          if (!this.scanValue(final)) return;
          const text = this.text.slice(this.valueStart, this.pos);
          this.valueStart = -1;
          if (this.state === 'memberText') {
            this.events.push({ kind: 'member', key: this.key, text });
            this.state = 'afterMember';
          } else {
            this.events.push({ kind: 'table', name: this.key, text });
            this.state = 'afterTable';
          }
          break;
        }
        case 'recordOrClose':
        case 'record':
          if (!this.skipSpace()) return;
          if (this.state === 'recordOrClose' && this.text.charCodeAt(this.pos) === CLOSE_BRACKET) {
            this.pos += 1;
            this.endList();
          } else {
            this.beginValue();
            this.state = 'recordText';
          }
          break;
        case 'recordText':
          if (!this.scanValue(final)) return;
          this.addRecord();
          this.state = 'afterRecord';
          break;
        case 'afterRecord':
        case 'afterMember':
        case 'afterTable': {
          if (!this.skipSpace()) return;
          const code = this.text.charCodeAt(this.pos);
          const close = this.state === 'afterRecord' ? CLOSE_BRACKET : CLOSE_BRACE;
          if (code === COMMA) {
            this.pos += 1;
            this.state = this.state === 'afterRecord' ? 'record' : 'key';
          } else if (code === close) {
            this.pos += 1;
            if (this.state === 'afterRecord') this.endList();
            else this.closeObject();
          } else {
            throw this.expect(
              `“,” or “${String.fromCharCode(close)}” after a ${this.state === 'afterRecord' ? 'record' : 'value'}`,
            );
          }
          break;
        }
        case 'trailing':
          if (!this.skipSpace()) return;
          throw this.fail(`there is more text after the end of the workbook`, false);
      }
    }
  }

  private closeObject(): void {
    if (this.level === 'tables') {
      this.level = 'top';
      this.state = 'afterMember';
    } else this.state = 'trailing';
  }

  private keyText(): string {
    const raw = this.text.slice(this.valueStart, this.pos);
    this.valueStart = -1;
    try {
      return JSON.parse(raw) as string;
    } catch {
      throw this.fail('a field name is not a valid JSON string', false);
    }
  }

  private beginValue(): void {
    this.valueStart = this.pos;
    this.pos = this.value.begin(this.text, this.pos);
  }

  // Moves past the value begun at valueStart; false when the text ran out first.
  private scanValue(final: boolean): boolean {
    const { text } = this;
    const scan = this.value.scan(text, this.pos, final);
    this.pos = scan.at;
    if (scan.at === this.valueStart) {
      throw this.fail('expected a value', final && scan.at >= text.length);
    }
    if (scan.ended) return true;
    if (text.length - this.valueStart > this.maxValueChars) {
      const mib = Math.round(this.maxValueChars / MIB).toLocaleString('en-US');
      this.pos = this.valueStart;
      throw this.fail(`a value runs on for more than ${mib} MiB: the file is damaged`, false);
    }
    if (final) throw this.fail('the text ends before the workbook does', true);
    return false;
  }

  private addRecord(): void {
    if (this.batchStart < 0) this.batchStart = this.valueStart;
    this.starts.push(this.valueStart - this.batchStart);
    this.batchEnd = this.pos;
    this.valueStart = -1;
    this.records += 1;
    if (
      this.starts.length >= this.batchRecords ||
      this.batchEnd - this.batchStart >= this.batchChars
    ) {
      this.flushBatch();
    }
  }

  private flushBatch(): void {
    if (this.batchStart < 0) return;
    this.events.push({
      kind: 'records',
      table: this.key,
      text: this.text.slice(this.batchStart, this.batchEnd),
      starts: this.starts,
      first: this.records - this.starts.length,
    });
    this.batchStart = -1;
    this.starts = [];
  }

  private endList(): void {
    this.flushBatch();
    this.events.push({ kind: 'listEnd', name: this.key, count: this.records });
    this.state = 'afterTable';
  }

  // Lets go of the text scanned to its end, keeping a value still being scanned.
  private dropScanned(): void {
    const keep = this.valueStart >= 0 ? this.valueStart : this.pos;
    if (keep === 0) return;
    const { text } = this;
    for (let at = text.indexOf('\n'); at !== -1 && at < keep; at = text.indexOf('\n', at + 1)) {
      this.lines += 1;
      this.lineStart = this.base + at + 1;
    }
    this.text = text.slice(keep);
    this.base += keep;
    this.pos -= keep;
    if (this.valueStart >= 0) this.valueStart -= keep;
  }

  private fail(reason: string, atEnd: boolean): ScanError {
    let line = this.lines + 1;
    let lineStart = this.lineStart;
    const { text } = this;
    const at = Math.min(this.pos, text.length);
    for (let nl = text.indexOf('\n'); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line += 1;
      lineStart = this.base + nl + 1;
    }
    return new ScanError(reason, line, this.base + at - lineStart + 1, atEnd);
  }
}
