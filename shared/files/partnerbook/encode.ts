import type { Setting } from '../../domain/workbook';
import { MAX_PARTNERBOOK_CHARS, PARTNERBOOK_FORMAT, PARTNERBOOK_VERSION } from './format';
import { inKeyOrder, isInKeyOrder, KEY_ORDER, withSortedKeys, type KeyOrder } from './key-order';
import { RECORD_ORDER, sortedBy } from './record-order';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type SnapshotTableName,
  type WorkbookSnapshot,
} from './snapshot';

/**
 * Writes a snapshot as a `.partnerbook` file: UTF-8 JSON with tables and records in a fixed
 * order and each record's keys in a fixed order (key-order.ts), so that the same workbook always
 * gives the same text. Each table starts a line; its records follow on that line. (One record
 * per line reads better but costs half again the time of JSON.stringify, and a file of a million
 * iterations must save in little more than that time.) Records are trusted: they come from the
 * database, which holds only what the repositories validated. A record is copied only when its
 * keys are out of order; the common record goes to JSON.stringify as it is.
 */

/** What a file records about its writing. */
export interface EncodeMeta {
  /** When the file was written, as an ISO timestamp. */
  exportedAt: string;
  /** The app that wrote it. */
  app?: { name: string; version: string } | undefined;
}

// Records per JSON.stringify call: progress is reported between batches.
const BATCH = 50_000;

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

function tableRecords(snapshot: WorkbookSnapshot, table: SnapshotTableName): readonly object[] {
  const { tables } = snapshot;
  switch (table) {
    case 'partners':
      return sortedBy(tables.partners, RECORD_ORDER.partners);
    case 'contacts':
      return sortedBy(tables.contacts, RECORD_ORDER.contacts);
    case 'positioningDrafts':
      return sortedBy(tables.positioningDrafts, RECORD_ORDER.positioningDrafts);
    case 'positioningIterations':
      return sortedBy(tables.positioningIterations, RECORD_ORDER.positioningIterations);
    case 'positioningStatusChanges':
      return sortedBy(tables.positioningStatusChanges, RECORD_ORDER.positioningStatusChanges);
    case 'activities':
      return sortedBy(tables.activities, RECORD_ORDER.activities);
    case 'companyGoals':
      return sortedBy(tables.companyGoals, RECORD_ORDER.companyGoals);
    case 'partnerPlans':
      return sortedBy(tables.partnerPlans, RECORD_ORDER.partnerPlans);
    case 'investments':
      return sortedBy(tables.investments, RECORD_ORDER.investments);
    case 'metricEntries':
      return sortedBy(tables.metricEntries, RECORD_ORDER.metricEntries);
    case 'customMetrics':
      return sortedBy(tables.customMetrics, RECORD_ORDER.customMetrics);
    case 'templates':
      return sortedBy(tables.templates, RECORD_ORDER.templates);
    case 'qbrs':
      return sortedBy(tables.qbrs, RECORD_ORDER.qbrs);
    case 'partnerChanges':
      return sortedBy(tables.partnerChanges, RECORD_ORDER.partnerChanges);
    case 'intelligenceEntries':
      return sortedBy(tables.intelligenceEntries, RECORD_ORDER.intelligenceEntries);
    case 'feedback':
      return sortedBy(tables.feedback, RECORD_ORDER.feedback);
    case 'decisions':
      return sortedBy(tables.decisions, RECORD_ORDER.decisions);
    case 'stakeholders':
      return sortedBy(tables.stakeholders, RECORD_ORDER.stakeholders);
    case 'asks':
      return sortedBy(tables.asks, RECORD_ORDER.asks);
    case 'settings':
      return sortedBy(tables.settings, RECORD_ORDER.settings)
        .filter((setting) => setting.value !== undefined)
        .map(settingOut);
    case 'tombstones':
      return sortedBy(tables.tombstones, RECORD_ORDER.tombstones);
    case 'revisions':
      return sortedBy(tables.revisions, RECORD_ORDER.revisions);
  }
}

const tooLarge = (): Error =>
  new Error(
    'This workbook is too large to save as one file: a workbook file holds at most ' +
      `${(MAX_PARTNERBOOK_CHARS / 1024 / 1024).toLocaleString('en-US')} MiB of text.`,
  );

/** Receives a file's text a part at a time, in order. */
export type PartnerbookPartSink = (part: string) => void;

/**
 * Writes the file's text to `write` in parts, in order, so that a caller can turn each part into
 * bytes and let it go before the next (a file of hundreds of megabytes is never held twice as
 * text). Throws when the whole would exceed the size a workbook file may have, since such a file
 * could not be opened; parts written before that are then to be dropped.
 */
export function writePartnerbookParts(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  write: PartnerbookPartSink,
  onProgress?: PartnerbookProgressListener,
): void {
  const head = {
    format: PARTNERBOOK_FORMAT,
    formatVersion: PARTNERBOOK_VERSION,
    exportedAt: meta.exportedAt,
    ...(meta.app ? { app: { name: meta.app.name, version: meta.app.version } } : {}),
    workbook: ordered(snapshot.workbook, IDENTITY_ORDER),
  };
  let length = 0;
  const push = (part: string): void => {
    length += part.length;
    if (length > MAX_PARTNERBOOK_CHARS) throw tooLarge();
    write(part);
  };
  push(`${JSON.stringify(head).slice(0, -1)},\n"tables":{`);
  const total = SNAPSHOT_TABLES.reduce((sum, table) => sum + snapshot.tables[table].length, 0);
  let done = 0;
  SNAPSHOT_TABLES.forEach((table, index) => {
    const records = tableRecords(snapshot, table);
    const order = KEY_ORDER[table];
    push(`${index === 0 ? '' : ','}\n"${table}":[`);
    for (let start = 0; start < records.length; start += BATCH) {
      const end = Math.min(start + BATCH, records.length);
      const batch: object[] = [];
      for (let at = start; at < end; at += 1) {
        const record = records[at];
        if (record !== undefined) batch.push(ordered(record, order));
      }
      // The comma goes as a part of its own: joined to the batch it would make a string that a
      // byte encoder must first copy whole into one (a batch is megabytes).
      if (start > 0) push(',');
      push(JSON.stringify(batch).slice(1, -1));
      done += batch.length;
      onProgress?.({ phase: 'encoding', done, total });
    }
    push(']');
  });
  push('\n}}\n');
  onProgress?.({ phase: 'encoding', done: total, total });
}

/**
 * The file's text in parts, to be joined or written out as they are (which saves copying
 * hundreds of megabytes once more). Throws as {@link writePartnerbookParts} does.
 */
export function encodePartnerbookParts(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  onProgress?: PartnerbookProgressListener,
): string[] {
  const parts: string[] = [];
  writePartnerbookParts(
    snapshot,
    meta,
    (part) => {
      parts.push(part);
    },
    onProgress,
  );
  return parts;
}

/** The whole `.partnerbook` file for a snapshot, as text. */
export function encodePartnerbook(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  onProgress?: PartnerbookProgressListener,
): string {
  return encodePartnerbookParts(snapshot, meta, onProgress).join('');
}
