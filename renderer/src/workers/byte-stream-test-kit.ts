/**
 * A file's bytes as a stream cut where a test says, as the window would transfer it to the
 * partnerbook worker, counting what the reader did to it. Only tests import it.
 */

/** A stream of `bytes` in pieces ending at `cuts` (and the end), and what was done to it. */
export function cutStream(bytes: Uint8Array, cuts: readonly number[]) {
  const ends = [...cuts.filter((cut) => cut > 0 && cut < bytes.byteLength), bytes.byteLength];
  const seen = { pulled: 0, cancelled: false };
  let from = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull: (controller) => {
        const end = ends[seen.pulled] ?? bytes.byteLength;
        seen.pulled += 1;
        controller.enqueue(bytes.slice(from, end));
        from = end;
        if (from >= bytes.byteLength) controller.close();
      },
      cancel: () => {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

/** Cuts every `step` bytes. */
export const every = (step: number, size: number): number[] =>
  Array.from({ length: Math.ceil(size / step) }, (_, at) => (at + 1) * step);
