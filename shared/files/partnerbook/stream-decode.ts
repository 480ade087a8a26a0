import { checkEnvelope } from './envelope';
import { MAX_PARTNERBOOK_CHARS, PARTNERBOOK_VERSION } from './format';
import { mayHoldForbiddenKey, reportForbiddenKeys } from './forbidden-keys';
import { checkIntegrity } from './integrity';
import { IntegrityKeys, type IntegrityTables } from './integrity-keys';
import { findJsonSyntaxError } from './json-syntax';
import { fileHeadSchema, partnerbookFileSchema } from './partnerbook-schema';
import { ProblemList, type PartnerbookProblem } from './problems';
import { checkRecords } from './record-checks';
import {
  SNAPSHOT_TABLES,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookIdentity,
} from './snapshot';
import type { PartnerbookInfo } from './decode';
import { ScanError, StreamScanner, type ScanEvent, type ScanOptions } from './stream-scanner';

/**
 * Opens a workbook file of the current format as a stream: its text comes a piece at a time
 * (stream-scanner.ts splits it), each batch of records is parsed, checked on its own and handed to
 * a sink (the new database) while the next batch is checked, and only the keys the checks across
 * records need are kept (integrity-keys.ts), which run at the end. So a file far larger than one
 * JavaScript string can hold opens, and the checking overlaps the writing. The checks and their
 * messages are those of decode.ts, and a file is refused for the same reasons; since records are
 * written before the last check, a refused file's sink must be thrown away whole (the new database
 * is not listed until the open succeeds). Once a problem is found nothing more is written, but the
 * checks go on (up to the problem cap) so that the refusal lists what is wrong.
 */

/** Where a streamed open puts each batch of checked records, in file order. */
export interface CheckedRecordsSink {
  /**
   * Writes a batch. Up to {@link StreamDecodeOptions.writesInFlight} batches are handed over
   * before the oldest one's promise resolves, in file order; each must be written in that order.
   */
  write<T extends SnapshotTableName>(table: T, records: SnapshotTables[T]): Promise<void>;
}

/** How a streamed open ended. */
export type StreamDecodeResult =
  | {
      kind: 'opened';
      workbook: WorkbookIdentity;
      info: PartnerbookInfo;
      /** The keys of every record written, for deriving what the file lacks. */
      keys: IntegrityTables;
      counts: Record<SnapshotTableName, number>;
    }
  | { kind: 'refused'; problems: PartnerbookProblem[] }
  /**
   * The file is one only the whole-text decoder reads (an older format, or a head after its
   * tables): nothing was written; `why` says so for a file too large for that decoder.
   */
  | { kind: 'whole'; why: string };

/** Options of a {@link PartnerbookStreamDecoder}. */
export interface StreamDecodeOptions {
  scan?: ScanOptions;
  /** Hears how many records were checked, after each batch. */
  onChecked?: (records: number) => void;
  /**
   * How many batches the sink may be writing at once (at least 1; {@link WRITES_IN_FLIGHT} unless
   * given). More than one lets a database take in the next batch while it commits the last.
   */
  writesInFlight?: number;
}

/**
 * Batches handed to the sink before the oldest is written: a database then prepares the next
 * batch's transaction while it commits the last, as a plain bulk write does (partnerbook-streamed-raw.ts
 * in the benchmarks keeps as many in flight), with at most this many batches held in memory.
 */
export const WRITES_IN_FLIGHT = 4;

const MIB = 1024 * 1024;
const ONE_STRING_MIB = (MAX_PARTNERBOOK_CHARS / MIB).toLocaleString('en-US');

// The file's fields around the tables, each checked when it is there.
const presentHeadSchema = partnerbookFileSchema.omit({ tables: true }).partial();

const isTable = (name: string): name is SnapshotTableName =>
  (SNAPSHOT_TABLES as readonly string[]).includes(name);

/** Decodes one streamed file into a sink; feed it every piece of text, then call `end`. */
export class PartnerbookStreamDecoder {
  private readonly scanner: StreamScanner;
  private readonly problems: ProblemList;
  private readonly keys = new IntegrityKeys();
  private readonly members = new Map<string, string>();
  private readonly tables = new Map<string, string | undefined>();
  private readonly counts = Object.fromEntries(
    SNAPSHOT_TABLES.map((table) => [table, 0]),
  ) as Record<SnapshotTableName, number>;
  private version: number | undefined;
  private whole: string | undefined;
  private readonly writes: Promise<void>[] = [];
  private checked = 0;
  private halted = false;

  constructor(
    fileName: string,
    private readonly sink: CheckedRecordsSink,
    private readonly options: StreamDecodeOptions = {},
  ) {
    this.scanner = new StreamScanner(options.scan);
    this.problems = new ProblemList(fileName);
  }

  /** True once reading more cannot change the outcome: the file is refused (or read whole). */
  get stopped(): boolean {
    return this.halted || this.problems.full;
  }

  /** Scans, checks and writes what a piece of text completes. Rejects when a write fails. */
  async feed(piece: string): Promise<void> {
    if (this.stopped) return;
    await this.handle(() => this.scanner.feed(piece));
  }

  /** Refuses the file for a reason found outside its text (not UTF-8, say). */
  refuse(message: string): void {
    this.problems.add('', message);
    this.halted = true;
  }

  /** Ends the text and runs the checks across records. Rejects when a write failed. */
  async end(): Promise<StreamDecodeResult> {
    if (!this.stopped) await this.handle(() => this.scanner.end());
    await Promise.all(this.writes.splice(0));
    const { problems } = this;
    if (problems.size === 0 && this.version === undefined) this.checkEnvelope();
    if (this.whole !== undefined) return { kind: 'whole', why: this.whole };
    const head = problems.size === 0 ? this.checkHead() : undefined;
    if (head && problems.size === 0) checkIntegrity(this.keys.tables(), problems);
    if (!head || problems.size > 0) return { kind: 'refused', problems: problems.toArray() };
    return {
      kind: 'opened',
      workbook: head.workbook,
      info: { formatVersion: PARTNERBOOK_VERSION, exportedAt: head.exportedAt, app: head.app },
      keys: this.keys.tables(),
      counts: { ...this.counts },
    };
  }

  private async handle(scan: () => ScanEvent[]): Promise<void> {
    let events: ScanEvent[];
    try {
      events = scan();
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
      this.scanFailed(error);
      return;
    }
    for (const event of events) {
      if (this.stopped) return;
      await this.take(event);
    }
  }

  private scanFailed(error: ScanError): void {
    const where = `line ${error.line.toLocaleString('en-US')}, column ${error.column.toLocaleString('en-US')}`;
    if (error.reason === 'the file is empty') {
      this.problems.add(
        '',
        'the file is empty. Choose a .partnerbook file that Partner Workbook saved.',
      );
    } else if (error.atEnd) {
      this.problems.add(
        '',
        `the file ends too early, at ${where} (${error.reason}): it looks cut off, for example ` +
          'by an interrupted save or download. Open an earlier copy of the file.',
      );
    } else this.problems.add('', `the file is not valid JSON at ${where}: ${error.reason}.`);
    this.halted = true;
  }

  private async take(event: ScanEvent): Promise<void> {
    switch (event.kind) {
      case 'member':
        this.members.set(event.key, event.text);
        return;
      case 'tables':
        if (this.version !== undefined) this.stop(['tables'], 'the file has two “tables” fields.');
        else this.startTables();
        return;
      case 'table':
      case 'list': {
        const { name } = event;
        if (this.tables.has(name)) this.stop(['tables', name], 'this table is listed twice.');
        if (mayHoldForbiddenKey(name)) {
          reportForbiddenKeys(Object.fromEntries([[name, null]]), this.problems, ['tables']);
          if (this.problems.size > 0) this.halted = true;
        }
        this.tables.set(name, event.kind === 'table' ? event.text : undefined);
        return;
      }
      case 'records':
        if (isTable(event.table) && this.problems.size === 0) await this.records(event);
        else if (isTable(event.table)) this.recordsChecked(event);
        return;
      case 'listEnd':
        return;
    }
  }

  private stop(path: readonly PropertyKey[] | '', message: string): void {
    this.problems.add(path, message);
    this.halted = true;
  }

  // The head, parsed from the members found so far (undefined when one is not JSON).
  private parsedHead(): Record<string, unknown> | undefined {
    const entries: [string, unknown][] = [];
    for (const [key, text] of this.members) {
      try {
        entries.push([key, JSON.parse(text) as unknown]);
      } catch {
        const reason = findJsonSyntaxError(text)?.reason ?? 'it is not valid JSON';
        this.stop([key], `the value is not valid JSON: ${reason}.`);
        return undefined;
      }
    }
    // Own properties whatever their names: a member named __proto__ stays a member.
    const head = Object.fromEntries(entries);
    if (mayHoldForbiddenKey([...this.members.keys(), ...this.members.values()].join('\n'))) {
      reportForbiddenKeys(head, this.problems);
      if (this.problems.size > 0) this.halted = true;
    }
    return this.problems.size > 0 ? undefined : head;
  }

  // The format and version; an older format is left to the whole-text decoder.
  private checkEnvelope(): Record<string, unknown> | undefined {
    const head = this.parsedHead();
    if (!head) return undefined;
    const version = checkEnvelope(head, this.problems);
    this.version = version;
    if (version === undefined) this.halted = true;
    else if (version < PARTNERBOOK_VERSION) {
      this.whole =
        `the file is in format ${version}, and a file of an older format opens only up to ` +
        `${ONE_STRING_MIB} MiB (Partner Workbook never wrote a larger one).`;
      this.halted = true;
    }
    return this.halted ? undefined : head;
  }

  // The tables begin: the file's format and version must be known by now.
  private startTables(): void {
    if (!this.members.has('format') || !this.members.has('formatVersion')) {
      this.whole =
        'the file names its tables before its “format” and “formatVersion”, and at over ' +
        `${ONE_STRING_MIB} MiB it can only be opened when it names them first, as Partner Workbook writes them.`;
      this.halted = true;
      return;
    }
    const head = this.checkEnvelope();
    if (!head) return;
    const present = presentHeadSchema.safeParse(head);
    if (!present.success) {
      this.problems.addIssues([], present.error.issues);
      this.halted = true;
    }
  }

  private async records(event: Extract<ScanEvent, { kind: 'records' }>): Promise<void> {
    const table = event.table as SnapshotTableName;
    const parsed = this.parse(event);
    if (!parsed) return;
    if (mayHoldForbiddenKey(event.text)) {
      parsed.forEach((record, index) => {
        reportForbiddenKeys(record, this.problems, ['tables', table, event.first + index]);
      });
      if (this.problems.size > 0) {
        this.halted = true;
        return;
      }
    }
    const valid = checkRecords(table, parsed, event.first, this.problems);
    this.keys.add(table, valid);
    this.counts[table] += valid.length;
    this.checked += parsed.length;
    this.options.onChecked?.(this.checked);
    if (this.problems.size > 0) return;
    // The writes before this one have had this batch's parse and check to run in.
    const inFlight = Math.max(1, this.options.writesInFlight ?? WRITES_IN_FLIGHT);
    while (this.writes.length >= inFlight) await this.writes.shift();
    const write = this.sink.write(table, valid);
    // Awaited in turn or at the end; until then its failure is held, not unhandled.
    write.catch(() => undefined);
    this.writes.push(write);
  }

  // Records after a problem: still parsed and checked, for the refusal's list, never written.
  private recordsChecked(event: Extract<ScanEvent, { kind: 'records' }>): void {
    const parsed = this.parse(event);
    if (parsed) checkRecords(event.table as SnapshotTableName, parsed, event.first, this.problems);
  }

  private parse(event: Extract<ScanEvent, { kind: 'records' }>): unknown[] | undefined {
    const list = `[${event.text}]`;
    try {
      return JSON.parse(list) as unknown[];
    } catch {
      const syntax = findJsonSyntaxError(list);
      const offset = (syntax?.offset ?? 1) - 1;
      let index = 0;
      while (index + 1 < event.starts.length && (event.starts[index + 1] ?? 0) <= offset) {
        index += 1;
      }
      const at = offset - (event.starts[index] ?? 0) + 1;
      const reason = syntax?.reason ?? 'it is not valid JSON';
      this.stop(
        ['tables', event.table, event.first + index],
        `this record is not valid JSON at its character ${at.toLocaleString('en-US')}: ${reason}.`,
      );
      return undefined;
    }
  }

  // The whole head with the tables' shape, checked once every member is known.
  private checkHead() {
    const head = this.parsedHead();
    if (!head) return undefined;
    const tables = Object.fromEntries(
      [...this.tables].map(([name, text]) => [name, text === undefined ? [] : parseOr(text)]),
    );
    const checked = fileHeadSchema.safeParse({
      ...head,
      tables: this.members.has('tables') ? head.tables : tables,
    });
    if (!checked.success) {
      this.problems.addIssues([], checked.error.issues);
      return undefined;
    }
    return checked.data;
  }
}

// A table's value that is not a list, for the head's check to name (any text will do when it is
// not JSON: the check refuses anything but a list).
function parseOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
