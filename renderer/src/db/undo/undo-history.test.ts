import { describe, expect, it } from 'vitest';
import type { RecordChange } from './change-capture';
import { COALESCE_MS, UndoHistory } from './undo-history';

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
});
