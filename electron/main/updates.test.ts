import { describe, expect, it, vi } from 'vitest';
import { memoryTextFileStorage } from './file-system-test-kit';
import { UpdateService, type Updater } from './updates';

/** Records what electron-updater's autoUpdater is asked to do; never touches a network. */
class FakeUpdater implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  readonly calls: string[] = [];
  checkResult: Promise<unknown> = Promise.resolve(null);

  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.calls.push(`setFeedURL ${options.provider} ${options.url}`);
  }

  checkForUpdatesAndNotify(): Promise<unknown> {
    this.calls.push('checkForUpdatesAndNotify');
    return this.checkResult;
  }
}

async function serviceWith(stored?: string) {
  const storage = memoryTextFileStorage(stored);
  const updater = new FakeUpdater();
  const loadUpdater = vi.fn(() => Promise.resolve(updater));
  const service = new UpdateService({ storage, loadUpdater });
  await service.load();
  return { service, storage, updater, loadUpdater };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('updates: off by default', () => {
  it('is off with no address on a fresh install, and never loads the updater', async () => {
    const { service, loadUpdater } = await serviceWith();
    expect(service.settings()).toEqual({ enabled: false, feedUrl: '' });
    await service.checkIfEnabled();
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('stays off when the stored setting is damaged or asks for http', async () => {
    for (const text of [
      'not json',
      JSON.stringify({ enabled: true, feedUrl: 'http://updates.example/' }),
      JSON.stringify({ enabled: true, feedUrl: '' }),
      JSON.stringify({ enabled: 'yes', feedUrl: 'https://updates.example/' }),
      JSON.stringify({ enabled: true, feedUrl: 'https://updates.example/', channel: 'beta' }),
    ]) {
      const { service, storage, loadUpdater } = await serviceWith(text);
      expect(service.settings()).toEqual({ enabled: false, feedUrl: '' });
      await service.checkIfEnabled();
      expect(loadUpdater).not.toHaveBeenCalled();
      expect(storage.warnings).toEqual(['The update setting was ignored because it is not valid.']);
    }
  });

  it('keeps an address while off without calling it', async () => {
    const { service, storage, loadUpdater } = await serviceWith();
    const saved = await service.set({ enabled: false, feedUrl: ' https://Updates.example/pw ' });
    expect(saved).toEqual({
      ok: true,
      value: { enabled: false, feedUrl: 'https://updates.example/pw' },
    });
    expect(JSON.parse(storage.text ?? '')).toEqual({
      enabled: false,
      feedUrl: 'https://updates.example/pw',
    });
    await settle();
    expect(loadUpdater).not.toHaveBeenCalled();
  });
});

describe('updates: turned on', () => {
  it('stores the setting, then looks for an update at the generic feed', async () => {
    const { service, storage, updater } = await serviceWith();
    const result = await service.set({ enabled: true, feedUrl: 'https://updates.example/pw/' });
    expect(result).toEqual({
      ok: true,
      value: { enabled: true, feedUrl: 'https://updates.example/pw/' },
    });
    expect(JSON.parse(storage.text ?? '')).toEqual({
      enabled: true,
      feedUrl: 'https://updates.example/pw/',
    });
    await vi.waitFor(() => {
      expect(updater.calls).toEqual([
        'setFeedURL generic https://updates.example/pw/',
        'checkForUpdatesAndNotify',
      ]);
    });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('looks for an update at start when the stored setting is on', async () => {
    const stored = JSON.stringify({ enabled: true, feedUrl: 'https://updates.example/pw/' });
    const { service, updater } = await serviceWith(stored);
    await service.checkIfEnabled();
    expect(updater.calls).toEqual([
      'setFeedURL generic https://updates.example/pw/',
      'checkForUpdatesAndNotify',
    ]);
  });

  it('refuses an address that is not https, storing nothing and calling nothing', async () => {
    const { service, storage, loadUpdater } = await serviceWith();
    const cases: [string, string][] = [
      ['', 'Enter the address of the update server.'],
      [
        'http://updates.example/',
        'The address must start with https://: updates are never fetched over plain http.',
      ],
      [
        'file:///tmp/feed',
        'The address must start with https://: updates are never fetched over plain http.',
      ],
      [
        'https://ana:secret@updates.example/',
        'The address cannot contain a user name or password.',
      ],
      ['updates.example', 'This is not a web address (it should start with https://).'],
    ];
    for (const [feedUrl, message] of cases) {
      expect(await service.set({ enabled: true, feedUrl })).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message },
      });
    }
    expect(storage.writes).toEqual([]);
    expect(service.settings()).toEqual({ enabled: false, feedUrl: '' });
    await settle();
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('reports a setting that cannot be saved, and keeps the old one', async () => {
    const { service, storage, loadUpdater } = await serviceWith();
    storage.write = () => Promise.reject(new Error('EROFS: read-only file system'));
    expect(await service.set({ enabled: true, feedUrl: 'https://updates.example/' })).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'The update setting could not be saved.' },
    });
    expect(service.settings().enabled).toBe(false);
    await settle();
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('notes a failed check without throwing, and loads the updater again after a failed load', async () => {
    const stored = JSON.stringify({ enabled: true, feedUrl: 'https://updates.example/' });
    const { service, storage, updater, loadUpdater } = await serviceWith(stored);
    updater.checkResult = Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'));
    await service.checkIfEnabled();
    expect(storage.warnings).toEqual([
      'Looking for an update at https://updates.example/ failed: Error: net::ERR_INTERNET_DISCONNECTED',
    ]);

    loadUpdater.mockRejectedValueOnce(new Error('Cannot find module'));
    const fresh = new UpdateService({ storage, loadUpdater });
    await fresh.load();
    await fresh.checkIfEnabled();
    updater.checkResult = Promise.resolve(null);
    await fresh.checkIfEnabled();
    expect(loadUpdater).toHaveBeenCalledTimes(3);
    expect(updater.calls.at(-1)).toBe('checkForUpdatesAndNotify');
  });

  it('turning updates off stops the checks', async () => {
    const stored = JSON.stringify({ enabled: true, feedUrl: 'https://updates.example/' });
    const { service, updater } = await serviceWith(stored);
    await service.set({ enabled: false, feedUrl: 'https://updates.example/' });
    await service.checkIfEnabled();
    await settle();
    expect(updater.calls).toEqual([]);
  });
});
