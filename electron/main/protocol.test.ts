import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAssetPath,
  responseHeaders,
} from './protocol';

const root = '/opt/partner-workbook/dist/renderer';
const posix = (url: string) => resolveAssetPath(url, root, path.posix);

describe('resolveAssetPath', () => {
  it('maps the entry page and assets to files inside the root', () => {
    expect(posix('app://workbook/index.html')).toBe(`${root}/index.html`);
    expect(posix('app://workbook/')).toBe(`${root}/index.html`);
    expect(posix('app://workbook')).toBe(`${root}/index.html`);
    expect(posix('app://workbook/assets/')).toBe(`${root}/assets/index.html`);
    expect(posix('app://workbook/assets/index-4f9a.js?v=2#top')).toBe(
      `${root}/assets/index-4f9a.js`,
    );
    expect(posix('app://workbook/assets/My%20Font.woff2')).toBe(`${root}/assets/My Font.woff2`);
  });

  it('keeps ../ segments that the URL parser resolves inside the root', () => {
    // new URL() already turns /../../etc/passwd (and its %2e%2e spelling) into /etc/passwd.
    expect(posix('app://workbook/../../etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(posix('app://workbook/%2e%2e/%2E%2E/etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(posix('app://workbook/assets/./../index.html')).toBe(`${root}/index.html`);
  });

  it('refuses traversal hidden from the URL parser by encoding', () => {
    expect(posix('app://workbook/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeUndefined();
    expect(posix('app://workbook/..%2f..%2f..%2fetc%2fpasswd')).toBeUndefined();
    expect(posix('app://workbook/assets/..%5c..%5c..%5cetc%5cpasswd')).toBeUndefined();
    expect(posix('app://workbook/%5c..%5c..%5cetc%5cpasswd')).toBeUndefined();
  });

  it('decodes once, so double-encoded dots stay a literal name inside the root', () => {
    expect(posix('app://workbook/%252e%252e%252fsecret')).toBe(`${root}/%2e%2e%2fsecret`);
  });

  it('serves absolute paths from inside the root, never from the file system root', () => {
    expect(posix('app://workbook//etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(posix('app://workbook/%2Fetc%2Fpasswd')).toBe(`${root}/etc/passwd`);
  });

  it('refuses drive letters and Windows traversal', () => {
    const winRoot = 'C:\\Program Files\\Partner Workbook\\resources\\renderer';
    const win = (url: string) => resolveAssetPath(url, winRoot, path.win32);
    expect(win('app://workbook/assets/app.js')).toBe(`${winRoot}\\assets\\app.js`);
    expect(win('app://workbook/C:/Windows/win.ini')).toBeUndefined();
    expect(win('app://workbook/C:%5CWindows%5Cwin.ini')).toBeUndefined();
    expect(win('app://workbook/..%5C..%5CWindows%5Cwin.ini')).toBeUndefined();
    expect(win('app://workbook/index.html::$DATA')).toBeUndefined();
    expect(win('app://workbook/%5C%5Cserver%5Cshare%5Cx')).toBe(`${winRoot}\\server\\share\\x`);
  });

  it('refuses other hosts and schemes, NUL bytes, bad escapes and non-URLs', () => {
    expect(posix('app://elsewhere/index.html')).toBeUndefined();
    expect(posix('app://workbook@evil.example/index.html')).toBeUndefined();
    expect(posix('file:///etc/passwd')).toBeUndefined();
    expect(posix('https://workbook/index.html')).toBeUndefined();
    expect(posix('app://workbook/index.html%00.png')).toBeUndefined();
    expect(posix('app://workbook/%E0%A4%A')).toBeUndefined();
    expect(posix('not a url')).toBeUndefined();
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build produces', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-4f9a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/assets/index.js.map')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('/r/logo.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/icon.png')).toBe('image/png');
    expect(contentTypeFor('/r/inter.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/engine.wasm')).toBe('application/wasm');
  });

  it('serves unknown types as opaque bytes', () => {
    expect(contentTypeFor('/r/data.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/README')).toBe('application/octet-stream');
  });
});

describe('responseHeaders', () => {
  it('carries the content type, the production CSP and nosniff', () => {
    expect(responseHeaders('text/css; charset=utf-8')).toEqual({
      'Content-Type': 'text/css; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    });
    expect(contentSecurityPolicy()).toContain("script-src 'self'");
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app:// as a standard, secure scheme that other origins cannot read', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      bypassCSP: false,
    });
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [`${root}/index.html`, '<!doctype html><title>Partner Workbook</title>'],
    [`${root}/assets/app.js`, 'console.log(1)'],
  ]);
  const handler = createAppProtocolHandler({
    rootDir: root,
    pathApi: path.posix,
    readFile: (filePath) => {
      const text = files.get(filePath);
      if (text === undefined) {
        if (filePath.endsWith('locked.js')) {
          return Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' }));
        }
        return Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
      }
      return Promise.resolve(new TextEncoder().encode(text));
    },
  });
  const get = (url: string, method = 'GET') => handler({ url, method });

  it('serves a file with its type and the CSP', async () => {
    const response = await get('app://workbook/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://workbook/');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Partner Workbook</title>');
  });

  it('answers 404, still with the CSP, for missing files and refused paths', async () => {
    for (const url of [
      'app://workbook/missing.js',
      'app://workbook/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://other/index.html',
    ]) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    }
  });

  it('answers 500 when a file exists but cannot be read', async () => {
    const response = await get('app://workbook/locked.js');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('denied');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://workbook/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://workbook/assets/app.js', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
