import { describe, expect, it } from 'vitest';
import { fsError, MemoryFileSystem } from '../file-system-test-kit';
import { BackupFolder } from './backup-folder';

const DIR = '/data/backups';
const WORKBOOK = '10000000-0000-4000-8000-000000000001';
const OTHER = '10000000-0000-4000-8000-000000000002';
const bytes = (text: string) => new TextEncoder().encode(text);

function setup(start = Date.parse('2026-11-29T08:00:00.000Z')) {
  const fs = new MemoryFileSystem();
  let clock = start;
  let suffix = 0;
  const folder = new BackupFolder({
    fs,
    dir: DIR,
    now: () => new Date(clock),
    uniqueSuffix: () => `t${++suffix}`,
  });
  const advance = (minutes: number) => {
    clock += minutes * 60_000;
  };
  // As a backup's upload does: room made, the snapshot written whole and flushed, then committed.
  const write = async (workbookId = WORKBOOK, text = '{"format":"partnerbook"}') => {
    const backup = {
      workbookId,
      workbookName: 'EMEA resellers',
      counts: { partners: 2, contacts: 1 },
      reason: 'scheduled' as const,
    };
    const content = bytes(text);
    const prepared = await folder.prepare(backup, content.byteLength);
    if (!prepared.ok) return prepared;
    await fs.writeNewFileFlushed(prepared.value, content);
    return folder.commit(prepared.value, content.byteLength, backup);
  };
  return { fs, folder, advance, write };
}

describe('BackupFolder', () => {
  it('renames the flushed snapshot into place, then writes its description the same way', async () => {
    const { fs, write } = setup();
    const result = await write();
    expect(result).toEqual({
      ok: true,
      value: {
        id: `${WORKBOOK}--20261129T080000000Z`,
        workbookId: WORKBOOK,
        workbookName: 'EMEA resellers',
        createdAt: '2026-11-29T08:00:00.000Z',
        bytes: 24,
        counts: { partners: 2, contacts: 1 },
        reason: 'scheduled',
      },
    });
    const id = `${WORKBOOK}--20261129T080000000Z`;
    // (Then the prune reads the descriptions back.)
    expect(fs.log.filter((entry) => !entry.startsWith('read'))).toEqual([
      `write ${DIR}/.backup.t1.partnerbook.tmp`,
      `rename ${DIR}/.backup.t1.partnerbook.tmp -> ${DIR}/${id}.partnerbook`,
      `write ${DIR}/.${id}.json.t2.tmp`,
      `rename ${DIR}/.${id}.json.t2.tmp -> ${DIR}/${id}.json`,
    ]);
    expect([...fs.flushed]).toEqual([
      `${DIR}/.backup.t1.partnerbook.tmp`,
      `${DIR}/.${id}.json.t2.tmp`,
    ]);
    expect(fs.text(`${DIR}/${id}.partnerbook`)).toBe('{"format":"partnerbook"}');
  });

  it('lists whole backups newest first, by workbook, and knows where each snapshot is', async () => {
    const { fs, folder, advance, write } = setup();
    await write();
    advance(15);
    await write(OTHER);
    advance(15);
    await write(WORKBOOK, '{"second":true}');
    const mine = await folder.list(WORKBOOK);
    expect(mine.map((info) => info.createdAt)).toEqual([
      '2026-11-29T08:30:00.000Z',
      '2026-11-29T08:00:00.000Z',
    ]);
    expect(await folder.list()).toHaveLength(3);
    expect(fs.text(folder.snapshotPath(mine[0]?.id ?? ''))).toBe('{"second":true}');
  });

  it('leaves nothing behind when the snapshot cannot be renamed into place', async () => {
    const { fs, folder, write } = setup();
    fs.failRename = 'EACCES';
    expect(await write()).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message:
          'The backup of “EMEA resellers” could not be written because you do not have permission, or the file is open in another program.',
      },
    });
    expect([...fs.files.keys()]).toEqual([]);
    expect(await folder.list()).toEqual([]);
  });

  it('leaves nothing behind when the description cannot be written', async () => {
    const { fs, folder, write } = setup();
    const writeNewFileFlushed = fs.writeNewFileFlushed.bind(fs);
    fs.writeNewFileFlushed = (filePath, content) =>
      filePath.endsWith('.json.t2.tmp')
        ? Promise.reject(fsError('ENOSPC'))
        : writeNewFileFlushed(filePath, content);
    expect(await write()).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: 'The backup of “EMEA resellers” could not be written because the disk is full.',
      },
    });
    expect([...fs.files.keys()]).toEqual([]);
    expect(await folder.list()).toEqual([]);
  });

  it('ignores a snapshot whose description never got written, and a forged description', async () => {
    const { fs, folder, write } = setup();
    await write();
    const [info] = await folder.list();
    if (!info) throw new Error('expected a backup');
    // A crash between the two renames leaves a snapshot without a description.
    fs.files.delete(`${DIR}/${info.id}.json`);
    // A description renamed to stand for another backup is not believed.
    fs.files.set(`${DIR}/${OTHER}--20261129T080000000Z.json`, bytes(JSON.stringify(info)));
    expect(await folder.list()).toEqual([]);
  });

  it('refuses before writing when the disk has too little room', async () => {
    const { fs, write } = setup();
    fs.free = 10 * 1024 * 1024;
    const result = await write();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('no-space');
      expect(result.error.message).toMatch(/the disk has 10 MB free, and it needs 64 MB/);
    }
    expect(fs.log).toEqual([]);
  });

  it('keeps the last 10 of a workbook written every 15 minutes, and others untouched', async () => {
    const { folder, advance, write } = setup();
    await write(OTHER);
    for (let i = 0; i < 13; i += 1) {
      advance(15);
      await write();
    }
    const mine = await folder.list(WORKBOOK);
    expect(mine).toHaveLength(10);
    expect(mine.at(-1)?.createdAt).toBe('2026-11-29T09:00:00.000Z');
    expect(await folder.list(OTHER)).toHaveLength(1);
  });

  it('keeps one a day for 14 days', async () => {
    const { folder, advance, write } = setup(Date.parse('2026-11-01T09:00:00.000Z'));
    // Three backups a day for 20 days.
    for (let day = 0; day < 20; day += 1) {
      for (let i = 0; i < 3; i += 1) {
        await write();
        advance(60);
      }
      advance(21 * 60);
    }
    const days = new Set((await folder.list(WORKBOOK)).map((info) => info.createdAt.slice(0, 10)));
    // The last backup was on the 20th: the 7th to the 20th each keep one.
    expect([...days].sort()).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-11-${String(7 + i).padStart(2, '0')}`),
    );
  });
});
