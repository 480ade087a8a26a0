import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { FileRefusedError } from './raw-table';

const TEXT = 'Name;Région\nMüller GmbH;EMEA\n';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

function utf16(text: string, order: 'le' | 'be'): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const [low, high] = [code & 0xff, code >> 8];
    bytes.push(...(order === 'le' ? [low, high] : [high, low]));
  }
  return bytes;
}

const decode = (bytes: number[], maxBytes?: number) =>
  decodeText(new Uint8Array(bytes), maxBytes === undefined ? {} : { maxBytes });

function refusal(bytes: number[]): string {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof FileRefusedError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('decodeText', () => {
  it('reads UTF-8 with a byte-order mark, leaving the mark out', () => {
    expect(decode([0xef, 0xbb, 0xbf, ...utf8(TEXT)])).toEqual({
      text: TEXT,
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads UTF-8 without a byte-order mark', () => {
    expect(decode(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decode([0xff, 0xfe, ...utf16(TEXT, 'le')])).toEqual({
      text: TEXT,
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decode([0xfe, 0xff, ...utf16(TEXT, 'be')])).toEqual({
      text: TEXT,
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(decode(utf16(TEXT, 'le'))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decode(utf16(TEXT, 'be'))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Müller – €5" as Excel on Windows saves it: ü = FC, en dash = 96, euro = 80.
    const bytes = [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x80, 0x35];
    expect(decode(bytes)).toEqual({ text: 'Müller – €5', encoding: 'windows-1252', bom: false });
  });

  it('refuses an empty file, and one holding only a mark or blank lines', () => {
    expect(refusal([])).toBe('The file is empty.');
    expect(refusal([0xef, 0xbb, 0xbf])).toBe('The file is empty.');
    expect(refusal(utf8(' \r\n\n'))).toBe('The file is empty.');
  });

  it('refuses binary data', () => {
    const binary = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff];
    expect(refusal(binary)).toMatch(/does not look like a text file/);
  });

  it('refuses a zip file (such as an XLSX workbook) with a hint', () => {
    expect(refusal([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])).toMatch(/Excel workbook/);
  });

  it('refuses UTF-8 marked text that is not UTF-8, and UTF-16 cut mid-character', () => {
    expect(refusal([0xef, 0xbb, 0xbf, 0x41, 0xfc, 0x42])).toMatch(/marked as UTF-8/);
    expect(refusal([0xff, 0xfe, 0x41, 0x00, 0x42])).toMatch(/truncated/);
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(() => decode(utf8('Name\nAcme\n'), 5)).toThrow(/files up to/);
  });
});
