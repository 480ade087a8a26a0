import { describe, expect, it } from 'vitest';
import {
  flushPendingWrites,
  hasPendingWrites,
  registerFlusher,
  trackWrite,
} from './pending-writes';

/** A promise the test settles by hand. */
function deferred() {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('pending writes', () => {
  it('reports a write as pending until it settles, failed or not', async () => {
    expect(hasPendingWrites()).toBe(false);
    const write = deferred();
    void trackWrite(write.promise);
    const failing = trackWrite(Promise.reject(new Error('disk full')));
    expect(hasPendingWrites()).toBe(true);
    await expect(failing).rejects.toThrow('disk full');
    expect(hasPendingWrites()).toBe(true);
    write.resolve();
    await write.promise;
    expect(hasPendingWrites()).toBe(false);
  });

  it('reports an editor holding unsaved changes, and flushes it', async () => {
    let held = true;
    const flushed: string[] = [];
    const unregister = registerFlusher(
      () => {
        flushed.push('notes');
        held = false;
        return Promise.resolve();
      },
      () => held,
    );
    expect(hasPendingWrites()).toBe(true);
    await flushPendingWrites();
    expect(flushed).toEqual(['notes']);
    expect(hasPendingWrites()).toBe(false);
    held = true;
    unregister();
    expect(hasPendingWrites()).toBe(false);
  });

  it('waits for the writes an editor starts when flushed, and for a failed flush to settle', async () => {
    const write = deferred();
    const order: string[] = [];
    const unregisterSaving = registerFlusher(() => {
      void trackWrite(write.promise.then(() => order.push('written')));
      return Promise.resolve();
    });
    const unregisterFailing = registerFlusher(() => Promise.reject(new Error('invalid')));
    const flush = flushPendingWrites().then(() => order.push('flushed'));
    await Promise.resolve();
    expect(order).toEqual([]);
    write.resolve();
    await flush;
    expect(order).toEqual(['written', 'flushed']);
    unregisterSaving();
    unregisterFailing();
  });
});
