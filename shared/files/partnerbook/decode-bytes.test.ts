import { describe, expect, it } from 'vitest';
import { decodePartnerbookBytes, partnerbookSizeProblem } from './decode-bytes';
import { fixtureSnapshot, fixtureText } from './decode-fixture';

const FILE = 'emea.partnerbook';

describe('decodePartnerbookBytes', () => {
  it('decodes a UTF-8 file, with or without a byte-order mark', () => {
    const text = fixtureText();
    for (const bytes of [
      new TextEncoder().encode(text),
      new TextEncoder().encode(`\uFEFF${text}`),
    ]) {
      const result = decodePartnerbookBytes(bytes, FILE);
      expect(result.ok && result.snapshot).toEqual(fixtureSnapshot());
    }
  });

  it('refuses bytes that are not UTF-8, naming the file', () => {
    expect(decodePartnerbookBytes(new Uint8Array([0x7b, 0xff, 0x7d]), FILE)).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message:
            'emea.partnerbook: the file is not UTF-8 text, so it is not a workbook file (or it is damaged).',
        },
      ],
    });
  });

  it('refuses a file over the size limit before decoding it', () => {
    const bytes = new TextEncoder().encode(fixtureText());
    const result = decodePartnerbookBytes(bytes, FILE, { maxChars: 100 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toBe(
      `emea.partnerbook: the file is too large to open (${bytes.length.toLocaleString('en-US')} bytes; a workbook file holds at most 100 bytes).`,
    );
    expect(partnerbookSizeProblem(100, FILE, 100)).toBeUndefined();
  });
});
