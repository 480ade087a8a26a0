import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
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

// The keys a write touches, read before it runs (a range's from its records).
async function touchedKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'delete') return req.keys as unknown[];
  if (req.type === 'deleteRange') {
    const found = await table.query({
      trans: req.trans,
      values: false,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    return found.result as unknown[];
  }
  if (req.keys) return req.keys as unknown[];
  const extract = table.schema.primaryKey.extractKey;
  return extract ? req.values.map((value): unknown => extract(value)) : [];
}

// Wraps one table's writes: reads the touched records before and after, for marked transactions.
function capturingTable(table: DBCoreTable, capture: ChangeCapture): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      if (!capture.captures(req.trans)) return table.mutate(req);
      const keys = (await touchedKeys(table, req)).filter((key) => typeof key === 'string');
      const before = await table.getMany({ trans: req.trans, keys });
      const response = await table.mutate(req);
      const after = await table.getMany({ trans: req.trans, keys });
      keys.forEach((key, index) => {
        capture.note(req.trans, table.name, key, before[index], after[index]);
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
