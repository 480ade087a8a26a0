import { describe, expect, it } from 'vitest';
import { transferOf, type ImportResponse } from './import-messages';

const applied = (recording: Extract<ImportResponse, { type: 'applied' }>['recording']) =>
  ({
    type: 'applied',
    requestId: 3,
    created: 1,
    updated: 0,
    unchanged: 0,
    ids: 'p1',
    recording,
  }) satisfies ImportResponse;

describe('the buffers an import response hands over', () => {
  it('hands over an applied import’s packed undo record, not a copy', async () => {
    const packed = new TextEncoder().encode('[{"table":"partners","key":"p1"}]');
    const response = applied({ kind: 'changes', packed, records: 1 });
    expect(transferOf(response)).toEqual([packed.buffer]);
    // Handed over, the buffer arrives whole and is no longer the sender's.
    const channel = new MessageChannel();
    const received = new Promise<unknown>((resolve) => {
      channel.port2.onmessage = (event) => {
        resolve(event.data);
      };
    });
    channel.port1.postMessage(response, transferOf(response));
    const message = (await received) as typeof response;
    channel.port1.close();
    channel.port2.close();
    expect(packed.byteLength).toBe(0);
    expect(message.recording.kind).toBe('changes');
    if (message.recording.kind === 'changes') {
      expect(new TextDecoder().decode(message.recording.packed)).toBe(
        '[{"table":"partners","key":"p1"}]',
      );
    }
  });

  it('hands over nothing with any other response', () => {
    expect(transferOf(applied({ kind: 'too-large', limit: 64 }))).toEqual([]);
    expect(transferOf(applied({ kind: 'none' }))).toEqual([]);
    expect(
      transferOf({ type: 'progress', requestId: 1, phase: 'writing', done: 1, total: 2 }),
    ).toEqual([]);
  });
});
