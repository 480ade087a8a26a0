/**
 * The main thread's handle on the partner search worker: it starts the worker, asks it to build
 * the index from the workbook database (by name; the worker opens the database itself), and
 * turns queries and updates into promises that always settle.
 */
import { MAX_QUERY_LENGTH, isSearchResponse, splitIds } from '../../workers/search-messages';
import type { PartnerHit, SearchRequest, SearchResponse } from '../../workers/search-messages';
import type { PeopleHit, PeopleSearchTable } from '../../../../shared/search/people-search';
import { hitIds, type SearchHits } from '../../../../shared/search/search-hits';

/** The index is built: how many partners it holds and how long the build took in the worker. */
export interface SearchReady {
  readonly count: number;
  readonly ms: number;
}

/** How far a build has got, in partners. */
export interface SearchProgress {
  readonly done: number;
  readonly total: number;
}

/** Full-text search over a workbook's partners, contacts and notes. */
export interface PartnerSearch {
  /** Builds the index (once: later calls return the same promise). */
  build(): Promise<SearchReady>;
  /** Calls `listener` as the build progresses; returns the unsubscribe function. */
  onProgress(listener: (progress: SearchProgress) => void): () => void;
  /** Ids of the partners matching every word of `text`, best first; builds first if needed. */
  search(text: string): Promise<string[]>;
  /** The same partners as {@link search} in the worker's compact form, without a string each. */
  searchHits(text: string): Promise<SearchHits>;
  /** Re-indexes these partners after they were created, edited or deleted. */
  update(partnerIds: readonly string[]): Promise<void>;
  /** The workbook-wide search: at most `limit` partners and `limit` people records, best first. */
  searchAll(text: string, limit: number): Promise<WorkbookSearchHits>;
  /** Re-indexes these stakeholders, feedback entries or decisions after a change. */
  updatePeople(table: PeopleSearchTable, ids: readonly string[]): Promise<void>;
  /** Stops the worker; pending and later calls reject. */
  dispose(): void;
}

/** What the workbook-wide search found. */
export interface WorkbookSearchHits {
  readonly partners: readonly PartnerHit[];
  readonly people: readonly PeopleHit[];
}

/** The part of a Worker the client uses, so that tests can stand in for it. */
export interface SearchWorkerPort {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

interface Pending {
  resolve(response: SearchResponse): void;
  reject(error: Error): void;
}

/** Starts a search worker for the named workbook database. */
export function createPartnerSearch(dbName: string): PartnerSearch {
  const worker = new Worker(new URL('../../workers/search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'partner-search',
  });
  return connectPartnerSearch(worker, dbName);
}

/** A {@link PartnerSearch} talking to a search worker (or a stand-in) over `port`. */
export function connectPartnerSearch(port: SearchWorkerPort, dbName: string): PartnerSearch {
  const pending = new Map<number, Pending>();
  const progressListeners = new Set<(progress: SearchProgress) => void>();
  let nextRequestId = 1;
  let built: Promise<SearchReady> | undefined;
  let settleBuild: Pending | undefined;
  let stopped: Error | undefined;
  // The partner id of each ordinal the worker has named; a new array whenever it changes, so that
  // work keyed on it is redone.
  let ordinalIds: readonly string[] = [];

  const stop = (error: Error): void => {
    if (stopped) return;
    stopped = error;
    settleBuild?.reject(error);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  const receive = (response: SearchResponse): void => {
    switch (response.type) {
      case 'progress':
        for (const listener of progressListeners) listener(response);
        return;
      case 'ids': {
        const ids = splitIds(response.ids, response.count);
        if (ids.length !== response.count || response.from > ordinalIds.length) {
          stop(new Error('The search worker sent an unreadable answer.'));
          return;
        }
        ordinalIds = response.from === 0 ? ids : [...ordinalIds.slice(0, response.from), ...ids];
        return;
      }
      case 'ready':
      case 'build-failed':
        settleBuild?.resolve(response);
        return;
      case 'result':
      case 'all-result':
      case 'updated':
      case 'failed': {
        const request = pending.get(response.requestId);
        pending.delete(response.requestId);
        request?.resolve(response);
        return;
      }
      case 'rejected':
        // The worker could not tell which request this was; nothing to settle but the build.
        settleBuild?.resolve({ type: 'build-failed', message: response.message });
        return;
    }
  };

  port.addEventListener('message', (event) => {
    if (isSearchResponse(event.data)) receive(event.data);
  });
  port.addEventListener('error', () => {
    stop(new Error('The search worker stopped unexpectedly.'));
  });

  const request = (message: (requestId: number) => SearchRequest): Promise<SearchResponse> => {
    if (stopped) return Promise.reject(stopped);
    const requestId = nextRequestId;
    nextRequestId += 1;
    return new Promise<SearchResponse>((resolve, reject) => {
      pending.set(requestId, { resolve, reject });
      port.postMessage(message(requestId));
    });
  };

  const build = (): Promise<SearchReady> => {
    if (stopped) return Promise.reject(stopped);
    built ??= new Promise<SearchResponse>((resolve, reject) => {
      settleBuild = { resolve, reject };
      port.postMessage({ type: 'build', dbName });
    }).then((response) => {
      if (response.type === 'ready') return { count: response.count, ms: response.ms };
      throw new Error(response.type === 'build-failed' ? response.message : 'Build failed.');
    });
    return built;
  };

  const failure = (response: SearchResponse): Error =>
    new Error(response.type === 'failed' ? response.message : `Unexpected ${response.type}.`);

  const searchHits = async (text: string): Promise<SearchHits> => {
    await build();
    const response = await request((requestId) => ({
      type: 'query',
      requestId,
      text: text.slice(0, MAX_QUERY_LENGTH),
    }));
    if (response.type !== 'result') throw failure(response);
    // The worker names every ordinal before a result that holds it; one it has not is a bug.
    const ids = ordinalIds;
    for (const ordinal of response.ordinals) {
      if (ordinal >= ids.length) throw new Error('The search worker sent an unknown partner.');
    }
    return { ordinals: response.ordinals, ids };
  };

  return {
    build,
    onProgress(listener) {
      progressListeners.add(listener);
      return () => {
        progressListeners.delete(listener);
      };
    },
    async search(text) {
      return hitIds(await searchHits(text));
    },
    searchHits,
    async update(partnerIds) {
      if (partnerIds.length === 0) return;
      await build();
      const ids = [...partnerIds];
      const response = await request((requestId) => ({
        type: 'update',
        requestId,
        partnerIds: ids,
      }));
      if (response.type !== 'updated') throw failure(response);
    },
    async searchAll(text, limit) {
      await build();
      const response = await request((requestId) => ({
        type: 'query-all',
        requestId,
        text: text.slice(0, MAX_QUERY_LENGTH),
        limit,
      }));
      if (response.type !== 'all-result') throw failure(response);
      return { partners: response.partners, people: response.people };
    },
    async updatePeople(table, ids) {
      if (ids.length === 0) return;
      await build();
      const list = [...ids];
      const response = await request((requestId) => ({
        type: 'update-people',
        requestId,
        table,
        ids: list,
      }));
      if (response.type !== 'updated') throw failure(response);
    },
    dispose() {
      port.terminate();
      progressListeners.clear();
      stop(new Error('The partner search was disposed.'));
    },
  };
}
