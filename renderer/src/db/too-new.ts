/**
 * A workbook written by a newer version of the app: IndexedDB refuses to open a database at a
 * lower version than it has (a VersionError), so an older app can never write to it. This turns
 * that refusal into a message that says which version wrote it, read from its meta row without
 * upgrading anything.
 */
import { Dexie } from 'dexie';
import { META_KEY } from '../../../shared/domain/workbook';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** The workbook was written by a newer app; its message says which version is needed. */
export class WorkbookTooNewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookTooNewError';
  }
}

/**
 * Whether the named database was written by a newer app: its IndexedDB version (Dexie stores ten
 * times its own, plus one for each additive change it makes on its own) is past this build's.
 * Read from the list of databases, so that nothing is opened, created or upgraded to find out.
 */
export async function writtenByNewerApp(dbName: string): Promise<boolean> {
  const databases = await indexedDB.databases();
  const installed = databases.find((database) => database.name === dbName)?.version;
  return installed !== undefined && Math.floor(installed / 10) > CURRENT_SCHEMA_VERSION;
}

/** True for Dexie's or IndexedDB's refusal to open a database at a lower version. */
export function isVersionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner: unknown = error instanceof Dexie.DexieError ? error.inner : undefined;
  return error.name === 'VersionError' || (inner instanceof Error && inner.name === 'VersionError');
}

/** The error to report for a database a newer app wrote, reading what its meta row says. */
export async function tooNewError(dbName: string): Promise<WorkbookTooNewError> {
  let appVersion: unknown;
  let schemaVersion: unknown;
  const db = new Dexie(dbName);
  try {
    // No declared versions: Dexie opens the database as it is, changing nothing.
    await db.open();
    const meta: unknown = await db.table('meta').get(META_KEY);
    if (typeof meta === 'object' && meta !== null) {
      ({ appVersion, schemaVersion } = meta as { appVersion?: unknown; schemaVersion?: unknown });
    }
  } catch {
    // The message below still holds without the details.
  } finally {
    db.close();
  }
  const by =
    typeof appVersion === 'string' ? `Partner Workbook ${appVersion}` : 'a newer Partner Workbook';
  const format =
    typeof schemaVersion === 'number' ? ` (workbook format ${String(schemaVersion)})` : '';
  return new WorkbookTooNewError(
    `This workbook was last written by ${by}${format}; this version reads workbook formats up to ${String(CURRENT_SCHEMA_VERSION)}. Install ${typeof appVersion === 'string' ? `version ${appVersion} or later` : 'the newer version'} to open it. Nothing was changed.`,
  );
}
