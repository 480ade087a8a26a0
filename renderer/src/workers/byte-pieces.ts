/**
 * A file's bytes as the partnerbook worker reads them, a piece at a time, the next piece already
 * being read while this one is used: from a Blob (slices of it), or from a stream the window
 * transferred here (the desktop app's large files, read from its main process as they are
 * needed). Either way the file is never held whole.
 */

/** A file's bytes as a stream with its size, as the window transfers it to a worker. */
export interface StreamedBytes {
  /** The size announced for the file; the stream must bring exactly this many bytes. */
  size: number;
  stream: ReadableStream<Uint8Array>;
}

/** The bytes of a file a worker reads: a Blob, or a stream with its size. */
export type ByteSource = Blob | StreamedBytes;

/** Pieces of a file's bytes in order. */
export interface BytePieces {
  /** The next piece, or undefined once the file is read. */
  next(): Promise<Uint8Array | undefined>;
  /** Stops reading: a stream is cancelled, so that whoever feeds it closes the file. */
  cancel(): Promise<void>;
}

/** Where a read is left behind unawaited (the reader stopped early): it must not fail unheard. */
function quiet<T>(reading: Promise<T>): Promise<T> {
  reading.catch(() => undefined);
  return reading;
}

/** The Blob in slices of `sliceBytes`, reading the next slice while this one is used. */
function blobPieces(blob: Blob, sliceBytes: number): BytePieces {
  const read = (from: number) =>
    quiet(
      blob
        .slice(from, from + sliceBytes)
        .arrayBuffer()
        .then((buffer) => new Uint8Array(buffer)),
    );
  let from = 0;
  let next: Promise<Uint8Array> | undefined = blob.size > 0 ? read(0) : undefined;
  return {
    next: async () => {
      if (next === undefined) return undefined;
      const bytes = await next;
      from += sliceBytes;
      next = from < blob.size ? read(from) : undefined;
      return bytes;
    },
    cancel: () => {
      next = undefined;
      return Promise.resolve();
    },
  };
}

/** The stream's pieces as they come, asking for the next one while this one is used. */
function streamPieces({ size, stream }: StreamedBytes, fileName: string): BytePieces {
  const reader = stream.getReader();
  let received = 0;
  let next: Promise<ReadableStreamReadResult<Uint8Array>> | undefined = quiet(reader.read());
  return {
    next: async () => {
      if (next === undefined) return undefined;
      const result = await next;
      if (result.done) {
        next = undefined;
        if (received !== size) throw new Error(`${fileName} ended before it was read whole.`);
        return undefined;
      }
      received += result.value.byteLength;
      if (received > size) {
        next = undefined;
        await reader.cancel().catch(() => undefined);
        throw new Error(`${fileName} grew while it was being read; open it again.`);
      }
      next = quiet(reader.read());
      return result.value;
    },
    cancel: async () => {
      next = undefined;
      await reader.cancel().catch(() => undefined);
    },
  };
}

/** The source's bytes in pieces: a Blob in slices of `sliceBytes`, a stream as it comes. */
export function bytePieces(source: ByteSource, fileName: string, sliceBytes: number): BytePieces {
  return source instanceof Blob ? blobPieces(source, sliceBytes) : streamPieces(source, fileName);
}
