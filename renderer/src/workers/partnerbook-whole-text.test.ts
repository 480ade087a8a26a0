import { describe, expect, it } from 'vitest';
import { MAX_PARTNERBOOK_CHARS } from '../../../shared/files/partnerbook/format';
import { cutStream } from './byte-stream-test-kit';
import { readWholeText, type WholeText } from './partnerbook-whole-text';

const FILE = 'theirs.partnerbook';
const bytesOf = (text: string) => new TextEncoder().encode(text);

const problemsOf = (read: WholeText) =>
  'problems' in read ? read.problems.toArray().map((problem) => problem.message) : [];

describe('readWholeText', () => {
  it('reads a stream whole, characters split between pieces included', async () => {
    const text = '{"name":"Zoë 東京 🚀"}';
    const bytes = bytesOf(text);
    // Every cut: each character of more than one byte is split somewhere.
    const cuts = Array.from({ length: bytes.byteLength }, (_, at) => at);
    const { stream, seen } = cutStream(bytes, cuts);
    expect(await readWholeText({ size: bytes.byteLength, stream }, FILE, 'merge')).toEqual({
      text,
    });
    expect(seen.pulled).toBe(bytes.byteLength);
    expect(await readWholeText(new Blob([bytes]), FILE, 'merge')).toEqual({ text });
  });

  it('refuses bytes that are not UTF-8, and a character cut at the end', async () => {
    const notUtf8 = [
      'theirs.partnerbook: the file is not UTF-8 text, so it is not a workbook file (or it is damaged).',
    ];
    const broken = new Uint8Array([0x7b, 0xff, 0x7d]);
    const fromStream = cutStream(broken, [1, 2]);
    const read = await readWholeText({ size: 3, stream: fromStream.stream }, FILE, 'merge');
    expect(problemsOf(read)).toEqual(notUtf8);
    expect(problemsOf(await readWholeText(new Blob([broken]), FILE, 'open'))).toEqual(notUtf8);
    const cut = bytesOf('{"a":"é').slice(0, -1);
    const cutOff = cutStream(cut, [3]);
    expect(
      problemsOf(
        await readWholeText({ size: cut.byteLength, stream: cutOff.stream }, FILE, 'open'),
      ),
    ).toEqual(notUtf8);
  });

  it('refuses a file past one string unread, saying what to do for a merge', async () => {
    const { stream, seen } = cutStream(bytesOf('{}'), []);
    const merge = await readWholeText({ size: MAX_PARTNERBOOK_CHARS + 1, stream }, FILE, 'merge');
    expect(problemsOf(merge)).toEqual([
      'theirs.partnerbook: the file is too large to merge (501 MiB; merging reads a workbook file of at most 500 MiB). Open it as a workbook of its own instead.',
    ]);
    expect(seen).toEqual({ pulled: 0, cancelled: true });
    const open = await readWholeText(
      { size: MAX_PARTNERBOOK_CHARS + 1, stream: cutStream(bytesOf('{}'), []).stream },
      FILE,
      'open',
    );
    expect(problemsOf(open)).toEqual([
      'theirs.partnerbook: the file is too large to open (501 MiB; a workbook file holds at most 500 MiB).',
    ]);
  });

  it('passes a failed read on as it is, not as bytes that are not UTF-8', async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        controller.error(new Error('theirs.partnerbook could not be read to its end.'));
      },
    });
    await expect(readWholeText({ size: 10, stream: failing }, FILE, 'merge')).rejects.toThrow(
      'theirs.partnerbook could not be read to its end.',
    );
  });
});
