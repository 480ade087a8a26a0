/**
 * The list of local workbooks on this computer. Each workbook is its own IndexedDB database; this
 * small database remembers which exist, their names, and which was open last, so the app reopens
 * it at start.
 */
import { Dexie, type EntityTable } from 'dexie';
import { z } from 'zod';
import type { Validated } from '../../../../shared/domain/validation';
import { validate } from '../../../../shared/domain/validation';
import { DEFAULT_WORKBOOK_DB } from '../database';
import { newId, nowIso } from '../ids';

/** One local workbook as the switcher lists it. */
export interface WorkbookEntry {
  /** The IndexedDB database holding it. */
  dbName: string;
  name: string;
  createdAt: string;
  openedAt: string;
}

interface RegistryState {
  key: 'last-opened';
  dbName: string;
}

const REGISTRY_DB = 'partner-workbook-registry';

/** A workbook name as typed in the New and Rename forms. */
export const workbookNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'A workbook needs a name.' })
  .max(200, { error: 'A workbook name is at most 200 characters.' });

class RegistryDatabase extends Dexie {
  declare workbooks: EntityTable<WorkbookEntry, 'dbName'>;
  declare state: EntityTable<RegistryState, 'key'>;

  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ workbooks: 'dbName, name, openedAt', state: 'key' });
  }
}

/** Reads and writes the list of local workbooks. */
export class WorkbookRegistry {
  private readonly db: RegistryDatabase;

  constructor(name = REGISTRY_DB) {
    this.db = new RegistryDatabase(name);
  }

  /** Every workbook, by name. */
  list(): Promise<WorkbookEntry[]> {
    return this.db.workbooks.orderBy('name').toArray();
  }

  /**
   * The workbook to open at start: the last one opened, else the first by name, else the default
   * database (which every install before this list existed used, so its data is found again).
   */
  async startup(): Promise<string> {
    const last = await this.db.state.get('last-opened');
    if (last && (await this.db.workbooks.get(last.dbName))) return last.dbName;
    const first = await this.db.workbooks.orderBy('name').first();
    return first?.dbName ?? DEFAULT_WORKBOOK_DB;
  }

  /** Records that a workbook was opened (adding it when new) with its current name. */
  async opened(dbName: string, name: string): Promise<void> {
    const now = nowIso();
    await this.db.transaction('rw', this.db.workbooks, this.db.state, async () => {
      const existing = await this.db.workbooks.get(dbName);
      await this.db.workbooks.put({
        dbName,
        name,
        createdAt: existing?.createdAt ?? now,
        openedAt: now,
      });
      await this.db.state.put({ key: 'last-opened', dbName });
    });
  }

  /** Reserves a database for a new workbook; the caller opens it with this name. */
  newDatabaseName(): string {
    return `partner-workbook-${newId()}`;
  }

  /** Validates a name; the caller renames the workbook's own meta row too. */
  async rename(dbName: string, name: unknown): Promise<Validated<string>> {
    const checked = validate(workbookNameSchema, name, 'name');
    if (!checked.ok) return checked;
    await this.db.workbooks.update(dbName, { name: checked.value });
    return checked;
  }

  /** Forgets a workbook and deletes its database. */
  async remove(dbName: string): Promise<void> {
    await this.db.workbooks.delete(dbName);
    await Dexie.delete(dbName);
  }

  close(): void {
    this.db.close();
  }
}
