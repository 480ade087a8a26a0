/**
 * A workaround for write-excel-file 4.1.1, which indexes shared strings in a plain object: a cell
 * whose whole text is a name on Object.prototype ("constructor", "toString", "__proto__", …)
 * gets that property instead of an index, and the file is corrupt. Such texts are written as
 * placeholders that cannot collide with the index, and put back into the shared-strings part
 * afterwards. This path only runs when a workbook holds such a cell.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const MARK = '\uE000';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** Collects the texts that need the workaround while cells are converted. */
export class PrototypeNameGuard {
  readonly #used = new Set<string>();

  /** The text to hand to the library: a placeholder for a prototype name, else the text itself. */
  guard(text: string): string {
    if (!PROTOTYPE_NAMES.has(text)) return text;
    this.#used.add(text);
    return `${MARK}${text}${MARK}`;
  }

  /** The workbook with every placeholder replaced by its text; the same bytes when none was used. */
  restore(xlsx: Uint8Array): Uint8Array {
    if (this.#used.size === 0) return xlsx;
    const files = unzipSync(xlsx);
    const part = files[SHARED_STRINGS];
    if (!part) return xlsx;
    let xml = strFromU8(part);
    for (const text of this.#used) xml = xml.replaceAll(`>${MARK}${text}${MARK}<`, `>${text}<`);
    files[SHARED_STRINGS] = strToU8(xml);
    return zipSync(files);
  }
}
