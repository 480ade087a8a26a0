/**
 * A file's content as the host hands it over: a Blob, or, for a file too large to gather into
 * one in this page's memory, its bytes streamed from where the host holds the file. Chromium
 * reads back a Blob built here of 256 MiB, but one of 512 MiB or more fails in a worker with
 * NotReadableError; a File the person picked is backed by the disk and has no such limit.
 */

/**
 * A file's bytes read once, in order, as a stream (the desktop app reads them from its main
 * process piece by piece while they are used): nothing here holds the whole file.
 */
export interface StreamedFileSource {
  readonly kind: 'stream';
  /** The file's size in bytes. */
  readonly size: number;
  /**
   * The bytes, in order. A source is read once: a second call throws a HostError, and so does a
   * call after `release`. Cancelling the stream closes the file in the host.
   */
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
  /**
   * Tells the host that what is left will not be read, so that it closes the file. Safe to call
   * at any time and more than once; a file read to its end is closed already.
   */
  release(): void;
}

/** A file's content: a Blob (read as often as needed), or a stream read once. */
export type FileSource = Blob | StreamedFileSource;

/** Releases a streamed source (see {@link StreamedFileSource.release}); a Blob needs nothing. */
export function releaseSource(source: FileSource): void {
  if (!(source instanceof Blob)) source.release();
}
