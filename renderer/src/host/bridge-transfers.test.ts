import { describe, expect, it, vi } from 'vitest';
import {
  MAX_TRANSFER_BYTES,
  type IpcResult,
  type WorkbookBridge,
} from '../../../shared/ipc/contract';
import { receiveFile, sendParts, uploadSize } from './bridge-transfers';
import type { FileSource } from './file-source';
import { HostError } from './host';

const TOKEN = '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const done: IpcResult<null> = { ok: true, value: null };
const closeDownload = vi.fn<WorkbookBridge['closeDownload']>(() => Promise.resolve(done));

function asBlob(data: FileSource): Blob {
  if (!(data instanceof Blob)) throw new Error('Expected a Blob, not a stream.');
  return data;
}

function uploadBridge() {
  const sent: Uint8Array[] = [];
  const calls: string[] = [];
  const bridge: Pick<WorkbookBridge, 'appendUpload' | 'abortUpload'> = {
    appendUpload: vi.fn<WorkbookBridge['appendUpload']>(({ token, bytes }) => {
      calls.push(`append ${token.slice(0, 4)} ${String(bytes.byteLength)}`);
      sent.push(bytes);
      return Promise.resolve(done);
    }),
    abortUpload: vi.fn<WorkbookBridge['abortUpload']>((token) => {
      calls.push(`abort ${token.slice(0, 4)}`);
      return Promise.resolve(done);
    }),
  };
  const commit = vi.fn(() => {
    calls.push('commit');
    return Promise.resolve<IpcResult<string>>({ ok: true, value: 'committed' });
  });
  return { bridge, sent, calls, commit };
}

describe('sendParts', () => {
  it('sends each part in pieces of at most the piece size, in order, then commits', async () => {
    const { bridge, sent, calls, commit } = uploadBridge();
    const parts = [
      new Uint8Array([1, 2, 3, 4, 5, 6, 7]),
      new Uint8Array(0),
      new Uint8Array([8, 9, 10, 11]),
    ];
    expect(await sendParts(bridge, TOKEN, parts, commit, 4)).toBe('committed');
    // 7 bytes in pieces of 4 are 4 and 3; an empty part sends nothing; 4 bytes go as one.
    expect(calls).toEqual(['append 6c1b 4', 'append 6c1b 3', 'append 6c1b 4', 'commit']);
    expect(sent.map((piece) => [...piece])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
      [8, 9, 10, 11],
    ]);
  });

  it('sends each piece in a buffer of its own, copying only views of a part of one', async () => {
    const { bridge, sent, commit } = uploadBridge();
    const whole = new Uint8Array([1, 2, 3, 4]);
    const view = new Uint8Array([0, 0, 5, 6, 0]).subarray(2, 4);
    await sendParts(bridge, TOKEN, [whole, view], commit, 4);
    // A structured clone carries a view's whole buffer: only the bytes of the piece may go.
    for (const piece of sent) expect(piece.buffer.byteLength).toBe(piece.byteLength);
    expect(sent[0]?.buffer).toBe(whole.buffer);
    expect([...(sent[1] ?? [])]).toEqual([5, 6]);
  });

  it('aborts the upload and rejects with the piece’s error when a piece fails', async () => {
    const { bridge, calls, commit } = uploadBridge();
    vi.mocked(bridge.appendUpload)
      .mockResolvedValueOnce(done)
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'io-error', message: 'EMEA.partnerbook could not be saved.' },
      });
    const error: unknown = await sendParts(bridge, TOKEN, [new Uint8Array(12)], commit, 4).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be saved.',
    });
    expect(bridge.appendUpload).toHaveBeenCalledTimes(2);
    expect(calls).toEqual(['abort 6c1b']);
    expect(commit).not.toHaveBeenCalled();
  });
});

describe('uploadSize', () => {
  it('adds up the parts, and refuses more than MAX_TRANSFER_BYTES', () => {
    expect(uploadSize('a', [new Uint8Array(3), new Uint8Array(4)])).toBe(7);
    const huge = Object.defineProperty(new Uint8Array(1), 'byteLength', {
      value: MAX_TRANSFER_BYTES,
    });
    expect(uploadSize('a', [huge])).toBe(MAX_TRANSFER_BYTES);
    expect(() => uploadSize('Huge.partnerbook', [huge, new Uint8Array(1)])).toThrow(
      new HostError(
        'too-large',
        'Huge.partnerbook would be 4,097 MiB; Partner Workbook saves files of at most 4,096 MiB.',
      ),
    );
  });
});

describe('receiveFile', () => {
  const file = { name: 'EMEA.partnerbook', size: 10, token: TOKEN };

  it('reads the pieces in order, each at the offset the last ended, into one Blob', async () => {
    const content = new TextEncoder().encode('{"a":"éé"}');
    expect(content.byteLength).toBe(12);
    const readChunk = vi.fn<WorkbookBridge['readChunk']>(({ offset }) =>
      Promise.resolve({ ok: true, value: content.slice(offset, offset + 5) }),
    );
    const received = await receiveFile({ readChunk, closeDownload }, { ...file, size: 12 });
    expect(readChunk.mock.calls.map(([request]) => request)).toEqual([
      { token: TOKEN, offset: 0 },
      { token: TOKEN, offset: 5 },
      { token: TOKEN, offset: 10 },
    ]);
    expect(received.name).toBe('EMEA.partnerbook');
    expect(asBlob(received.data).size).toBe(12);
    // A character split between pieces is whole again in the Blob.
    expect(await asBlob(received.data).text()).toBe('{"a":"éé"}');
  });

  it('reads an empty file once, so that main closes it', async () => {
    const readChunk = vi.fn<WorkbookBridge['readChunk']>(() =>
      Promise.resolve({ ok: true, value: new Uint8Array(0) }),
    );
    const received = await receiveFile({ readChunk, closeDownload }, { ...file, size: 0 });
    expect(readChunk).toHaveBeenCalledTimes(1);
    expect(asBlob(received.data).size).toBe(0);
  });

  it('rejects with main’s error, and on an empty piece before the end', async () => {
    const failing = vi.fn<WorkbookBridge['readChunk']>(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'io-error', message: 'EMEA.partnerbook changed while it was being read.' },
      }),
    );
    await expect(receiveFile({ readChunk: failing, closeDownload }, file)).rejects.toMatchObject({
      code: 'io-error',
      message: 'EMEA.partnerbook changed while it was being read.',
    });
    const short = vi.fn<WorkbookBridge['readChunk']>(() =>
      Promise.resolve({ ok: true, value: new Uint8Array(0) }),
    );
    await expect(receiveFile({ readChunk: short, closeDownload }, file)).rejects.toMatchObject({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be read to its end.',
    });
    expect(short).toHaveBeenCalledTimes(1);
  });

  it('hands a file over the threshold over as a stream, reading nothing yet', async () => {
    const readChunk = vi.fn<WorkbookBridge['readChunk']>(() =>
      Promise.resolve({ ok: true, value: new Uint8Array(5) }),
    );
    const big = await receiveFile({ readChunk, closeDownload }, { ...file, size: 11 }, 10);
    expect(big.name).toBe('EMEA.partnerbook');
    expect(big.data).not.toBeInstanceOf(Blob);
    expect(big.data).toMatchObject({ kind: 'stream', size: 11 });
    expect(readChunk).not.toHaveBeenCalled();
    // At the threshold, still a Blob.
    readChunk.mockResolvedValue({ ok: true, value: new Uint8Array(10) });
    const edge = await receiveFile({ readChunk, closeDownload }, { ...file, size: 10 }, 10);
    expect(asBlob(edge.data).size).toBe(10);
  });
});
