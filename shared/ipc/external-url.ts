/** The only link schemes the app hands to the operating system's browser. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** Returns the normalised URL when it may be opened externally, otherwise undefined. */
export function allowedExternalUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '') return undefined;
  return url.toString();
}
