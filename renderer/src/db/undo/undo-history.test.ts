import { describe, expect, it } from 'vitest';
import type { RecordChange } from './change-capture';
import { packCaptured } from './packed-changes';
import { changesOf, COALESCE_MS, UndoHistory } from './undo-history';

const edit = (key: string, before: string, after: string): RecordChange => ({
  table: 'partners',
  key,
  before: { id: key, name: before },
  after: { id: key, name: after },
});

describe('the undo history’s stacks', () => {
  it('keeps the latest changes up to its limit, newest on top', () => {
    const history = new UndoHistory(100, () => 0);
    for (let n = 0; n < 130; n += 1) history.record(`Change ${n}`, [edit(`p${n}`, 'a', 'b')]);
    expect(history.state()).toEqual({ undoLabel: 'Change 129', redoLabel: undefined, depth: 100 });
    const top = history.nextUndo();
    if (!top) throw new Error('empty');
    history.undid(top);
    expect(history.state()).toEqual({
      undoLabel: 'Change 128',
      redoLabel: 'Change 129',
      depth: 99,
    });
  });

  it('records nothing for a write that changed nothing, and clears redo on a new change', () => {
    let now = 0;
    const history = new UndoHistory(100, () => now);
    expect(history.record('Edit partner', [edit('p', 'same', 'same')])).toBeUndefined();
    expect(history.record('Edit partner', [])).toBeUndefined();
    const first = history.record('Add partner', [
      { table: 'partners', key: 'p', before: undefined, after: { id: 'p' } },
    ]);
    if (!first) throw new Error('not recorded');
    history.undid(first);
    expect(history.state().redoLabel).toBe('Add partner');
    now = COALESCE_MS * 10;
    history.record('Add goal', [{ table: 'companyGoals', key: 'g', before: undefined, after: {} }]);
    expect(history.state()).toEqual({ undoLabel: 'Add goal', redoLabel: undefined, depth: 1 });
  });

  it('makes one change of quick saves of the same record, and two of slow ones', () => {
    let now = 0;
    const history = new UndoHistory(100, () => now);
    history.record('Rename partner to “Ac”', [edit('p', 'A', 'Ac')]);
    now = COALESCE_MS - 1;
    history.record('Rename partner to “Acme”', [edit('p', 'Ac', 'Acme')]);
    expect(history.state()).toMatchObject({ undoLabel: 'Rename partner to “Acme”', depth: 1 });
    expect(history.nextUndo()?.changes).toEqual([edit('p', 'A', 'Acme')]);
    now += COALESCE_MS + 1;
    history.record('Edit partner', [edit('p', 'Acme', 'Acme AS')]);
    expect(history.state().depth).toBe(2);
    // Another record, or a change that is not an edit, is never folded in.
    history.record('Edit partner', [edit('q', 'B', 'Bo')]);
    history.record('Delete partner', [{ ...edit('q', 'Bo', 'Bo'), after: undefined }]);
    expect(history.state().depth).toBe(4);
  });

  it('drops a change that can no longer apply, and forgets everything on clear', () => {
    const history = new UndoHistory(100, () => 0);
    history.record('One', [edit('a', '1', '2')]);
    const two = history.record('Two', [edit('b', '1', '2')]);
    if (!two) throw new Error('not recorded');
    history.drop(two);
    expect(history.state().undoLabel).toBe('One');
    history.clear();
    expect(history.state()).toEqual({ undoLabel: undefined, redoLabel: undefined, depth: 0 });
  });

  it('keeps an import’s packed changes, never folds an edit into it, and unpacks them as recorded', () => {
    const history = new UndoHistory(100, () => 0);
    const changes = [edit('a', 'Ann', 'Anna'), { ...edit('b', '', 'Bo'), before: undefined }];
    const recording = packCaptured({ changes, bytes: 0, complete: true });
    const entry = history.recordWritten('Import 2 partners from accounts.csv', recording);
    if (!entry) throw new Error('not recorded');
    expect(entry.changes).toEqual([]);
    expect(changesOf(entry)).toEqual(changes);
    // An edit of the same record a moment later is a change of its own.
    history.record('Rename partner to “Annie”', [edit('a', 'Anna', 'Annie')]);
    expect(history.state().depth).toBe(2);
    expect(history.recordWritten('Import nothing', { kind: 'none' })).toBeUndefined();
  });

  it('lists a change too large to keep, saying so in its label', () => {
    const history = new UndoHistory(100, () => 0);
    const entry = history.recordWritten('Import 3 partners from big.csv', {
      kind: 'too-large',
      limit: 64 * 1024 * 1024,
    });
    expect(entry?.tooLarge).toBe(
      'it changed more than 64 MB of records, more than the undo history keeps for one change',
    );
    expect(history.state().undoLabel).toBe('Import 3 partners from big.csv (too large to undo)');
  });

  it('drops the oldest changes while the packed ones hold more than its byte limit', () => {
    const packedOf = (key: string) =>
      packCaptured({ changes: [edit(key, 'a', 'b')], bytes: 0, complete: true });
    const one = packedOf('p');
    const size = one.kind === 'changes' ? one.packed.byteLength : 0;
    const history = new UndoHistory(100, () => 0, 2 * size);
    history.record('Edit', [edit('e', 'x', 'y')]);
    history.recordWritten('First', one);
    history.recordWritten('Second', packedOf('q'));
    expect(history.state().depth).toBe(3);
    // A third packed change is one too many: the oldest changes go until the rest fit.
    history.recordWritten('Third', packedOf('r'));
    expect(history.state()).toEqual({ undoLabel: 'Third', redoLabel: undefined, depth: 2 });
  });
});
