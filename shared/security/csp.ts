/**
 * The Content-Security-Policy every page of the app runs under: in Electron it is sent as a
 * response header by the app:// protocol, in the web build it is a meta tag.
 * Nothing loads from a remote origin; scripts only from the app itself.
 */

/** Options for the policy: the dev server needs its websocket and inline preamble. */
export interface CspOptions {
  /** Origin of Vite's dev server, allowed only while developing. */
  devServerOrigin?: string;
}

/** Builds the policy string. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin;
  const devWs = dev ? dev.replace(/^http/, 'ws') : undefined;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'", dev] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev && devWs ? ["'self'", dev, devWs] : ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
