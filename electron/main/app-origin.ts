/**
 * The origin the packaged renderer is served from, and the one rule for "is this URL ours".
 * The origin is fixed (`app://workbook`) so that IndexedDB, which is keyed by origin, finds the
 * same data after every update and wherever the app is installed.
 * Runs in the Electron main process.
 */

/** The privileged scheme registered before ready. */
export const APP_SCHEME = 'app';

/** The one host the app:// protocol answers for. */
export const APP_HOST = 'workbook';

/** scheme://host of the packaged renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the packaged app opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * scheme://host[:port] of a URL, or undefined when it does not parse.
 * Node's `URL#origin` is the string "null" for schemes it does not know (like app:), so the
 * origin is rebuilt from protocol and host, the same way for app:// and http:// URLs.
 */
export function originOf(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return undefined;
  }
}

/** The origins whose pages may use the bridge and navigate: the app, plus Vite's in development. */
export function trustedOrigins(devServerOrigin?: string): ReadonlySet<string> {
  return new Set(devServerOrigin === undefined ? [APP_ORIGIN] : [APP_ORIGIN, devServerOrigin]);
}

/** True when the URL belongs to one of the trusted origins. */
export function isTrustedUrl(raw: string, origins: ReadonlySet<string>): boolean {
  const origin = originOf(raw);
  return origin !== undefined && origins.has(origin);
}
