import { META_KEY, type WorkbookMeta } from '../../../../shared/domain/workbook';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { APP_VERSION } from '../app-version';
import { CURRENT_SCHEMA_VERSION } from '../schema';

/** Reads and writes the workbook's identity row. */
export class MetaRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** The meta row, created on first open and brought to the current schema version. */
  async ensure(defaultName: string): Promise<WorkbookMeta> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = await this.db.meta.get(META_KEY);
      if (
        existing &&
        existing.schemaVersion === CURRENT_SCHEMA_VERSION &&
        existing.appVersion === APP_VERSION
      ) {
        return existing;
      }
      const now = nowIso();
      const written = APP_VERSION === undefined ? {} : { appVersion: APP_VERSION };
      // Recording which app wrote it is bookkeeping, not a change to the workbook: updatedAt
      // (which travels in files) moves only with the schema.
      const meta: WorkbookMeta = existing
        ? {
            ...existing,
            ...written,
            schemaVersion: CURRENT_SCHEMA_VERSION,
            updatedAt: existing.schemaVersion === CURRENT_SCHEMA_VERSION ? existing.updatedAt : now,
          }
        : {
            key: META_KEY,
            workbookId: newId(),
            name: defaultName,
            schemaVersion: CURRENT_SCHEMA_VERSION,
            ...written,
            createdAt: now,
            updatedAt: now,
          };
      await this.db.meta.put(meta);
      return meta;
    });
  }

  /** Renames the workbook; the name is validated by the caller's schema. */
  async rename(name: string): Promise<WorkbookMeta | undefined> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = await this.db.meta.get(META_KEY);
      if (!existing) return undefined;
      const meta: WorkbookMeta = { ...existing, name, updatedAt: nowIso() };
      await this.db.meta.put(meta);
      return meta;
    });
  }

  /** The meta row, if the workbook has been opened before. */
  get(): Promise<WorkbookMeta | undefined> {
    return this.db.meta.get(META_KEY);
  }
}
