import { MAX_PARTNERBOOK_CHARS, PARTNERBOOK_EXTENSION } from './format';
import { mayHoldForbiddenKey, reportForbiddenKeys } from './forbidden-keys';
import { checkIntegrity } from './integrity';
import { NOT_JSON, parseJsonText } from './parse-json';
import { fileHeadSchema } from './partnerbook-schema';
import { checkRecords } from './record-checks';
import { ProblemList, type PartnerbookProblem } from './problems';
import type {
  PartnerbookProgressListener,
  SnapshotTableName,
  SnapshotTables,
  WorkbookSnapshot,
} from './snapshot';
import { SNAPSHOT_TABLES } from './snapshot';
import { upgradePartnerbook } from './upgrades';
import { checkEnvelope, isRecord } from './envelope';

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

const MIB = 1024 * 1024;

const sizeText = (chars: number): string =>
  chars >= MIB
    ? `${Math.ceil(chars / MIB).toLocaleString('en-US')} MiB`
    : `${chars.toLocaleString('en-US')} characters`;

const refuse = (problems: ProblemList): DecodeResult => ({
  ok: false,
  problems: problems.toArray(),
});

// Every table's records checked on their own, with progress every PROGRESS_EVERY records.
function checkTables(
  raw: Record<Exclude<SnapshotTableName, 'revisions'>, unknown[]> & { revisions?: unknown[] },
  problems: ProblemList,
  onProgress: PartnerbookProgressListener | undefined,
  total: number,
): SnapshotTables {
  let done = 0;
  const onChecked = () => {
    done += 1;
    if (done % PROGRESS_EVERY === 0) onProgress?.({ phase: 'checking', done, total });
  };
  const tables = {} as Record<SnapshotTableName, unknown[]>;
  for (const table of SNAPSHOT_TABLES) {
    // Files of format 1 have no revisions; they are derived from the records when needed.
    tables[table] = checkRecords(table, raw[table] ?? [], 0, problems, onChecked);
  }
  return tables as SnapshotTables;
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
  onProgress?.({ phase: 'checking', done: 0, total });
  const tables = checkTables(raw, problems, onProgress, total);
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
