import type {
  DBCore,
  DBCoreAddRequest,
  DBCoreMutateRequest,
  DBCorePutRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { REVISION_TABLES } from '../../../../shared/domain/revision';
import { canonicalJson } from '../../../../shared/util/content-hash';
import { jsonSize } from '../../../../shared/util/json-size';

/**
 * Captures, for the transactions a user change marks (recorded-write.ts), each touched record's
 * state before the change and after it, in the same transaction: a Dexie DBCore middleware, so
 * that every write of every repository is seen without each writing its own inverse. Only the
 * tables undo puts back are captured: the stored records (the revision tables) and the
 * append-only positioning history. Revisions, tombstones and derived tables (activity counts,
 * partner figures) are left out: undo writes them afresh, as any change does.
 */

/** One record a change touched: its key, and its stored state before and after (undefined: none). */
export interface RecordChange {
  table: string;
  key: string;
  before: unknown;
  after: unknown;
}

/** The positioning history's tables: only ever added to, so undo never takes a record out. */
export const APPEND_ONLY_TABLES: ReadonlySet<string> = new Set([
  'positioningIterations',
  'positioningIterationSummaries',
  'positioningStatusChanges',
]);

const CAPTURED: ReadonlySet<string> = new Set([...REVISION_TABLES, ...APPEND_ONLY_TABLES]);

/** The changes that changed something: a record written back as it was is left out. */
export function effectiveChanges(changes: readonly RecordChange[]): RecordChange[] {
  return changes.filter(
    ({ before, after }) =>
      (before !== undefined || after !== undefined) &&
      (before === undefined ||
        after === undefined ||
        canonicalJson(before) !== canonicalJson(after)),
  );
}

/** How one transaction is captured (a bulk write's, an import's or a merge's). */
export interface CaptureOptions {
  /**
   * True for a record the transaction creates under an id it drew itself: its put reads nothing
   * before it (no record can hold the id), as an add's does not.
   */
  isNew?: (table: string, key: string, value: unknown) => boolean;
  /**
   * Most bytes of states the capture holds (estimated as their JSON text): past it, it lets go of
   * what it holds and notes nothing more, and the transaction's change is not undoable.
   */
  maxBytes?: number;
  /**
   * True when the transaction's writer builds every value it puts or adds for that write alone and
   * never changes it afterwards (an import's records): the value is then kept as its state after
   * the write as it is, without the copy that guards against a caller changing it later.
   */
  keepsValues?: boolean;
  /**
   * True when what is captured will be packed as JSON text (packed-changes.ts): each state after
   * a write is turned into its text when noted, while the write waits on IndexedDB, instead of
   * all at once after the transaction (at 20,000 imported rows, 0.4 s of the import worker's
   * time spent after the last write, in a worker profile).
   */
  packs?: boolean;
}

/** What a transaction changed, or only how much when it was too large to keep. */
export interface Captured {
  changes: RecordChange[];
  /** The states' estimated size (JSON text); counted only under a `maxBytes` bound. */
  bytes: number;
  /** False when the bound was passed: `changes` is then empty, and the change not undoable. */
  complete: boolean;
  /** For a capture that packs: the JSON text of each change's state after, when it has one. */
  afterTexts?: ReadonlyMap<RecordChange, string>;
}

interface Open {
  changes: Map<string, RecordChange>;
  options: CaptureOptions;
  bytes: number;
  complete: boolean;
  afterTexts: Map<RecordChange, string>;
}

/** The records touched by the marked transactions, each kept until its change is taken. */
export class ChangeCapture {
  private readonly open = new WeakMap<object, Open>();

  /** Starts capturing a transaction's writes (its DBCore transaction object). */
  begin(trans: object, options: CaptureOptions = {}): void {
    if (!this.open.has(trans)) {
      const afterTexts = new Map<RecordChange, string>();
      this.open.set(trans, { changes: new Map(), options, bytes: 0, complete: true, afterTexts });
    }
  }

  /** True when the transaction is being captured (and has not passed its bound). */
  captures(trans: object): boolean {
    return this.open.get(trans)?.complete === true;
  }

  /** Whether the transaction's written values may be kept without a copy (see CaptureOptions). */
  keepsValues(trans: object): boolean {
    return this.open.get(trans)?.options.keepsValues === true;
  }

  /** Whether the transaction created this record under an id it drew (see CaptureOptions). */
  isNew(trans: object, table: string, key: string, value: unknown): boolean {
    return this.open.get(trans)?.options.isNew?.(table, key, value) === true;
  }

  /**
   * What the transaction changed, in the order first touched, with its size and whether it was all
   * kept; stops capturing it.
   */
  finish(trans: object): Captured {
    const open = this.open.get(trans);
    this.open.delete(trans);
    if (!open) return { changes: [], bytes: 0, complete: true };
    const captured: Captured = {
      changes: [...open.changes.values()],
      bytes: open.bytes,
      complete: open.complete,
    };
    if (open.options.packs === true) captured.afterTexts = open.afterTexts;
    return captured;
  }

  /** Notes a record's state before (kept from the first write) and after a write. */
  note(trans: object, table: string, key: string, before: unknown, after: unknown): void {
    const open = this.open.get(trans);
    if (!open?.complete) return;
    const { changes } = open;
    const id = `${table}\u0000${key}`;
    const known = changes.get(id);
    const limit = open.options.maxBytes;
    // The text is counted in place of the estimate when it is made anyway.
    const afterText =
      open.options.packs === true && after !== undefined ? JSON.stringify(after) : undefined;
    if (limit !== undefined) {
      const afterSize = afterText === undefined ? jsonSize(after) : afterText.length;
      open.bytes += afterSize + (known ? 0 : jsonSize(before) + table.length + key.length);
      if (open.bytes > limit) {
        // Too large to keep: what is held goes now, so the write goes on in bounded memory.
        open.complete = false;
        changes.clear();
        open.afterTexts.clear();
        return;
      }
    }
    const change = known ?? { table, key, before, after };
    if (known) known.after = after;
    else changes.set(id, change);
    if (afterText === undefined) open.afterTexts.delete(change);
    else open.afterTexts.set(change, afterText);
  }
}

/** A string key a write touches, and the operation's position in the request. */
interface Touched {
  key: string;
  at: number;
}

// The string keys a write touches, read before it runs (a range's from its records).
async function touchedKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Touched[]> {
  let keys: readonly unknown[];
  if (req.type === 'delete') keys = req.keys as unknown[];
  else if (req.type === 'deleteRange') {
    const found = await table.query({
      trans: req.trans,
      values: false,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    keys = found.result as unknown[];
  } else if (req.keys) keys = req.keys as unknown[];
  else {
    const extract = table.schema.primaryKey.extractKey;
    keys = extract ? req.values.map((value): unknown => extract(value)) : [];
  }
  const touched: Touched[] = [];
  keys.forEach((key, at) => {
    if (typeof key === 'string') touched.push({ key, at });
  });
  return touched;
}

// Whether an add or put stores its values as given: Dexie's updates and modifies also carry
// what changed, and are read back instead.
const storesItsValues = (req: DBCoreAddRequest | DBCorePutRequest): boolean =>
  req.type === 'add' ||
  (req.updates === undefined &&
    req.criteria === undefined &&
    req.changeSpec === undefined &&
    req.upsert !== false);

/**
 * The state each touched key holds after a write, without reading it back where the request says
 * it: a delete leaves nothing, and an add or put stores (a copy of) its value. The copy is left
 * out for a writer that keeps its values as written (CaptureOptions.keepsValues): at 20,000
 * imported rows the copies took about a tenth of the import worker's time (a worker profile).
 */
async function statesAfter(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  touched: readonly Touched[],
  capture: ChangeCapture,
): Promise<unknown[]> {
  if (req.type === 'delete' || req.type === 'deleteRange') return touched.map(() => undefined);
  if (storesItsValues(req)) {
    const values: readonly unknown[] = req.values;
    if (capture.keepsValues(req.trans)) return touched.map(({ at }) => values[at]);
    return touched.map(({ at }) => structuredClone(values[at]));
  }
  const found: unknown[] = await table.getMany({
    trans: req.trans,
    keys: touched.map(({ key }) => key),
  });
  return found;
}

// The state each touched key holds before a write. An add's records did not exist (an add never
// replaces one), nor did a put's the transaction created under ids it drew: neither is read.
async function statesBefore(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  touched: readonly Touched[],
  capture: ChangeCapture,
): Promise<unknown[]> {
  if (req.type === 'add') return touched.map(() => undefined);
  const values: readonly unknown[] = req.type === 'put' ? req.values : [];
  const read = touched.filter(
    ({ key, at }) => req.type !== 'put' || !capture.isNew(req.trans, table.name, key, values[at]),
  );
  if (read.length === 0) return touched.map(() => undefined);
  const found: unknown[] = await table.getMany({
    trans: req.trans,
    keys: read.map(({ key }) => key),
  });
  if (read.length === touched.length) return found;
  const byKey = new Map(read.map(({ key }, index) => [key, found[index]]));
  return touched.map(({ key }) => byKey.get(key));
}

// Wraps one table's writes: notes the touched records' states before and after, for marked
// transactions (reading before a write only what may have existed). A failed operation changed
// nothing and is left out.
function capturingTable(table: DBCoreTable, capture: ChangeCapture): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      if (!capture.captures(req.trans)) return table.mutate(req);
      const keys = await touchedKeys(table, req);
      const before = await statesBefore(table, req, keys, capture);
      const response = await table.mutate(req);
      const done = keys.flatMap((touched, index) =>
        touched.at in response.failures ? [] : [{ ...touched, before: before[index] }],
      );
      const after = await statesAfter(table, req, done, capture);
      done.forEach(({ key, before: was }, index) => {
        capture.note(req.trans, table.name, key, was, after[index]);
      });
      return response;
    },
  };
}

/** The middleware that feeds a capture; the database installs it once. */
export function captureMiddleware(capture: ChangeCapture): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'undo-capture',
    // Right above IndexedDB, below Dexie's own middlewares: the reads it adds need no Dexie
    // zone, and it sees each write as finally made (hooks and virtual indexes applied).
    level: -2,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return CAPTURED.has(name) ? capturingTable(table, capture) : table;
      },
    }),
  };
}
