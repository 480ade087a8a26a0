import type {
  DBCore,
  DBCoreAddRequest,
  DBCoreMutateRequest,
  DBCorePutRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { REVISION_TABLES } from '../../../../shared/domain/revision';

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

/** The records touched by the marked transactions, each kept until its change is taken. */
export class ChangeCapture {
  private readonly open = new WeakMap<object, Map<string, RecordChange>>();

  /** Starts capturing a transaction's writes (its DBCore transaction object). */
  begin(trans: object): void {
    if (!this.open.has(trans)) this.open.set(trans, new Map());
  }

  /** True when the transaction is being captured. */
  captures(trans: object): boolean {
    return this.open.has(trans);
  }

  /** What the transaction changed so far, in the order first touched; stops capturing it. */
  take(trans: object): RecordChange[] {
    const changes = [...(this.open.get(trans)?.values() ?? [])];
    this.open.delete(trans);
    return changes;
  }

  /** Notes a record's state before (kept from the first write) and after a write. */
  note(trans: object, table: string, key: string, before: unknown, after: unknown): void {
    const changes = this.open.get(trans);
    if (!changes) return;
    const id = `${table}\u0000${key}`;
    const known = changes.get(id);
    if (known) known.after = after;
    else changes.set(id, { table, key, before, after });
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
 * it: a delete leaves nothing, and an add or put stores (a copy of) its value.
 */
async function statesAfter(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  touched: readonly Touched[],
): Promise<unknown[]> {
  if (req.type === 'delete' || req.type === 'deleteRange') return touched.map(() => undefined);
  if (storesItsValues(req)) {
    const values: readonly unknown[] = req.values;
    return touched.map(({ at }) => structuredClone(values[at]));
  }
  const found: unknown[] = await table.getMany({
    trans: req.trans,
    keys: touched.map(({ key }) => key),
  });
  return found;
}

// Wraps one table's writes: notes the touched records' states before and after, for marked
// transactions. An add's records did not exist before it (an add never replaces one), so it
// reads nothing; other writes read the touched records before they run. A failed operation
// changed nothing and is left out.
function capturingTable(table: DBCoreTable, capture: ChangeCapture): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      if (!capture.captures(req.trans)) return table.mutate(req);
      const keys = await touchedKeys(table, req);
      const before: unknown[] =
        req.type === 'add'
          ? []
          : await table.getMany({ trans: req.trans, keys: keys.map(({ key }) => key) });
      const response = await table.mutate(req);
      const done = keys.flatMap((touched, index) =>
        touched.at in response.failures ? [] : [{ ...touched, before: before[index] }],
      );
      const after = await statesAfter(table, req, done);
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
