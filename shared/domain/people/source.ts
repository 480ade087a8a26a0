import { z } from 'zod';
import { requiredText } from './fields';

/**
 * Where a piece of partner intelligence came from: a link or a note ("Call with their CTO").
 * Links are shown as clickable and land in exports, so only http and https are accepted; a
 * javascript:, data: or file: address is refused rather than stored and neutralised later.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EXAMPLE = 'Enter a link like https://partner.com/news.';

/** The address as the browser will open it, or undefined unless it is http(s) with a host. */
export function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A web address: http or https only, https:// added when no scheme is typed, stored as the
 * parser normalises it (so what is stored is exactly what opens), with no user name or password
 * (https://bank.com@evil.com reads as one site and opens another).
 */
export const httpUrlSchema = z
  .string({ error: EXAMPLE })
  .trim()
  .min(1, { error: EXAMPLE })
  .max(2048, { error: 'A link must be at most 2048 characters.' })
  .transform((value, ctx) => {
    const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
      ctx.addIssue({ code: 'custom', message: 'Only http:// and https:// links are allowed.' });
      return z.NEVER;
    }
    const typed = scheme !== undefined ? value : `https://${value.replace(/^\/\//, '')}`;
    const url = parseHttpUrl(typed);
    if (url === undefined) {
      ctx.addIssue({ code: 'custom', message: EXAMPLE });
      return z.NEVER;
    }
    if (url.username !== '' || url.password !== '') {
      ctx.addIssue({ code: 'custom', message: 'A link cannot hold a user name or password.' });
      return z.NEVER;
    }
    return url.toString();
  });

/** The kinds of source. */
export const SOURCE_KINDS = ['link', 'note'] as const;

/** A kind of source. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source: a link (with an optional note on what it is) or a note alone. */
export const sourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('link'),
      url: httpUrlSchema,
      note: z
        .string()
        .trim()
        .max(500, { error: 'A note must be at most 500 characters.' })
        .transform((value) => (value === '' ? undefined : value))
        .optional(),
    }),
    z.object({ kind: z.literal('note'), note: requiredText(500, 'Write the note.', 'A note') }),
  ],
  { error: 'Choose a link or a note as the source.' },
);

/** Where an entry came from. */
export type Source = z.infer<typeof sourceSchema>;
