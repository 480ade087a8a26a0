/**
 * A workbook's `.partnerbook` file as UTF-8 bytes in one buffer, which the worker transfers to
 * the window (no copy) and the window hands to the host as they are. Each part of the text is
 * encoded as soon as it is written and then let go, so the text is never held whole; the
 * parts' bytes are copied once into a buffer of the exact size. (A Blob built from the parts
 * cost more than encoding and stringifying together: its bytes go to the browser's blob store
 * and come back when read.)
 */
import { writePartnerbookParts, type EncodeMeta } from '../../../shared/files/partnerbook/encode';
import type {
  PartnerbookProgressListener,
  WorkbookSnapshot,
} from '../../../shared/files/partnerbook/snapshot';

/** The file of a snapshot as UTF-8 bytes: the bytes of encodePartnerbook's text. */
export function encodePartnerbookBytes(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  onProgress?: PartnerbookProgressListener,
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let size = 0;
  writePartnerbookParts(
    snapshot,
    meta,
    (part) => {
      const bytes = encoder.encode(part);
      chunks.push(bytes);
      size += bytes.byteLength;
    },
    onProgress,
  );
  const file = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    file.set(chunk, at);
    at += chunk.byteLength;
  }
  return file;
}
