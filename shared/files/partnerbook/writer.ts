import type { Setting } from '../../domain/workbook';
import { MAX_PARTNERBOOK_BYTES, PARTNERBOOK_FORMAT, PARTNERBOOK_VERSION } from './format';
import { inKeyOrder, isInKeyOrder, KEY_ORDER, withSortedKeys, type KeyOrder } from './key-order';
import {
  SNAPSHOT_TABLES,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookIdentity,
} from './snapshot';

/**
 * The text of a `.partnerbook` file written as its records come, a batch at a time, so that a
 * save can write what it has read while it reads the rest (and never holds the whole text).
 * Tables come in file order (SNAPSHOT_TABLES), each table's records in its record order
 * (record-order.ts): the writer trusts the order it is given, and each record's keys are put in
 * their fixed order (key-order.ts), so that the same workbook always gives the same text. Each
 * table starts a line; its records follow on that line. (One record per line reads better but
 * costs half again the time of JSON.stringify, and a file of a million iterations must save in
 * little more than that time.) Records are trusted: they come from the database, which holds
 * only what the repositories validated, or from a file that was checked. A record is copied
 * only when its keys are out of order; the common record goes to JSON.stringify as it is.
 */

/** What a file records about its writing. */
export interface EncodeMeta {
  /** When the file was written, as an ISO timestamp. */
  exportedAt: string;
  /** The app that wrote it. */
  app?: { name: string; version: string } | undefined;
}

/** Receives a file's text a part at a time, in order. */
export type PartnerbookPartSink = (part: string) => void;

// Records per JSON.stringify call: bigger batches are written in slices of this many.
const SLICE = 50_000;

const IDENTITY_ORDER: KeyOrder = { keys: ['id', 'name', 'createdAt', 'updatedAt'] };

type Json = Record<string, unknown>;

const ordered = (record: object, order: KeyOrder): object =>
  isInKeyOrder(record as Json, order) ? record : inKeyOrder(record as Json, order);

// A setting's value is free JSON: its keys are sorted. Undefined means "not set" and is left out.
const settingOut = (setting: Setting): Json => ({
  key: setting.key,
  value: withSortedKeys(setting.value),
  updatedAt: setting.updatedAt,
});

/** Why a workbook is not saved: its file would be larger than MAX_PARTNERBOOK_BYTES. */
export function partnerbookTooLarge(): Error {
  return new Error(
    'This workbook is too large to save as one file: a workbook file holds at most ' +
      `${(MAX_PARTNERBOOK_BYTES / 1024 / 1024).toLocaleString('en-US')} MiB.`,
  );
}

/**
 * Writes one file's text to a part sink: {@link PartnerbookWriter.head} first, then each table's
 * records in order, then {@link PartnerbookWriter.end}. Throws {@link partnerbookTooLarge} as
 * soon as the text has more UTF-16 code units than a file may have bytes: each code unit takes at
 * least one byte in UTF-8, so that file would surely be too large to open. A text of fewer code
 * units can still come to more bytes (up to three per code unit), so a sink that makes bytes
 * checks their count too (renderer/src/workers/utf8-chunks.ts). Parts written before a throw are
 * to be dropped.
 */
export class PartnerbookWriter {
  private length = 0;
  /** The index in SNAPSHOT_TABLES of the open table; -1 before the first. */
  private table = -1;
  private tableHasRecords = false;
  private recordCount = 0;

  constructor(private readonly write: PartnerbookPartSink) {}

  /** Records written so far (settings that are not set included, though left out of the text). */
  get written(): number {
    return this.recordCount;
  }

  /** The file's head: its format, when and by what it was written, the workbook's identity. */
  head(workbook: WorkbookIdentity, meta: EncodeMeta): void {
    const head = {
      format: PARTNERBOOK_FORMAT,
      formatVersion: PARTNERBOOK_VERSION,
      exportedAt: meta.exportedAt,
      ...(meta.app ? { app: { name: meta.app.name, version: meta.app.version } } : {}),
      workbook: ordered(workbook, IDENTITY_ORDER),
    };
    this.push(`${JSON.stringify(head).slice(0, -1)},\n"tables":{`);
  }

  /**
   * The next records of `table`, from `start` up to `end`: they follow the records written
   * before. Tables not given before a later one are written empty.
   */
  records<T extends SnapshotTableName>(
    table: T,
    records: readonly SnapshotTables[T][number][],
    start = 0,
    end = records.length,
  ): void {
    this.openTable(table);
    const order = KEY_ORDER[table];
    for (let from = start; from < end; from += SLICE) {
      const to = Math.min(from + SLICE, end);
      const batch: object[] = [];
      for (let at = from; at < to; at += 1) {
        const record: object | undefined = records[at];
        if (record === undefined) continue;
        if (table !== 'settings') batch.push(ordered(record, order));
        else if ((record as Setting).value !== undefined) batch.push(settingOut(record as Setting));
      }
      this.recordCount += to - from;
      if (batch.length === 0) continue;
      // The comma goes as a part of its own: joined to the batch it would make a string that a
      // byte encoder must first copy whole into one (a batch is megabytes).
      if (this.tableHasRecords) this.push(',');
      this.push(JSON.stringify(batch).slice(1, -1));
      this.tableHasRecords = true;
    }
  }

  /** Closes the file: every table not written yet is written empty. */
  end(): void {
    this.openTable(undefined);
    this.push('\n}}\n');
  }

  // Closes the open table and opens each table up to `table` (all of them when undefined).
  private openTable(table: SnapshotTableName | undefined): void {
    const target = table === undefined ? SNAPSHOT_TABLES.length : SNAPSHOT_TABLES.indexOf(table);
    if (target < this.table) throw new Error(`The table “${String(table)}” was written already.`);
    while (this.table < target) {
      if (this.table >= 0) this.push(']');
      this.table += 1;
      this.tableHasRecords = false;
      const name = SNAPSHOT_TABLES[this.table];
      if (name !== undefined) this.push(`${this.table === 0 ? '' : ','}\n"${name}":[`);
    }
  }

  private push(part: string): void {
    this.length += part.length;
    if (this.length > MAX_PARTNERBOOK_BYTES) throw partnerbookTooLarge();
    this.write(part);
  }
}
