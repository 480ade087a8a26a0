import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  isSearchResponse,
  joinIds,
  requestIdOf,
  searchRequestSchema,
  splitIds,
} from './search-messages';

describe('search requests', () => {
  it('accepts the three request shapes', () => {
    for (const request of [
      { type: 'build', dbName: 'partner-workbook' },
      { type: 'query', requestId: 1, text: 'cedar' },
      { type: 'update', requestId: 2, partnerIds: ['a', 'b'] },
    ]) {
      expect(searchRequestSchema.safeParse(request).success).toBe(true);
    }
  });

  it('rejects unknown types, missing fields and oversized text', () => {
    for (const request of [
      null,
      'build',
      { type: 'delete' },
      { type: 'query', requestId: -1, text: 'x' },
      { type: 'query', requestId: 1.5, text: 'x' },
      { type: 'query', requestId: 1, text: 'x'.repeat(MAX_QUERY_LENGTH + 1) },
      { type: 'update', requestId: 1, partnerIds: [''] },
    ]) {
      expect(searchRequestSchema.safeParse(request).success).toBe(false);
    }
  });

  it('finds the request id of an unreadable request when it has one', () => {
    expect(requestIdOf({ type: 'query', requestId: 4 })).toBe(4);
    expect(requestIdOf({ requestId: 'four' })).toBeUndefined();
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});

describe('search responses', () => {
  it('recognises well-formed responses only', () => {
    expect(isSearchResponse({ type: 'progress', done: 1, total: 2 })).toBe(true);
    expect(isSearchResponse({ type: 'ready', count: 2, ms: 10 })).toBe(true);
    const ordinals = Uint32Array.of(2, 0);
    expect(isSearchResponse({ type: 'result', requestId: 1, ordinals })).toBe(true);
    expect(isSearchResponse({ type: 'ids', from: 0, count: 2, ids: 'a\nb' })).toBe(true);
    expect(isSearchResponse({ type: 'result', requestId: 1, ordinals: [2, 0] })).toBe(false);
    expect(isSearchResponse({ type: 'result', requestId: 1, ids: 'a\nb' })).toBe(false);
    expect(isSearchResponse({ type: 'ids', from: 0, ids: 'a\nb' })).toBe(false);
    expect(isSearchResponse({ type: 'failed', requestId: 1, message: 'no' })).toBe(true);
    expect(isSearchResponse({ type: 'result', requestId: 1, ids: ['a'] })).toBe(false);
    expect(isSearchResponse({ type: 'ready', count: '2', ms: 10 })).toBe(false);
    expect(isSearchResponse({ type: 'other' })).toBe(false);
    expect(isSearchResponse('ready')).toBe(false);
  });

  it('packs ids into one string and back', () => {
    expect(splitIds(joinIds(['a', 'b', 'c']))).toEqual(['a', 'b', 'c']);
    expect(splitIds(joinIds([]))).toEqual([]);
    // A removed partner's ordinal is named '': one of them is one id, not none.
    expect(splitIds(joinIds(['']), 1)).toEqual(['']);
    expect(splitIds(joinIds([]), 0)).toEqual([]);
    expect(splitIds(joinIds(['', 'b']), 2)).toEqual(['', 'b']);
  });
});
