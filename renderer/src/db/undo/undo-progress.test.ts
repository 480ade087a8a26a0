import { describe, expect, it } from 'vitest';
import { chunksOf, UndoProgress } from './undo-progress';

describe('undo progress', () => {
  it('cuts records into pieces in order, the last one shorter', () => {
    const items = Array.from({ length: 7 }, (_, index) => index);
    expect(chunksOf(items, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunksOf([], 3)).toEqual([]);
    expect(chunksOf(Array.from({ length: 2_500 }), 1_000).map((c) => c.length)).toEqual([
      1_000, 1_000, 500,
    ]);
  });

  it('counts records checked, then written, out of the records the check says are written', () => {
    const heard: string[] = [];
    const progress = new UndoProgress(4, (done, total) => heard.push(`${done}/${total}`));
    progress.add(3);
    progress.add(1);
    // Of 4 records checked, 3 are written back (an append-only one stays).
    progress.planned(3);
    progress.add(2);
    progress.add(1);
    progress.finished();
    expect(heard).toEqual(['3/8', '4/8', '4/7', '6/7', '7/7', '7/7']);
  });

  it('never counts past the whole', () => {
    const heard: number[] = [];
    const progress = new UndoProgress(1, (done) => heard.push(done));
    progress.add(5);
    expect(heard).toEqual([2]);
  });
});
