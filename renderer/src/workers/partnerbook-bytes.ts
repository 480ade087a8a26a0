/**
 * A workbook's `.partnerbook` file as UTF-8 bytes in one buffer, which the worker transfers to
 * the window (no copy) and the window hands to the host as they are. Each part of the text is
 * encoded into the buffer as soon as it is written and then let go, so the text is never held
 * whole (utf8-buffer.ts); the buffer starts at a guess of the file's size (partnerbook-size.ts).
 * (A Blob built from the parts cost more than encoding and stringifying together: its bytes go
 * to the browser's blob store and come back when read.)
 */
import { writePartnerbookParts, type EncodeMeta } from '../../../shared/files/partnerbook/encode';
import type {
  PartnerbookProgressListener,
  WorkbookSnapshot,
} from '../../../shared/files/partnerbook/snapshot';
import { estimatePartnerbookBytes } from './partnerbook-size';
import { Utf8Buffer } from './utf8-buffer';

/**
 * The file of a snapshot as UTF-8 bytes: the bytes of encodePartnerbook's text. `initialBytes`
 * is the buffer's first size, by default a guess of the file's (tests start it small to make it
 * grow).
 */
export function encodePartnerbookBytes(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  onProgress?: PartnerbookProgressListener,
  initialBytes?: number,
): Uint8Array<ArrayBuffer> {
  const file = new Utf8Buffer(initialBytes ?? estimatePartnerbookBytes(snapshot));
  writePartnerbookParts(
    snapshot,
    meta,
    (part) => {
      file.write(part);
    },
    onProgress,
  );
  return file.bytes();
}
