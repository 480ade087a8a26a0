// writeOutput: a file written from parts as they are made, all of it or nothing.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/errors';
import { namedFile, writeOutput } from '../../../electron/cli/io';
import { put, useTempDir } from './cli-kit';

const tmp = useTempDir();

const MIB = 1024 * 1024;

describe('writeOutput', () => {
  it('writes parts of every size as they come, text as UTF-8', async () => {
    const out = namedFile('out.txt', tmp.dir);
    function* parts(): Generator<string | Uint8Array> {
      yield 'Größe ';
      yield new Uint8Array([0x41, 0x42]);
      // Past the 4 MiB gathered before a write, and a part larger than that on its own.
      for (let i = 0; i < 3; i += 1) yield 'x'.repeat(2 * MIB);
      yield 'y'.repeat(5 * MIB);
      yield ',';
    }
    await writeOutput(out, parts(), false);
    const written = await readFile(out.path);
    expect(written.length).toBe(8 + 2 + 6 * MIB + 5 * MIB + 1);
    expect(written.subarray(0, 10).toString('utf8')).toBe('Größe AB');
    expect(written.at(-1)).toBe(0x2c);
    expect(await readdir(tmp.dir)).toEqual(['out.txt']);
  });

  it('leaves nothing when a part cannot be made, and says why', async () => {
    const out = namedFile('out.txt', tmp.dir);
    function* parts(): Generator<string> {
      yield 'x'.repeat(5 * MIB);
      throw new Error('The workbook is too large.');
    }
    const failed = writeOutput(out, parts(), false);
    await expect(failed).rejects.toThrow(new CliError('out.txt: The workbook is too large.'));
    expect(await readdir(tmp.dir)).toEqual([]);
  });

  it('stops at the limit, leaving the file that was there', async () => {
    await put(tmp.dir, 'out.txt', 'before');
    const out = namedFile('out.txt', tmp.dir);
    const limit = { maxBytes: 10, tooLarge: 'more than 10 bytes.' };
    await writeOutput(out, ['0123456789'], true, limit);
    expect(await readFile(path.join(tmp.dir, 'out.txt'), 'utf8')).toBe('0123456789');
    const failed = writeOutput(out, ['01234', '56789', 'é'], true, limit);
    await expect(failed).rejects.toThrow(new CliError('out.txt: more than 10 bytes.'));
    expect(await readdir(tmp.dir)).toEqual(['out.txt']);
    expect(await readFile(path.join(tmp.dir, 'out.txt'), 'utf8')).toBe('0123456789');
  });
});
