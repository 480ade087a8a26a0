/**
 * The app:// protocol: serves the built renderer (dist/renderer) to the window, so the page has a
 * real, stable origin instead of file://. Every response carries the app's Content-Security-Policy.
 * The URL-to-file mapping, content types and headers are pure functions so Node tests cover them;
 * the handler takes its file reader as a parameter for the same reason.
 * Runs in the Electron main process.
 */
import nodePath from 'node:path';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { APP_ORIGIN, APP_SCHEME, originOf } from './app-origin';

/**
 * How app:// is registered. `standard` gives it a real origin (relative URLs, IndexedDB, storage);
 * `secure` makes it a secure context like https; `supportFetchAPI` lets the page fetch its own
 * assets. `corsEnabled` stays off: it would let other origins read app:// responses, and the page
 * only ever loads from its own origin. `codeCache` speeds up start-up of the bundled scripts.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
    codeCache: true,
  },
};

/** The subset of node:path the resolver needs, so tests can check Windows rules on any OS. */
export type PathApi = Pick<typeof nodePath, 'join' | 'resolve' | 'relative' | 'isAbsolute'>;

/**
 * Maps an app:// URL to a file inside rootDir, or undefined when it must not be served: another
 * host, undecodable escapes, NUL bytes, `..` segments (also when smuggled in as %2e%2e%2f or
 * backslashes), drive letters or stream names (`:`), or anything that resolves outside rootDir.
 */
export function resolveAssetPath(
  requestUrl: string,
  rootDir: string,
  pathApi: PathApi = nodePath,
): string | undefined {
  if (originOf(requestUrl) !== APP_ORIGIN) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const wanted = decoded === '' || decoded.endsWith('/') ? `${decoded}/index.html` : decoded;
  const segments = wanted.split(/[/\\]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return undefined;
  if (segments.length === 0) return undefined;

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(pathApi.join(root, ...segments));
  const relative = pathApi.relative(root, filePath);
  const contained = relative !== '' && !relative.startsWith('..') && !pathApi.isAbsolute(relative);
  return contained ? filePath : undefined;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content-Type for a file name; unknown types are served as opaque bytes (and nosniff). */
export function contentTypeFor(filePath: string): string {
  const extension = nodePath.extname(filePath).toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** Headers every app:// response carries, including errors, so no page ever runs without CSP. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The request fields the handler reads (Electron passes a fetch Request). */
export interface AssetRequest {
  readonly url: string;
  readonly method: string;
}

/** Options for the app:// handler. */
export interface AppProtocolOptions {
  /** Absolute path of dist/renderer. */
  rootDir: string;
  readFile(filePath: string): Promise<Uint8Array>;
  pathApi?: PathApi;
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  const headers = { ...responseHeaders('text/plain; charset=utf-8'), ...extra };
  return new Response(text, { status, headers });
}

/** Builds the function given to `protocol.handle('app', …)`. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: AssetRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const filePath = resolveAssetPath(request.url, options.rootDir, options.pathApi);
    if (filePath === undefined) return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await options.readFile(filePath);
    } catch (error) {
      const code = errorCode(error);
      if (code !== undefined && NOT_FOUND_CODES.has(code)) return textResponse(404, 'Not found');
      return textResponse(500, 'The file could not be read');
    }
    const headers = responseHeaders(contentTypeFor(filePath));
    // Copy into a plain ArrayBuffer-backed view: a Node Buffer may share a larger pooled buffer.
    const payload = request.method === 'HEAD' ? null : new Uint8Array(body);
    return new Response(payload, { status: 200, headers });
  };
}
