/**
 * The search worker's logic, free of worker globals so that it runs under test: it validates each
 * incoming message, builds the partner index from a {@link PartnerSource} page by page (posting
 * progress), answers queries from memory, and applies updates one at a time after the build.
 * Next to the partner index it keeps a small one of stakeholders, feedback and decisions
 * (people-search.ts) for the workbook-wide search, read after the partners.
 */
import { PartnerIndexBuilder } from '../../../shared/search/partner-index-builder';
import { PartnerIndex, toSearchDocs } from '../../../shared/search/partner-search';
import {
  PeopleIndex,
  type PeopleRecords,
  type PeopleSearchTable,
} from '../../../shared/search/people-search';
import { joinIds, requestIdOf, searchRequestSchema } from './search-messages';
import type { SearchResponse } from './search-messages';
import type { PartnerSource } from './search-source';

/**
 * Partners read and indexed per step: big enough to amortise a read, small enough for progress
 * (and for memory: the source reads a page of each of its key ranges at once).
 */
export const BUILD_BATCH_SIZE = 1000;

/** Contacts read per step (they are smaller than partners). */
export const CONTACT_BATCH_SIZE = 2000;

/** What the engine needs from its surroundings. */
export interface SearchEngineDeps {
  /** Sends a response to the main thread, moving `transfer`'s buffers instead of copying. */
  post(response: SearchResponse, transfer?: Transferable[]): void;
  /** Opens the named workbook database for reading. */
  openSource(dbName: string): PartnerSource;
  /** Milliseconds from a monotonic clock (performance.now in the worker). */
  now(): number;
  /** Records read per page; defaults to {@link BUILD_BATCH_SIZE} and {@link CONTACT_BATCH_SIZE}. */
  pageSizes?: { partners: number; contacts: number };
}

type BuildState =
  | { status: 'idle' }
  | { status: 'building'; dbName: string; done: Promise<void> }
  | { status: 'ready'; dbName: string; source: PartnerSource; count: number; ms: number }
  | { status: 'failed'; dbName: string; message: string };

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Holds one partner index and turns request messages into response messages. */
export class SearchEngine {
  private readonly index = new PartnerIndex();
  private readonly people = new PeopleIndex();
  private state: BuildState = { status: 'idle' };
  private updates: Promise<void> = Promise.resolve();
  // The ordinals whose ids the main thread has (see syncIds), and of which generation.
  private sentIds = { generation: -1, count: 0 };

  constructor(private readonly deps: SearchEngineDeps) {}

  /** Handles one message as received; resolves when its response has been posted. */
  async handle(message: unknown): Promise<void> {
    const parsed = searchRequestSchema.safeParse(message);
    if (!parsed.success) {
      const requestId = requestIdOf(message);
      const text = `Unreadable search request: ${parsed.error.issues[0]?.message ?? 'bad shape'}`;
      this.deps.post(
        requestId === undefined
          ? { type: 'rejected', message: text }
          : { type: 'failed', requestId, message: text },
      );
      return;
    }
    const request = parsed.data;
    switch (request.type) {
      case 'build':
        return this.build(request.dbName);
      case 'query':
        this.query(request.requestId, request.text);
        return;
      case 'update':
        return this.update(request.requestId, request.partnerIds);
      case 'query-all':
        return this.queryAll(request.requestId, request.text, request.limit);
      case 'update-people':
        return this.updatePeople(request.requestId, request.table, request.ids);
    }
  }

  /** Closes the database connection of a built index (queries keep working; updates fail). */
  close(): void {
    if (this.state.status === 'ready') this.state.source.close();
  }

  private async build(dbName: string): Promise<void> {
    const state = this.state;
    if (state.status === 'idle') {
      const done = this.runBuild(dbName);
      this.state = { status: 'building', dbName, done };
      return done;
    }
    if (state.dbName !== dbName) {
      const message = `This search worker indexes "${state.dbName}", not "${dbName}".`;
      this.deps.post({ type: 'build-failed', message });
      return;
    }
    // Asked again: answer like the first time, once the one build has finished.
    if (state.status === 'building') await state.done;
    this.postBuildOutcome();
  }

  // A failed build stays failed (and says so when asked again): retrying means a new worker.
  private async runBuild(dbName: string): Promise<void> {
    const started = this.deps.now();
    let source: PartnerSource | undefined;
    try {
      source = this.deps.openSource(dbName);
      const people = await this.readAll(source);
      if (people) this.people.putAll(people);
      const ms = Math.round(this.deps.now() - started);
      this.state = { status: 'ready', dbName, source, count: this.index.size, ms };
    } catch (error) {
      source?.close();
      this.state = { status: 'failed', dbName, message: messageOf(error) };
    }
    this.postBuildOutcome();
    // Then, before any query is read, a few throwaway queries compile the query code, so that
    // the user's first keystroke does not pay for the JIT. The index was ready without them.
    if (this.state.status === 'ready') this.index.warmUp();
  }

  // Partners and contacts are read side by side: while one page is indexed the database is
  // already reading the next pages of both tables. The count (for progress only) and the people
  // tables are asked for after the first pages, so that those reads never wait for them
  // (IndexedDB counts by walking every key). Resolves with the people records.
  private async readAll(source: PartnerSource): Promise<PeopleRecords | undefined> {
    const builder = new PartnerIndexBuilder(this.index);
    const sizes = this.deps.pageSizes ?? {
      partners: BUILD_BATCH_SIZE,
      contacts: CONTACT_BATCH_SIZE,
    };
    let failed = false;
    let done = 0;
    let total: number | undefined;
    // Progress says how far of how many: nothing until the count is known.
    const progress = (): void => {
      if (total !== undefined) {
        this.deps.post({ type: 'progress', done, total: Math.max(total, done) });
      }
    };
    const readPartners = async (): Promise<void> => {
      for await (const page of source.partnerPages(sizes.partners)) {
        if (failed) return;
        builder.addPartners(page);
        done += page.length;
        progress();
      }
    };
    const readContacts = async (): Promise<void> => {
      for await (const page of source.contactPages(sizes.contacts)) {
        if (failed) return;
        builder.addContacts(page);
      }
    };
    const reading = [readPartners(), readContacts()];
    const counting = source.count().then((count) => {
      total = count;
      progress();
    });
    const people = source.readPeople?.();
    try {
      await Promise.all([...reading, counting, people]);
    } catch (error) {
      failed = true;
      // Let the other reads settle before the source is closed.
      await Promise.allSettled([...reading, counting, people]);
      throw error;
    }
    builder.finish();
    return people;
  }

  private postBuildOutcome(): void {
    const state = this.state;
    if (state.status === 'ready') {
      // The ids go with the build, so that the first keystroke does not wait for them.
      this.syncIds();
      this.deps.post({ type: 'ready', count: state.count, ms: state.ms });
    } else if (state.status === 'failed') {
      this.deps.post({ type: 'build-failed', message: state.message });
    }
  }

  private query(requestId: number, text: string): void {
    if (this.state.status !== 'ready') {
      this.deps.post({ type: 'failed', requestId, message: 'The search index is not ready.' });
      return;
    }
    const ordinals = this.index.searchOrdinals(text);
    this.syncIds();
    this.deps.post({ type: 'result', requestId, ordinals }, [ordinals.buffer]);
  }

  // Sends the ids of ordinals the main thread does not have yet (all of them after a
  // renumbering), ahead of a message that may name them.
  private syncIds(): void {
    const { generation, ordinalCount } = this.index;
    const sent = this.sentIds;
    const from = sent.generation === generation ? sent.count : 0;
    if (from === ordinalCount && sent.generation === generation) return;
    const ids = this.index.ordinalIds(from);
    this.deps.post({ type: 'ids', from, count: ids.length, ids: joinIds(ids) });
    this.sentIds = { generation, count: ordinalCount };
  }

  // The best partners (named, read from the database) and people records for the header's search.
  private async queryAll(requestId: number, text: string, limit: number): Promise<void> {
    const state = this.state;
    if (state.status !== 'ready') {
      this.deps.post({ type: 'failed', requestId, message: 'The search index is not ready.' });
      return;
    }
    try {
      const ids = this.index.search(text).slice(0, limit);
      const { partners } = await state.source.read(ids);
      const names = new Map(partners.map((partner) => [partner.id, partner.name]));
      this.deps.post({
        type: 'all-result',
        requestId,
        partners: ids.flatMap((id) => {
          const name = names.get(id);
          return name === undefined ? [] : [{ id, name }];
        }),
        people: this.people.search(text, limit),
      });
    } catch (error) {
      this.deps.post({ type: 'failed', requestId, message: messageOf(error) });
    }
  }

  private updatePeople(
    requestId: number,
    table: PeopleSearchTable,
    ids: readonly string[],
  ): Promise<void> {
    const run = this.updates.then(() => this.applyPeopleUpdate(requestId, table, ids));
    this.updates = run;
    return run;
  }

  private async applyPeopleUpdate(
    requestId: number,
    table: PeopleSearchTable,
    ids: readonly string[],
  ): Promise<void> {
    if (this.state.status === 'building') await this.state.done;
    const state = this.state;
    if (state.status !== 'ready' || state.source.readPeople === undefined) {
      this.deps.post({ type: 'failed', requestId, message: 'The search index was not built.' });
      return;
    }
    try {
      const records = await state.source.readPeople({ table, ids });
      const found = new Set((records[table] ?? []).map((record) => record.id));
      for (const id of ids) if (!found.has(id)) this.people.remove(table, id);
      this.people.putAll(records);
      this.deps.post({ type: 'updated', requestId, count: this.people.size });
    } catch (error) {
      this.deps.post({ type: 'failed', requestId, message: messageOf(error) });
    }
  }

  // Updates run one after another: each reads the database and then writes the index, and two
  // interleaved could leave the older read in the index.
  private update(requestId: number, partnerIds: readonly string[]): Promise<void> {
    const run = this.updates.then(() => this.applyUpdate(requestId, partnerIds));
    this.updates = run;
    return run;
  }

  private async applyUpdate(requestId: number, partnerIds: readonly string[]): Promise<void> {
    if (this.state.status === 'building') await this.state.done;
    const state = this.state;
    if (state.status !== 'ready') {
      this.deps.post({ type: 'failed', requestId, message: 'The search index was not built.' });
      return;
    }
    try {
      const { partners, contacts } = await state.source.read(partnerIds);
      const found = new Set(partners.map((partner) => partner.id));
      for (const id of partnerIds) if (!found.has(id)) this.index.remove(id);
      this.index.putAll(toSearchDocs(partners, contacts));
      this.index.prepare();
      this.deps.post({ type: 'updated', requestId, count: this.index.size });
    } catch (error) {
      this.deps.post({ type: 'failed', requestId, message: messageOf(error) });
    }
  }
}
