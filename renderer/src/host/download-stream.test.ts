import { describe, expect, it, vi } from 'vitest';
import type { IpcResult, WorkbookBridge } from '../../../shared/ipc/contract';
import { streamDownload } from './download-stream';

const TOKEN = '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const done: IpcResult<null> = { ok: true, value: null };

// `content` in pieces of 5 bytes, as main would give them (MAX_IPC_CHUNK_BYTES in the app).
function fakeMain(content: Uint8Array) {
  const readChunk = vi.fn<WorkbookBridge['readChunk']>(({ offset }) =>
    Promise.resolve({ ok: true, value: content.slice(offset, offset + 5) }),
  );
  const closeDownload = vi.fn<WorkbookBridge['closeDownload']>(() => Promise.resolve(done));
  const file = { name: 'Big.partnerbook', size: content.byteLength, token: TOKEN };
  return { bridge: { readChunk, closeDownload }, readChunk, closeDownload, file };
}

async function readAll(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  for (const reader = stream.getReader(); ;) {
    const { done: ended, value } = await reader.read();
    if (ended) return pieces;
    pieces.push(value);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('streamDownload', () => {
  it('reads the pieces in order, each where the last ended, and leaves the closing to main', async () => {
    const content = new TextEncoder().encode('{"a":"éé"}');
    expect(content.byteLength).toBe(12);
    const { bridge, readChunk, closeDownload, file } = fakeMain(content);
    const source = streamDownload(bridge, file);
    expect(source).toMatchObject({ kind: 'stream', size: 12 });
    // Nothing is read before the stream is asked for.
    expect(readChunk).not.toHaveBeenCalled();
    const pieces = await readAll(source.stream());
    expect(pieces.map((piece) => piece.byteLength)).toEqual([5, 5, 2]);
    expect(new TextDecoder().decode(await new Blob(pieces).arrayBuffer())).toBe('{"a":"éé"}');
    expect(readChunk.mock.calls.map(([request]) => request)).toEqual([
      { token: TOKEN, offset: 0 },
      { token: TOKEN, offset: 5 },
      { token: TOKEN, offset: 10 },
    ]);
    // The last piece closed the file in main: releasing it asks nothing more.
    source.release();
    expect(closeDownload).not.toHaveBeenCalled();
  });

  it('reads one piece ahead of the reader', async () => {
    const { bridge, readChunk, file } = fakeMain(new Uint8Array(20));
    const reader = streamDownload(bridge, file).stream().getReader();
    await settle();
    // The first piece is queued before anyone reads.
    expect(readChunk).toHaveBeenCalledTimes(1);
    await reader.read();
    await settle();
    // Taking it asks main for the next, which waits in the queue.
    expect(readChunk).toHaveBeenCalledTimes(2);
    await settle();
    expect(readChunk).toHaveBeenCalledTimes(2);
  });

  it('asks main to close the file when the reader cancels, once', async () => {
    const { bridge, readChunk, closeDownload, file } = fakeMain(new Uint8Array(20));
    const source = streamDownload(bridge, file);
    const reader = source.stream().getReader();
    await reader.read();
    await settle();
    await reader.cancel();
    expect(closeDownload).toHaveBeenCalledExactlyOnceWith(TOKEN);
    source.release();
    expect(closeDownload).toHaveBeenCalledTimes(1);
    await settle();
    // No piece is asked for after the cancel: the first, and the one read ahead.
    expect(readChunk).toHaveBeenCalledTimes(2);
  });

  it('closes a file released unread, and is read at most once', async () => {
    const unread = fakeMain(new Uint8Array(20));
    const released = streamDownload(unread.bridge, unread.file);
    released.release();
    released.release();
    expect(unread.closeDownload).toHaveBeenCalledExactlyOnceWith(TOKEN);
    const again = {
      code: 'not-allowed',
      message: 'Big.partnerbook was read once already; choose it again to read it again.',
    };
    expect(() => released.stream()).toThrow(expect.objectContaining(again) as Error);
    expect(unread.readChunk).not.toHaveBeenCalled();

    const read = fakeMain(new Uint8Array(3));
    const source = streamDownload(read.bridge, read.file);
    await readAll(source.stream());
    expect(() => source.stream()).toThrow(expect.objectContaining(again) as Error);
  });

  it('fails the stream with main’s error, and on an empty piece before the end', async () => {
    const failing = fakeMain(new Uint8Array(20));
    failing.readChunk.mockResolvedValueOnce({
      ok: false,
      error: { code: 'io-error', message: 'Big.partnerbook changed while it was being read.' },
    });
    await expect(readAll(streamDownload(failing.bridge, failing.file).stream())).rejects.toEqual(
      expect.objectContaining({
        code: 'io-error',
        message: 'Big.partnerbook changed while it was being read.',
      }),
    );

    const short = fakeMain(new Uint8Array(20));
    short.readChunk.mockResolvedValueOnce({ ok: true, value: new Uint8Array(0) });
    await expect(readAll(streamDownload(short.bridge, short.file).stream())).rejects.toEqual(
      expect.objectContaining({
        code: 'io-error',
        message: 'Big.partnerbook could not be read to its end.',
      }),
    );
    expect(short.readChunk).toHaveBeenCalledTimes(1);
  });
});
