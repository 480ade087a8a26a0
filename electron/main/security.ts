/**
 * The security policy of every window: locked-down web preferences, and guards that keep the page
 * on the app's own origin, deny new windows, <webview> and every permission, and send links out to
 * the user's browser only when they are plain http(s).
 * Each installer takes the small slice of the Electron API it uses, so Node tests pass fakes.
 * Runs in the Electron main process.
 */
import type { WebPreferences } from 'electron';
import { allowedExternalUrl } from '../../shared/ipc/external-url';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { isTrustedUrl } from './app-origin';

/**
 * Web preferences for every app window. The renderer gets no Node and runs sandboxed; it reaches
 * the host only through the preload's named functions. Spell checking uses the operating system's
 * checker on macOS and Windows; on Linux Chromium would download dictionaries from Google, which an
 * offline-first app must not do behind the user's back, so it is off there.
 */
export function secureWebPreferences(
  preloadPath: string,
  platform: NodeJS.Platform,
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: platform !== 'linux',
    // A middle click would otherwise ask for a new window; the window-open handler denies those
    // anyway, this keeps the page from seeing the click at all.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** An event the page can be stopped from acting on. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-redirect as far as the guard needs it. */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The webContents methods the guards use. */
export interface GuardedWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

/** What the guards need from outside. */
export interface GuardOptions {
  /** Origins the window may show: the app, plus the dev server while developing. */
  trustedOrigins: ReadonlySet<string>;
  /** Hands a vetted http(s) URL to the operating system (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
  /** Where refused attempts are reported; defaults to console.warn. */
  warn?: (message: string) => void;
}

/**
 * window.open and target=_blank never create an Electron window: an http(s) link goes to the
 * user's browser, anything else (javascript:, file:, data:, custom schemes) is dropped.
 */
export function windowOpenHandler(
  options: GuardOptions,
): (details: { url: string }) => { action: 'deny' } {
  const warn = options.warn ?? console.warn;
  return ({ url }) => {
    const external = allowedExternalUrl(url);
    if (external === undefined) {
      warn(`Refused to open a window for ${url}`);
    } else {
      options.openExternal(external).catch((error: unknown) => {
        warn(`Could not open ${external} in the browser: ${String(error)}`);
      });
    }
    return { action: 'deny' };
  };
}

/** Stops navigation (or a redirect) to anything outside the trusted origins. */
export function navigationGuard(options: GuardOptions): (event: NavigationEvent) => void {
  const warn = options.warn ?? console.warn;
  return (event) => {
    if (isTrustedUrl(event.url, options.trustedOrigins)) return;
    event.preventDefault();
    warn(`Refused to navigate to ${event.url}`);
  };
}

/** Installs every per-webContents guard. Call it from app 'web-contents-created' for all of them. */
export function installWebContentsGuards(
  contents: GuardedWebContents,
  options: GuardOptions,
): void {
  contents.setWindowOpenHandler(windowOpenHandler(options));
  const guard = navigationGuard(options);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // webviewTag is off already; this also refuses a <webview> injected some other way.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** The session methods the permission policy uses. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** A workbook needs no camera, location, notifications or the like: every request is refused. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** A response as onHeadersReceived reports it. */
export interface HeadersReceivedDetails {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
}

/** The session.webRequest method the dev CSP uses. */
export interface HeaderRewritingSession {
  webRequest: {
    onHeadersReceived(
      filter: { urls: string[] },
      listener: (
        details: HeadersReceivedDetails,
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Response headers with any existing CSP header (any letter case) replaced by the given policy. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

/**
 * In development the page comes from Vite's server, which sends no CSP (and the meta tag is only
 * added to production builds), so the policy is added to its responses here. In production the
 * app:// protocol sets the header itself.
 */
export function applyDevContentSecurityPolicy(
  session: HeaderRewritingSession,
  devServerOrigin: string,
): void {
  const policy = contentSecurityPolicy({ devServerOrigin });
  session.webRequest.onHeadersReceived({ urls: [`${devServerOrigin}/*`] }, (details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
}

/** The session-wide policy: no permissions, and in development the CSP on the dev server's pages. */
export function applySessionPolicy(
  session: PermissionSession & HeaderRewritingSession,
  devServerOrigin: string | undefined,
): void {
  denyAllPermissions(session);
  if (devServerOrigin !== undefined) applyDevContentSecurityPolicy(session, devServerOrigin);
}
