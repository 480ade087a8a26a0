import { AUTHOR_SETTING, authorSettingSchema } from '../../../../shared/domain/workbook';
import { validate, type Validated } from '../../../../shared/domain/validation';
import {
  readStrategySettings,
  STRATEGY_SETTING_KEYS,
  STRATEGY_SETTING_SCHEMAS,
  type StrategySettingName,
  type StrategySettings,
} from '../../../../shared/domain/strategy/strategy-settings';
import {
  BALANCE_TARGET_SETTING_KEY,
  balanceTargetSchema,
  readBalanceTarget,
  type BalanceTarget,
} from '../../../../shared/domain/people/balance-target';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { logRevisions } from '../revision-log';
import { recordedWrite } from '../undo/recorded-write';

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
    const label = 'Change settings';
    const write = recordedWrite(db, label, [db.settings, db.revisions], async () => {
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

  /** The currency, health weights and targets and tier programme, each defaulted if unset. */
  async strategy(): Promise<StrategySettings> {
    const names = Object.keys(STRATEGY_SETTING_KEYS) as StrategySettingName[];
    const rows = await this.db.settings.bulkGet(names.map((name) => STRATEGY_SETTING_KEYS[name]));
    return readStrategySettings(
      Object.fromEntries(names.map((name, index) => [name, rows[index]?.value])),
    );
  }

  /** Validates and stores one strategy setting; an invalid value changes nothing. */
  async setStrategy<K extends StrategySettingName>(
    name: K,
    value: unknown,
  ): Promise<Validated<StrategySettings[K]>> {
    const checked = validate(STRATEGY_SETTING_SCHEMAS[name], value);
    if (checked.ok) await this.set(STRATEGY_SETTING_KEYS[name], checked.value);
    return checked;
  }

  /** The activity mix the balance view aims for, defaulted when unset or no longer valid. */
  async balanceTarget(): Promise<BalanceTarget> {
    return readBalanceTarget(await this.get(BALANCE_TARGET_SETTING_KEY));
  }

  /** Validates and stores the target activity mix; an invalid value changes nothing. */
  async setBalanceTarget(value: unknown): Promise<Validated<BalanceTarget>> {
    const checked = validate(balanceTargetSchema, value);
    if (checked.ok) await this.set(BALANCE_TARGET_SETTING_KEY, checked.value);
    return checked;
  }
}
