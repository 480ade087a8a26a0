import { describe, expect, it } from 'vitest';
import { isInfluentialOpponent, stakeholderGrid, type Influence, type Stance } from './stakeholder';

const person = (name: string, influence: Influence, stance: Stance) => ({
  name,
  influence,
  stance,
});

describe('stakeholderGrid', () => {
  const people = [
    person('Ben', 'high', 'skeptic'),
    person('Ana', 'high', 'champion'),
    person('Cara', 'high', 'blocker'),
    person('Dev', 'medium', 'skeptic'),
    person('Eve', 'low', 'blocker'),
    person('Abe', 'high', 'skeptic'),
    person('Fay', 'medium', 'neutral'),
  ];
  const grid = stakeholderGrid(people);
  const names = (influence: number, stance: number) =>
    grid.rows[influence]?.cells[stance]?.stakeholders.map((s) => s.name);

  it('lays out rows high to low and cells champion to blocker', () => {
    expect(grid.rows.map((row) => row.influence)).toEqual(['high', 'medium', 'low']);
    expect(grid.rows[0]?.cells.map((cell) => cell.stance)).toEqual([
      'champion',
      'supporter',
      'neutral',
      'skeptic',
      'blocker',
    ]);
  });

  it('places each stakeholder once, in name order within a cell', () => {
    expect(names(0, 0)).toEqual(['Ana']);
    expect(names(0, 3)).toEqual(['Abe', 'Ben']);
    expect(names(0, 4)).toEqual(['Cara']);
    expect(names(1, 2)).toEqual(['Fay']);
    expect(names(1, 3)).toEqual(['Dev']);
    expect(names(2, 4)).toEqual(['Eve']);
    const placed = grid.rows.flatMap((row) => row.cells).flatMap((cell) => cell.stakeholders);
    expect(placed).toHaveLength(people.length);
  });

  it('flags only the high-influence skeptic and blocker cells and the people in them', () => {
    const flagged = grid.rows
      .flatMap((row) => row.cells)
      .filter((cell) => cell.flagged)
      .map((cell) => `${cell.influence}/${cell.stance}`);
    expect(flagged).toEqual(['high/skeptic', 'high/blocker']);
    expect(grid.influentialOpponents.map((s) => s.name)).toEqual(['Abe', 'Ben', 'Cara']);
    expect(isInfluentialOpponent({ influence: 'medium', stance: 'blocker' })).toBe(false);
    expect(isInfluentialOpponent({ influence: 'high', stance: 'neutral' })).toBe(false);
  });

  it('gives an empty grid of fifteen cells for no stakeholders', () => {
    const empty = stakeholderGrid([]);
    expect(empty.rows.flatMap((row) => row.cells)).toHaveLength(15);
    expect(empty.influentialOpponents).toEqual([]);
  });
});
