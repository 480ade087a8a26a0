import { AUTHOR_SETTING, authorSettingSchema } from '../../../../shared/domain/workbook';
import { validate, type Validated } from '../../../../shared/domain/validation';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { logRevisions } from '../revision-log';

/** Reads and writes the workbook's settings: one JSON value per key. */
export class SettingsRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** A setting's value, or undefined when it was never set. */
  async get(key: string): Promise<unknown> {
    return (await this.db.settings.get(key))?.value;
  }

  /** Stores a setting's value; undefined removes the setting. Logs its revision, for merges. */
  async set(key: string, value: unknown): Promise<void> {
    const { db } = this;
    const write = db.transaction('rw', db.settings, db.revisions, async () => {
      const previous = await db.settings.get(key);
      if (value === undefined) {
        if (!previous) return;
        await db.settings.delete(key);
        await logRevisions(db, [{ table: 'settings', id: key, content: undefined, previous }]);
        return;
      }
      const setting = { key, value, updatedAt: nowIso() };
      await db.settings.put(setting);
      await logRevisions(db, [{ table: 'settings', id: key, content: setting, previous }]);
    });
    await trackWrite(write);
  }

  /** The name recorded as the author of iterations, if one is set and still valid. */
  async author(): Promise<string | undefined> {
    const parsed = authorSettingSchema.safeParse(await this.get(AUTHOR_SETTING));
    return parsed.success ? parsed.data : undefined;
  }

  /** Validates and stores the author's name; an empty name removes it. */
  async setAuthor(name: unknown): Promise<Validated<string | undefined>> {
    const checked = validate(authorSettingSchema, name, 'author');
    if (checked.ok) await this.set(AUTHOR_SETTING, checked.value);
    return checked;
  }
}
