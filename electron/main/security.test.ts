import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { trustedOrigins } from './app-origin';
import {
  applyDevContentSecurityPolicy,
  applySessionPolicy,
  denyAllPermissions,
  installWebContentsGuards,
  navigationGuard,
  secureWebPreferences,
  windowOpenHandler,
  withContentSecurityPolicy,
  type GuardedWebContents,
  type GuardOptions,
  type HeaderRewritingSession,
  type HeadersReceivedDetails,
  type NavigationEvent,
  type PermissionSession,
  type PreventableEvent,
} from './security';

const DEV = 'http://localhost:5173';

function guardOptions(devServerOrigin?: string) {
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const warn = vi.fn<(message: string) => void>();
  const options: GuardOptions = {
    trustedOrigins: trustedOrigins(devServerOrigin),
    openExternal,
    warn,
  };
  return { options, openExternal, warn };
}

function navigation(url: string): NavigationEvent & { prevented: boolean } {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer with no Node and no webview', () => {
    expect(secureWebPreferences('/app/dist-electron/preload.cjs', 'win32')).toEqual({
      preload: '/app/dist-electron/preload.cjs',
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
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('leaves spell checking off on Linux, where it would download dictionaries', () => {
    expect(secureWebPreferences('/p.cjs', 'linux').spellcheck).toBe(false);
    expect(secureWebPreferences('/p.cjs', 'darwin').spellcheck).toBe(true);
  });
});

describe('windowOpenHandler', () => {
  it('opens http(s) links in the browser and never in a window', () => {
    const { options, openExternal } = guardOptions();
    const handle = windowOpenHandler(options);
    expect(handle({ url: 'https://partners.example.com/acme' })).toEqual({ action: 'deny' });
    expect(handle({ url: 'http://example.com' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://partners.example.com/acme'],
      ['http://example.com/'],
    ]);
  });

  it('refuses every other scheme without opening anything', () => {
    const { options, openExternal, warn } = guardOptions();
    const handle = windowOpenHandler(options);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'app://workbook/index.html',
      'partner-workbook://open',
      'mailto:someone@example.com',
      'https://user:secret@example.com/',
      'about:blank',
    ]) {
      expect(handle({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(8);
  });

  it('reports a browser that fails to open instead of throwing', async () => {
    const { options, openExternal, warn } = guardOptions();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    windowOpenHandler(options)({ url: 'https://example.com/' });
    await vi.waitFor(() => {
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('Could not open https://example.com/'),
      );
    });
  });
});

describe('navigationGuard', () => {
  it('lets the page move within the app origin', () => {
    const guard = navigationGuard(guardOptions().options);
    for (const url of ['app://workbook/index.html', 'app://workbook/other.html?x=1']) {
      const event = navigation(url);
      guard(event);
      expect(event.prevented).toBe(false);
    }
  });

  it('stops navigation anywhere else', () => {
    const guard = navigationGuard(guardOptions().options);
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://workbook.evil.example/',
      'javascript:alert(1)',
      'http://localhost:5173/',
    ]) {
      const event = navigation(url);
      guard(event);
      expect(event.prevented, url).toBe(true);
    }
  });

  it('allows the dev server only when it is configured', () => {
    const guard = navigationGuard(guardOptions(DEV).options);
    const dev = navigation('http://localhost:5173/src/main.tsx');
    guard(dev);
    expect(dev.prevented).toBe(false);
    const otherPort = navigation('http://localhost:5174/');
    guard(otherPort);
    expect(otherPort.prevented).toBe(true);
  });
});

describe('a file dropped on the window', () => {
  it('cannot replace the app: Chromium does not navigate to it, and the guard would refuse', () => {
    // The renderer handles drops itself through DOM events; the window must never open the file.
    expect(secureWebPreferences('/p.cjs', 'darwin').navigateOnDragDrop).toBe(false);
    const guard = navigationGuard(guardOptions().options);
    for (const url of [
      'file:///home/ana/Downloads/EMEA.partnerbook',
      'file:///C:/Users/ana/Documents/partners.csv',
      'file://server/share/brief.pdf',
    ]) {
      const event = navigation(url);
      guard(event);
      expect(event.prevented, url).toBe(true);
    }
  });
});

class FakeWebContents implements GuardedWebContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  readonly listeners = new Map<string, (event: NavigationEvent) => void>();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  on(event: string, listener: (event: NavigationEvent) => void): this {
    this.listeners.set(event, listener);
    return this;
  }

  emit(name: string, event: NavigationEvent | (PreventableEvent & { url: string })): void {
    this.listeners.get(name)?.(event);
  }
}

describe('installWebContentsGuards', () => {
  it('installs the window-open, navigation, redirect and webview guards', () => {
    const contents = new FakeWebContents();
    const { options, openExternal } = guardOptions();
    installWebContentsGuards(contents, options);

    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();

    const away = navigation('https://evil.example/');
    contents.emit('will-navigate', away);
    expect(away.prevented).toBe(true);

    const redirect = navigation('https://evil.example/landing');
    contents.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);

    const webview = navigation('app://workbook/index.html');
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
  });
});

class FakeSession implements PermissionSession, HeaderRewritingSession {
  requestHandler:
    | ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | undefined;
  checkHandler: (() => boolean) | undefined;
  headerFilter: { urls: string[] } | undefined;
  headerListener:
    | ((
        details: HeadersReceivedDetails,
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void)
    | undefined;

  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: () => boolean): void {
    this.checkHandler = handler;
  }

  webRequest = {
    onHeadersReceived: (
      filter: { urls: string[] },
      listener: NonNullable<FakeSession['headerListener']>,
    ): void => {
      this.headerFilter = filter;
      this.headerListener = listener;
    },
  };
}

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'unknown',
    ]) {
      const callback = vi.fn<(granted: boolean) => void>();
      session.requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.checkHandler?.()).toBe(false);
  });
});

describe('dev content security policy', () => {
  it('replaces any CSP header the dev server sends, in any letter case, and keeps the rest', () => {
    expect(
      withContentSecurityPolicy(
        { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
        "default-src 'self'",
      ),
    ).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });

  it('adds the dev policy to the dev server responses only', () => {
    const session = new FakeSession();
    applyDevContentSecurityPolicy(session, DEV);
    expect(session.headerFilter).toEqual({ urls: ['http://localhost:5173/*'] });
    const callback = vi.fn<(response: { responseHeaders: Record<string, string[]> }) => void>();
    session.headerListener?.({ url: `${DEV}/`, responseHeaders: { Server: ['vite'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        Server: ['vite'],
        'Content-Security-Policy': [contentSecurityPolicy({ devServerOrigin: DEV })],
      },
    });
  });

  it('is only installed in development', () => {
    const production = new FakeSession();
    applySessionPolicy(production, undefined);
    expect(production.headerListener).toBeUndefined();
    expect(production.checkHandler?.()).toBe(false);

    const development = new FakeSession();
    applySessionPolicy(development, DEV);
    expect(development.headerFilter).toEqual({ urls: ['http://localhost:5173/*'] });
  });
});
