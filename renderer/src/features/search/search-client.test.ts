import { describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { generatePartnerBatch } from '../../../../shared/sample/seeded-partners';
import { SearchEngine } from '../../workers/search-engine';
import type { SearchRequest } from '../../workers/search-messages';
import type { PartnerSource } from '../../workers/search-source';
import { connectPartnerSearch } from './search-client';
import type { SearchWorkerPort } from './search-client';

const NOW = new Date('2026-11-01T09:00:00.000Z');

// A workbook in memory, read the way the database source reads one.
function memorySource(partners: Partner[], contacts: Contact[]): PartnerSource {
  async function* pages<T>(rows: readonly T[], size: number): AsyncGenerator<readonly T[]> {
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    await Promise.resolve();
  }
  return {
    count: () => Promise.resolve(partners.length),
    partnerPages: (size) => pages(partners, size),
    contactPages: (size) => pages(contacts, size),
    read: (ids) =>
      Promise.resolve({
        partners: partners.filter((partner) => ids.includes(partner.id)),
        contacts: contacts.filter((contact) => ids.includes(contact.partnerId)),
      }),
    close: () => undefined,
  };
}

interface FakeWorker extends SearchWorkerPort {
  terminate: Mock<() => void>;
  /** Sends a raw message or an error event to the client, as a worker could. */
  emit(type: 'message' | 'error', data?: unknown): void;
  sent: SearchRequest[];
}

type Listener = ((event: MessageEvent<unknown>) => void) | ((event: Event) => void);

// A stand-in for the module worker: the real engine, messages cloned and delivered a task later.
function fakeWorker(source: PartnerSource): FakeWorker {
  const listeners: Record<'message' | 'error', Listener[]> = { message: [], error: [] };
  // A MessageEvent is an Event too, so one event object suits either kind of listener.
  const emit = (type: 'message' | 'error', data?: unknown): void => {
    const event = new MessageEvent(type, { data });
    for (const listener of listeners[type]) listener(event);
  };
  const engine = new SearchEngine({
    post: (response) => {
      const copy = structuredClone(response);
      setTimeout(() => emit('message', copy), 0);
    },
    openSource: () => source,
    now: () => performance.now(),
    pageSizes: { partners: 100, contacts: 100 },
  });
  const sent: SearchRequest[] = [];
  return {
    sent,
    emit,
    postMessage(message) {
      sent.push(message);
      const copy: unknown = structuredClone(message);
      setTimeout(() => void engine.handle(copy), 0);
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].push(listener);
    },
    terminate: vi.fn<() => void>(),
  };
}

function setup(count = 250) {
  const { partners, contacts } = generatePartnerBatch(3, 0, count, NOW);
  const worker = fakeWorker(memorySource(partners, contacts));
  return { partners, contacts, worker, search: connectPartnerSearch(worker, 'workbook-db') };
}

describe('connectPartnerSearch', () => {
  it('builds once, reporting progress until every partner is in', async () => {
    const { worker, search } = setup();
    const progress = vi.fn();
    const unsubscribe = search.onProgress(progress);
    const first = search.build();
    expect(search.build()).toBe(first);
    expect(await first).toMatchObject({ count: 250 });
    expect(progress).toHaveBeenLastCalledWith({ type: 'progress', done: 250, total: 250 });
    expect(worker.sent.filter((message) => message.type === 'build')).toEqual([
      { type: 'build', dbName: 'workbook-db' },
    ]);
    unsubscribe();
  });

  it('answers searches, building first when needed', async () => {
    const { partners, search } = setup();
    const [partner] = partners;
    if (!partner) throw new Error('fixture missing');
    const ids = await search.search(partner.name);
    expect(ids[0]).toBe(partner.id);
    expect(await search.search('no-such-word')).toEqual([]);
  });

  it('settles every one of several searches in flight with its own answer', async () => {
    const { search } = setup();
    await search.build();
    const texts = ['a', 'ab', 'abc', 'zzz'];
    const answers = await Promise.all(texts.map((text) => search.search(text)));
    expect(answers[3]).toEqual([]);
    expect(answers[0]?.length).toBeGreaterThan(answers[3]?.length ?? 0);
  });

  it('re-indexes updated partners', async () => {
    const { partners, search } = setup();
    await search.build();
    const [partner] = partners;
    if (!partner) throw new Error('fixture missing');
    partners[0] = { ...partner, name: 'Quetzal Dynamics' };
    await search.update([partner.id]);
    expect(await search.search('quetzal')).toEqual([partner.id]);
    await search.update([]);
  });

  it('rejects the build and searches when the worker cannot build', async () => {
    const broken = memorySource([], []);
    broken.count = () => Promise.reject(new Error('no database'));
    const search = connectPartnerSearch(fakeWorker(broken), 'workbook-db');
    await expect(search.build()).rejects.toThrow('no database');
    await expect(search.search('x')).rejects.toThrow('no database');
  });

  it('rejects what is pending, and everything later, once disposed', async () => {
    const { worker, search } = setup();
    const pending = search.search('a');
    search.dispose();
    await expect(pending).rejects.toThrow('disposed');
    await expect(search.search('a')).rejects.toThrow('disposed');
    await expect(search.update(['x'])).rejects.toThrow('disposed');
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('rejects what is pending when the worker fails, and ignores stray messages', async () => {
    const { worker, search } = setup();
    await search.build();
    worker.emit('message', { type: 'result', requestId: 'x', ordinals: 7 });
    worker.emit('message', 'hello');
    const pending = search.search('a');
    worker.emit('error');
    await expect(pending).rejects.toThrow('stopped');
  });
});
