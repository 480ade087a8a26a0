/**
 * Updates: electron-updater with a "generic" provider whose address is the user's setting, off by
 * default. While it is off nothing here touches the network; electron-updater is not even loaded.
 * When the user turns it on with an https address, the setting is stored (userData, as JSON,
 * validated when read) and the updater looks for a new version there at once and at every start;
 * it downloads one in the background and installs it when the app quits, with the system
 * notification electron-updater shows.
 * Runs in the Electron main process; storage and the updater are passed in, so tests use fakes.
 */
import {
  checkUpdateFeedUrl,
  DEFAULT_UPDATE_SETTINGS,
  updateSettingsSchema,
  type UpdateSettings,
} from '../../shared/ipc/update-feed';
import type { IpcResult } from '../../shared/ipc/contract';
import { fail, ok } from './ipc/register';
import type { TextFileStorage } from './text-file-storage';

/** The name of the setting's file in userData. */
export const UPDATE_SETTINGS_FILE_NAME = 'update-settings.json';

/** The members of electron-updater's autoUpdater used here. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

/** What the update service needs. */
export interface UpdateServiceDeps {
  storage: TextFileStorage;
  /** Loads electron-updater's autoUpdater; called only once updates are on. */
  loadUpdater(): Promise<Updater>;
}

function parseStored(text: string): UpdateSettings | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = updateSettingsSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** The update setting, and the checks it allows. */
export class UpdateService {
  private current: UpdateSettings = DEFAULT_UPDATE_SETTINGS;
  private updater: Promise<Updater> | undefined;

  constructor(private readonly deps: UpdateServiceDeps) {}

  /** Reads the stored setting. Never rejects: a missing or damaged file means updates are off. */
  async load(): Promise<void> {
    try {
      const text = await this.deps.storage.read();
      if (text === undefined) return;
      const stored = parseStored(text);
      if (stored === undefined) {
        this.deps.storage.warn('The update setting was ignored because it is not valid.');
        return;
      }
      this.current = stored;
    } catch (error) {
      this.deps.storage.warn(`The update setting could not be read: ${String(error)}`);
    }
  }

  /** The setting now in force. */
  settings(): UpdateSettings {
    return { ...this.current };
  }

  /**
   * Stores a new setting, then looks for an update when it is on. An address that is not https is
   * refused and nothing is stored; the check itself runs in the background.
   */
  async set(next: UpdateSettings): Promise<IpcResult<UpdateSettings>> {
    let feedUrl = next.feedUrl.trim();
    if (next.enabled || feedUrl !== '') {
      const checked = checkUpdateFeedUrl(feedUrl);
      if (!checked.ok) return fail('invalid-argument', checked.message);
      feedUrl = checked.url;
    }
    const settings: UpdateSettings = { enabled: next.enabled, feedUrl };
    try {
      await this.deps.storage.write(`${JSON.stringify({ ...settings }, null, 2)}\n`);
    } catch {
      return fail('io-error', 'The update setting could not be saved.');
    }
    this.current = settings;
    void this.checkIfEnabled();
    return ok(this.settings());
  }

  /** Looks for an update when updates are on; does nothing at all when they are off. */
  async checkIfEnabled(): Promise<void> {
    const { enabled, feedUrl } = this.current;
    if (!enabled) return;
    try {
      const updater = await this.loadedUpdater();
      updater.setFeedURL({ provider: 'generic', url: feedUrl });
      await updater.checkForUpdatesAndNotify();
    } catch (error) {
      this.deps.storage.warn(`Looking for an update at ${feedUrl} failed: ${String(error)}`);
    }
  }

  private loadedUpdater(): Promise<Updater> {
    this.updater ??= this.deps.loadUpdater().then(
      (updater) => {
        updater.autoDownload = true;
        updater.autoInstallOnAppQuit = true;
        return updater;
      },
      (error: unknown) => {
        // Try loading again next time rather than failing for the rest of the session.
        this.updater = undefined;
        throw error;
      },
    );
    return this.updater;
  }
}
