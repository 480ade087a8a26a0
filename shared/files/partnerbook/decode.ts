import type { z } from 'zod';
import {
  MAX_PARTNERBOOK_CHARS,
  PARTNERBOOK_EXTENSION,
  PARTNERBOOK_FORMAT,
  PARTNERBOOK_VERSION,
} from './format';
import { mayHoldForbiddenKey, reportForbiddenKeys } from './forbidden-keys';
import type { PositioningDraft, PositioningIteration } from '../../domain/positioning';
import { withPlainFields, type RecordCheck } from './fast-fields';
import { checkIntegrity } from './integrity';
import { NOT_JSON, parseJsonText } from './parse-json';
import { fileHeadSchema, RECORD_SCHEMAS } from './partnerbook-schema';
import { ProblemList, type PartnerbookProblem } from './problems';
import type {
  PartnerbookProgressListener,
  SnapshotTableName,
  SnapshotTables,
  WorkbookSnapshot,
} from './snapshot';
import { SNAPSHOT_TABLES } from './snapshot';
import { upgradePartnerbook, type RawPartnerbook } from './upgrades';

/**
 * Reads a `.partnerbook` file's text into a snapshot, or refuses it with every problem found
 * (up to a cap), each naming the file and the path in it. Nothing here touches a database: a
 * refused file leaves the workbook as it was. Checks run in order and stop at the first stage
 * that fails: size, JSON syntax, forbidden keys, format and version, the file's shape, each
 * record, then the checks across records.
 */

/** What a file says about itself besides its data. */
export interface PartnerbookInfo {
  /** The version the file was written in (before any upgrade). */
  formatVersion: number;
  exportedAt: string;
  app?: { name: string; version: string } | undefined;
}

/** A decoded file, or the reasons it was refused. */
export type DecodeResult =
  | { ok: true; snapshot: WorkbookSnapshot; info: PartnerbookInfo }
  | { ok: false; problems: PartnerbookProblem[] };

const PROGRESS_EVERY = 10_000;

// Drafts and iterations, most of a large file, with their fields checked the cheaper way.
const CHECK_DRAFT = withPlainFields<PositioningDraft>(RECORD_SCHEMAS.positioningDrafts);
const CHECK_ITERATION = withPlainFields<PositioningIteration>(RECORD_SCHEMAS.positioningIterations);

const MIB = 1024 * 1024;

const sizeText = (chars: number): string =>
  chars >= MIB
    ? `${Math.ceil(chars / MIB).toLocaleString('en-US')} MiB`
    : `${chars.toLocaleString('en-US')} characters`;

const isRecord = (value: unknown): value is RawPartnerbook =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A value found in a file, for a message: short, and never a whole list or object from the file
// (one nested a hundred thousand deep would overflow JSON.stringify's stack).
function shownValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

const refuse = (problems: ProblemList): DecodeResult => ({
  ok: false,
  problems: problems.toArray(),
});

// The format and version, checked first so that a foreign or newer file gets one clear message.
function checkEnvelope(parsed: unknown, problems: ProblemList): number | undefined {
  if (!isRecord(parsed)) {
    problems.add('', 'the file is not a workbook file: it holds JSON, but not a JSON object.');
    return undefined;
  }
  const { format, formatVersion } = parsed;
  if (format !== PARTNERBOOK_FORMAT) {
    const found =
      format === undefined ? 'it has no “format” field' : `its “format” is ${shownValue(format)}`;
    problems.add(
      format === undefined ? '' : ['format'],
      `the file is not a Partner Workbook file: ${found}, where a workbook file says “${PARTNERBOOK_FORMAT}”.`,
    );
    return undefined;
  }
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    problems.add(
      ['formatVersion'],
      `“formatVersion” must be a whole number from 1, not ${formatVersion === undefined ? 'missing' : shownValue(formatVersion)}.`,
    );
    return undefined;
  }
  if (formatVersion > PARTNERBOOK_VERSION) {
    problems.add(
      ['formatVersion'],
      `the file was made by a newer version of Partner Workbook (file format ${formatVersion}; this ` +
        `version reads up to ${PARTNERBOOK_VERSION}). Update Partner Workbook to open it.`,
    );
    return undefined;
  }
  return formatVersion;
}

interface Checking {
  problems: ProblemList;
  onProgress: PartnerbookProgressListener | undefined;
  done: number;
  total: number;
}

function checkTable<T>(
  table: SnapshotTableName,
  schema: z.ZodType<T> | RecordCheck<T>,
  records: readonly unknown[],
  checking: Checking,
): T[] {
  const check =
    typeof schema === 'function' ? schema : (record: unknown) => schema.safeParse(record);
  const valid: T[] = [];
  for (const [index, record] of records.entries()) {
    // A file this broken is refused already; checking the rest would only take time (a file of
    // a hundred thousand `{}` records took seconds to list every missing field of).
    if (checking.problems.full) break;
    const parsed = check(record);
    if (parsed.success) valid.push(parsed.data);
    else checking.problems.addIssues(['tables', table, index], parsed.error.issues);
    checking.done += 1;
    if (checking.done % PROGRESS_EVERY === 0) {
      checking.onProgress?.({ phase: 'checking', done: checking.done, total: checking.total });
    }
  }
  return valid;
}

function checkTables(
  raw: Record<Exclude<SnapshotTableName, 'revisions'>, unknown[]> & { revisions?: unknown[] },
  checking: Checking,
): SnapshotTables {
  return {
    partners: checkTable('partners', RECORD_SCHEMAS.partners, raw.partners, checking),
    contacts: checkTable('contacts', RECORD_SCHEMAS.contacts, raw.contacts, checking),
    positioningDrafts: checkTable(
      'positioningDrafts',
      CHECK_DRAFT,
      raw.positioningDrafts,
      checking,
    ),
    positioningIterations: checkTable(
      'positioningIterations',
      CHECK_ITERATION,
      raw.positioningIterations,
      checking,
    ),
    positioningStatusChanges: checkTable(
      'positioningStatusChanges',
      RECORD_SCHEMAS.positioningStatusChanges,
      raw.positioningStatusChanges,
      checking,
    ),
    activities: checkTable('activities', RECORD_SCHEMAS.activities, raw.activities, checking),
    companyGoals: checkTable(
      'companyGoals',
      RECORD_SCHEMAS.companyGoals,
      raw.companyGoals,
      checking,
    ),
    partnerPlans: checkTable(
      'partnerPlans',
      RECORD_SCHEMAS.partnerPlans,
      raw.partnerPlans,
      checking,
    ),
    investments: checkTable('investments', RECORD_SCHEMAS.investments, raw.investments, checking),
    metricEntries: checkTable(
      'metricEntries',
      RECORD_SCHEMAS.metricEntries,
      raw.metricEntries,
      checking,
    ),
    customMetrics: checkTable(
      'customMetrics',
      RECORD_SCHEMAS.customMetrics,
      raw.customMetrics,
      checking,
    ),
    templates: checkTable('templates', RECORD_SCHEMAS.templates, raw.templates, checking),
    qbrs: checkTable('qbrs', RECORD_SCHEMAS.qbrs, raw.qbrs, checking),
    partnerChanges: checkTable(
      'partnerChanges',
      RECORD_SCHEMAS.partnerChanges,
      raw.partnerChanges,
      checking,
    ),
    intelligenceEntries: checkTable(
      'intelligenceEntries',
      RECORD_SCHEMAS.intelligenceEntries,
      raw.intelligenceEntries,
      checking,
    ),
    feedback: checkTable('feedback', RECORD_SCHEMAS.feedback, raw.feedback, checking),
    decisions: checkTable('decisions', RECORD_SCHEMAS.decisions, raw.decisions, checking),
    stakeholders: checkTable(
      'stakeholders',
      RECORD_SCHEMAS.stakeholders,
      raw.stakeholders,
      checking,
    ),
    asks: checkTable('asks', RECORD_SCHEMAS.asks, raw.asks, checking),
    settings: checkTable('settings', RECORD_SCHEMAS.settings, raw.settings, checking),
    tombstones: checkTable('tombstones', RECORD_SCHEMAS.tombstones, raw.tombstones, checking),
    // Files of format 1 have no revisions; they are derived from the records when needed.
    revisions: checkTable('revisions', RECORD_SCHEMAS.revisions, raw.revisions ?? [], checking),
  };
}

/** Options of {@link decodePartnerbook}. */
export interface DecodeOptions {
  /** Hears about the record checks, the long part of opening a large file. */
  onProgress?: PartnerbookProgressListener | undefined;
  /** The size limit in characters; tests lower it. */
  maxChars?: number;
}

/** Decodes a workbook file's text; `fileName` names the file in every problem. */
export function decodePartnerbook(
  text: string,
  fileName: string,
  options: DecodeOptions = {},
): DecodeResult {
  const { onProgress, maxChars = MAX_PARTNERBOOK_CHARS } = options;
  const problems = new ProblemList(fileName);
  if (text.length > maxChars) {
    problems.add(
      '',
      `the file is too large to open (${sizeText(text.length)}; a workbook file holds at most ` +
        `${sizeText(maxChars)}).`,
    );
    return refuse(problems);
  }
  onProgress?.({ phase: 'parsing', done: 0, total: 1 });
  const parsed = parseJsonText(text, problems);
  if (parsed === NOT_JSON) return refuse(problems);
  if (mayHoldForbiddenKey(text)) reportForbiddenKeys(parsed, problems);
  if (problems.size > 0) return refuse(problems);

  const version = checkEnvelope(parsed, problems);
  if (version === undefined || !isRecord(parsed)) return refuse(problems);
  const upgraded = upgradePartnerbook(parsed, version);
  if (!upgraded.ok) {
    problems.add(
      ['formatVersion'],
      `this version of Partner Workbook cannot read format ${upgraded.missingFrom} files.`,
    );
    return refuse(problems);
  }
  const head = fileHeadSchema.safeParse(upgraded.file);
  if (!head.success) {
    problems.addIssues([], head.error.issues);
    return refuse(problems);
  }
  const raw = head.data.tables;
  const total = SNAPSHOT_TABLES.reduce((sum, table) => sum + (raw[table]?.length ?? 0), 0);
  const checking: Checking = { problems, onProgress, done: 0, total };
  onProgress?.({ phase: 'checking', done: 0, total });
  const tables = checkTables(raw, checking);
  if (problems.size === 0) checkIntegrity(tables, problems);
  if (problems.size > 0) return refuse(problems);
  onProgress?.({ phase: 'checking', done: total, total });

  const { exportedAt, app, workbook } = head.data;
  return {
    ok: true,
    snapshot: { workbook, tables },
    info: { formatVersion: version, exportedAt, app },
  };
}

/** True when a file name has the workbook file extension. */
export function isPartnerbookFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(`.${PARTNERBOOK_EXTENSION}`);
}
