/**
 * The update setting: whether the desktop app looks for new versions, and the address of the
 * update server (an electron-updater "generic" feed). Off by default, because the app is
 * offline-first and never calls out unless the user asks it to; the address must be https, so an
 * update can never arrive over plain http or carry a password in the clear.
 */
import { z } from 'zod';

/** The update setting as the user sees it. */
export interface UpdateSettings {
  /** Looks for updates at start and when turned on. */
  enabled: boolean;
  /** The update server's https address; empty when none was given. */
  feedUrl: string;
}

/** The setting of a fresh install: off, no address. */
export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { enabled: false, feedUrl: '' };

/** Longest update address accepted. */
export const MAX_FEED_URL_CHARS = 2048;

/** The normalised https address, or the sentence that says what is wrong with it. */
export function checkUpdateFeedUrl(
  raw: string,
): { ok: true; url: string } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter the address of the update server.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'This is not a web address (it should start with https://).' };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      message: 'The address must start with https://: updates are never fetched over plain http.',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'The address cannot contain a user name or password.' };
  }
  if (url.hostname === '') return { ok: false, message: 'The address needs a server name.' };
  return { ok: true, url: url.toString() };
}

/**
 * The setting as it crosses IPC and is stored: an address is checked whenever one is given, and
 * required when updates are on.
 */
export const updateSettingsSchema = z
  .object({ enabled: z.boolean(), feedUrl: z.string().max(MAX_FEED_URL_CHARS) })
  .strict()
  .superRefine((settings, context) => {
    if (!settings.enabled && settings.feedUrl.trim() === '') return;
    const checked = checkUpdateFeedUrl(settings.feedUrl);
    if (!checked.ok)
      context.addIssue({ code: 'custom', path: ['feedUrl'], message: checked.message });
  });
