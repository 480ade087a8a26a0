/**
 * The messages between the partners screen's search client (main thread) and the search worker.
 * Requests are validated by the worker with zod; responses come from our own worker and are
 * checked with a cheap guard. A result carries the index's ordinals of its partners as a
 * transferred Uint32Array: no copy and no string per hit, where 30,000 ids as strings cost the main
 * thread tens of milliseconds to receive, split and put in a set. The ids of the ordinals travel
 * once, in `ids` messages sent before any result that needs them (a worker's messages arrive in
 * order), as one newline-separated string: cloning one string is a single copy.
 */
import { z } from 'zod';
import { PEOPLE_SEARCH_TABLES, type PeopleHit } from '../../../shared/search/people-search';

/** Longer query text is cut by the client before it is sent. */
export const MAX_QUERY_LENGTH = 500;

const requestId = z.number().int().nonnegative();

/** Every request the worker accepts. */
export const searchRequestSchema = z.discriminatedUnion('type', [
  /** Index every partner of the named workbook database (once per worker). */
  z.object({ type: z.literal('build'), dbName: z.string().min(1).max(200) }),
  /** Run one query; answered by `result` or `failed` with the same requestId. */
  z.object({ type: z.literal('query'), requestId, text: z.string().max(MAX_QUERY_LENGTH) }),
  /** Re-read these partners (and their contacts) and re-index or drop them. */
  z.object({
    type: z.literal('update'),
    requestId,
    partnerIds: z.array(z.string().min(1).max(100)).max(1_000_000),
  }),
  /** The workbook-wide search: the best partners and people records, with the text to show. */
  z.object({
    type: z.literal('query-all'),
    requestId,
    text: z.string().max(MAX_QUERY_LENGTH),
    limit: z.number().int().min(1).max(100),
  }),
  /** Re-read these stakeholders, feedback entries or decisions and re-index or drop them. */
  z.object({
    type: z.literal('update-people'),
    requestId,
    table: z.enum(PEOPLE_SEARCH_TABLES),
    ids: z.array(z.string().min(1).max(100)).max(1_000_000),
  }),
]);

/** A partner the workbook-wide search found, with its name. */
export interface PartnerHit {
  id: string;
  name: string;
}

/** A request to the search worker. */
export type SearchRequest = z.infer<typeof searchRequestSchema>;

/** Every message the worker sends back. */
export type SearchResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; count: number; ms: number }
  | { type: 'build-failed'; message: string }
  /**
   * The partner id of each ordinal from `from` on, joined with newlines ('' for a removed
   * partner); `from` 0 replaces every earlier one (the ordinals were renumbered).
   */
  | { type: 'ids'; from: number; count: number; ids: string }
  /** `ordinals`: the matching partners' ordinals (see `ids`), best first. */
  | { type: 'result'; requestId: number; ordinals: Uint32Array }
  | { type: 'updated'; requestId: number; count: number }
  /** The answer to `query-all`: partners, then people records, each best first. */
  | { type: 'all-result'; requestId: number; partners: PartnerHit[]; people: PeopleHit[] }
  | { type: 'failed'; requestId: number; message: string }
  /** A message the worker could not read and could not attribute to a request. */
  | { type: 'rejected'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isNumber = (value: unknown): value is number => typeof value === 'number';

/** True for a well-formed {@link SearchResponse}. */
export function isSearchResponse(value: unknown): value is SearchResponse {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'progress':
      return isNumber(value.done) && isNumber(value.total);
    case 'ready':
      return isNumber(value.count) && isNumber(value.ms);
    case 'build-failed':
    case 'rejected':
      return typeof value.message === 'string';
    case 'ids':
      return isNumber(value.from) && isNumber(value.count) && typeof value.ids === 'string';
    case 'result':
      return isNumber(value.requestId) && value.ordinals instanceof Uint32Array;
    case 'updated':
      return isNumber(value.requestId) && isNumber(value.count);
    case 'all-result':
      return (
        isNumber(value.requestId) && Array.isArray(value.partners) && Array.isArray(value.people)
      );
    case 'failed':
      return isNumber(value.requestId) && typeof value.message === 'string';
    default:
      return false;
  }
}

/** Packs the ids of an `ids` message (partner ids are UUIDs: never a newline). */
export function joinIds(ids: readonly string[]): string {
  return ids.join('\n');
}

/** Unpacks the `count` ids of an `ids` message (one '' is one removed partner, not none). */
export function splitIds(joined: string, count?: number): string[] {
  return count === 0 || (count === undefined && joined === '') ? [] : joined.split('\n');
}

/** The requestId of a message that failed validation, when it has a usable one. */
export function requestIdOf(value: unknown): number | undefined {
  if (!isRecord(value)) return undefined;
  const parsed = requestId.safeParse(value.requestId);
  return parsed.success ? parsed.data : undefined;
}
