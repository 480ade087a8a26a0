import { describe, expect, it } from 'vitest';
import {
  isPartnerbookResponse,
  partnerbookRequestSchema,
  partnerbookRequestTransfer,
  partnerbookTransferOf,
  type PartnerbookResponse,
} from './partnerbook-messages';
import type { MergeOutcome } from '../db/repos/merge-repo';
import type { Recording } from '../db/undo/packed-changes';

describe('partnerbook worker messages', () => {
  it('take a file as a stream with its size, and transfer the stream', () => {
    const stream = new ReadableStream<Uint8Array>();
    const open = {
      type: 'open' as const,
      source: { size: 3, stream },
      fileName: 'a.partnerbook',
      dbName: 'db',
    };
    const parsed = partnerbookRequestSchema.safeParse(open);
    expect(parsed.success && parsed.data.type === 'open' && parsed.data.source).toEqual({
      size: 3,
      stream,
    });
    expect(partnerbookRequestTransfer(open)).toEqual([stream]);
    const plan = { ...open, type: 'merge-plan' as const };
    expect(partnerbookRequestTransfer(plan)).toEqual([stream]);
    expect(partnerbookRequestTransfer({ ...open, source: new Blob(['{}']) })).toEqual([]);
    const refused = [
      { size: 3, stream: new Blob(['{}']) },
      { size: -1, stream },
      { size: 1.5, stream },
      { stream },
      { size: 3, stream, path: '/etc/passwd' },
    ];
    for (const source of refused) {
      expect(partnerbookRequestSchema.safeParse({ ...open, source }).success).toBe(false);
    }
  });

  it('accept well-formed requests only', () => {
    const open = {
      type: 'open',
      source: new Blob(['{}']),
      fileName: 'a.partnerbook',
      dbName: 'db',
    };
    expect(partnerbookRequestSchema.safeParse(open).success).toBe(true);
    expect(partnerbookRequestSchema.safeParse({ ...open, source: '{}' }).success).toBe(true);
    expect(partnerbookRequestSchema.safeParse({ ...open, source: 42 }).success).toBe(false);
    expect(partnerbookRequestSchema.safeParse({ ...open, dbName: '' }).success).toBe(false);
    const exportRequest = {
      type: 'export',
      dbName: 'db',
      exportedAt: '2026-01-01T00:00:00.000Z',
      app: { name: 'Partner Workbook', version: '1.0.0' },
    };
    expect(partnerbookRequestSchema.safeParse(exportRequest).success).toBe(true);
    expect(
      partnerbookRequestSchema.safeParse({ ...exportRequest, exportedAt: 'now' }).success,
    ).toBe(false);
    const plan = { workbook: {}, history: {}, counts: {}, changes: [], conflicts: [] };
    const apply = {
      type: 'merge-apply',
      dbName: 'db',
      plan,
      resolutions: { 'partners:x': 'mine' },
    };
    expect(partnerbookRequestSchema.safeParse(apply).success).toBe(true);
    expect(
      partnerbookRequestSchema.safeParse({
        ...apply,
        resolutions: { 'partners:x': { fields: { name: 'theirs' } } },
      }).success,
    ).toBe(true);
    expect(
      partnerbookRequestSchema.safeParse({ ...apply, resolutions: { 'partners:x': 'both' } })
        .success,
    ).toBe(false);
    expect(partnerbookRequestSchema.safeParse({ ...apply, plan: { changes: [] } }).success).toBe(
      false,
    );
    expect(
      partnerbookRequestSchema.safeParse({
        ...open,
        type: 'merge-plan',
        allowDifferentWorkbook: true,
      }).success,
    ).toBe(true);
  });

  it('tell responses from anything else', () => {
    expect(isPartnerbookResponse({ type: 'progress', phase: 'reading', done: 1, total: 2 })).toBe(
      true,
    );
    const counts = { partners: 1 };
    const chunks = [new Uint8Array([0x7b, 0x22]), new Uint8Array([0x22, 0x7d])];
    expect(isPartnerbookResponse({ type: 'exported', chunks, size: 4, counts })).toBe(true);
    expect(isPartnerbookResponse({ type: 'exported', chunks: [], size: 0, counts })).toBe(true);
    expect(isPartnerbookResponse({ type: 'exported', chunks, size: 4 })).toBe(false);
    expect(isPartnerbookResponse({ type: 'exported', chunks, counts })).toBe(false);
    expect(isPartnerbookResponse({ type: 'exported', chunks: chunks[0], size: 2, counts })).toBe(
      false,
    );
    expect(
      isPartnerbookResponse({ type: 'exported', chunks: [...chunks, '{}'], size: 6, counts }),
    ).toBe(false);
    expect(isPartnerbookResponse({ type: 'exported', bytes: chunks[0], counts })).toBe(false);
    expect(isPartnerbookResponse({ type: 'exported', file: new Blob(['{}']), counts })).toBe(false);
    expect(isPartnerbookResponse({ type: 'opened', dbName: 'd', workbookId: 'w', name: 'n' })).toBe(
      true,
    );
    expect(isPartnerbookResponse({ type: 'refused', problems: [{ path: '', message: 'm' }] })).toBe(
      true,
    );
    expect(isPartnerbookResponse({ type: 'refused', problems: [{ path: '' }] })).toBe(false);
    expect(isPartnerbookResponse({ type: 'failed', message: 'm' })).toBe(true);
    expect(isPartnerbookResponse({ type: 'merge-refused', message: 'm' })).toBe(true);
    expect(isPartnerbookResponse({ type: 'merge-planned', plan: {} })).toBe(false);
    const changed = { partners: [], positioningDrafts: [] };
    const recording = { kind: 'changes', packed: new Uint8Array([91, 93]), records: 0 };
    expect(
      isPartnerbookResponse({
        type: 'merged',
        outcome: { counts: {}, resolved: [], changed, recording },
      }),
    ).toBe(true);
    // What the merge changed comes for the undo history: without it, the answer is not one.
    expect(
      isPartnerbookResponse({ type: 'merged', outcome: { counts: {}, resolved: [], changed } }),
    ).toBe(false);
    expect(isPartnerbookResponse({ type: 'other' })).toBe(false);
    expect(isPartnerbookResponse(null)).toBe(false);
  });

  it('hand over every chunk of a saved file and a merge’s undo record, nothing else', () => {
    const chunks = [new Uint8Array([0x7b, 0x22]), new Uint8Array([0x22, 0x7d])];
    expect(partnerbookTransferOf({ type: 'exported', chunks, size: 4, counts: {} })).toEqual(
      chunks.map((chunk) => chunk.buffer),
    );
    const merged = (recording: Recording): PartnerbookResponse => ({
      type: 'merged',
      outcome: {
        // Counts play no part in what is handed over.
        counts: {} as MergeOutcome['counts'],
        resolved: [],
        changed: { partners: [], positioningDrafts: [] },
        recording,
      },
    });
    const packed = new Uint8Array([91, 93]);
    expect(partnerbookTransferOf(merged({ kind: 'changes', packed, records: 0 }))).toEqual([
      packed.buffer,
    ]);
    expect(partnerbookTransferOf(merged({ kind: 'too-large', limit: 64 }))).toEqual([]);
    expect(partnerbookTransferOf(merged({ kind: 'none' }))).toEqual([]);
    expect(partnerbookTransferOf({ type: 'failed', message: 'm' })).toEqual([]);
  });
});
