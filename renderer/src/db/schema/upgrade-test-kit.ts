import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { WorkbookDatabase } from '../database';
import { SCHEMA_VERSIONS } from './index';

/**
 * The databases an upgrade test makes: a workbook as an earlier schema version wrote it, and the
 * same workbook opened by this build. Each is closed and deleted after every test.
 */
export function upgradeDatabases(label: string) {
  const names: string[] = [];
  const open: WorkbookDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) db.close();
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  return {
    /** A new database of the given earlier version, open for writing its fixture. */
    async older(version: number): Promise<Dexie> {
      const name = `${label}-from-v${version}-${crypto.randomUUID()}`;
      names.push(name);
      const old = new Dexie(name);
      for (const schema of SCHEMA_VERSIONS.slice(0, version)) {
        old.version(schema.version).stores(schema.stores);
      }
      await old.open();
      return old;
    },
    /** The named database opened by this build, which runs every upgrade it lacks. */
    async current(name: string): Promise<WorkbookDatabase> {
      if (!names.includes(name)) names.push(name);
      const db = new WorkbookDatabase(name);
      await db.open();
      open.push(db);
      return db;
    },
  };
}
