// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRovingList } from './use-roving-list';

afterEach(cleanup);

function List(props: {
  names: string[];
  onOpen: (name: string) => void;
  onDelete: (name: string) => void;
}) {
  const ref = useRef<HTMLUListElement>(null);
  const { rowProps } = useRovingList({
    count: props.names.length,
    containerRef: ref,
    pageSize: 2,
    onOpen: (index) => props.onOpen(props.names[index] ?? ''),
    onDelete: (index) => props.onDelete(props.names[index] ?? ''),
  });
  return (
    <ul ref={ref} aria-label="Names">
      {props.names.map((name, index) => (
        <li key={name} {...rowProps(index)}>
          {name}
        </li>
      ))}
    </ul>
  );
}

const NAMES = ['Aurora', 'Borealis', 'Cobalt', 'Dune', 'Ember'];

describe('useRovingList', () => {
  it('keeps one row in the tab order and moves it with the keys', () => {
    render(<List names={NAMES} onOpen={vi.fn()} onDelete={vi.fn()} />);
    const row = (name: string) => screen.getByText(name);
    expect(NAMES.map((name) => row(name).tabIndex)).toEqual([0, -1, -1, -1, -1]);
    row('Aurora').focus();
    fireEvent.keyDown(row('Aurora'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('Borealis'));
    fireEvent.keyDown(row('Borealis'), { key: 'PageDown' });
    expect(document.activeElement).toBe(row('Dune'));
    fireEvent.keyDown(row('Dune'), { key: 'End' });
    expect(document.activeElement).toBe(row('Ember'));
    fireEvent.keyDown(row('Ember'), { key: 'Home' });
    expect(document.activeElement).toBe(row('Aurora'));
    fireEvent.keyDown(row('Aurora'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(row('Aurora'));
    expect(NAMES.map((name) => row(name).tabIndex)).toEqual([0, -1, -1, -1, -1]);
  });

  it('opens with Enter and deletes with Delete, then focuses the row that took its place', () => {
    const onOpen = vi.fn();
    const onDelete = vi.fn();
    const { rerender } = render(<List names={NAMES} onOpen={onOpen} onDelete={onDelete} />);
    const cobalt = screen.getByText('Cobalt');
    cobalt.focus();
    fireEvent.keyDown(cobalt, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('Cobalt');
    fireEvent.keyDown(cobalt, { key: 'Delete' });
    expect(onDelete).toHaveBeenCalledExactlyOnceWith('Cobalt');
    rerender(
      <List names={NAMES.filter((n) => n !== 'Cobalt')} onOpen={onOpen} onDelete={onDelete} />,
    );
    expect(document.activeElement).toBe(screen.getByText('Dune'));
    expect(screen.getByText('Dune').tabIndex).toBe(0);
  });

  it('moves to the new last row when the last row is deleted', () => {
    const { rerender } = render(<List names={NAMES} onOpen={vi.fn()} onDelete={vi.fn()} />);
    const ember = screen.getByText('Ember');
    ember.focus();
    fireEvent.keyDown(ember, { key: 'Delete' });
    rerender(<List names={NAMES.slice(0, 4)} onOpen={vi.fn()} onDelete={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByText('Dune'));
  });

  it('leaves keys typed in a control inside a row to that control', () => {
    const onDelete = vi.fn();
    function WithButton() {
      const ref = useRef<HTMLUListElement>(null);
      const { rowProps } = useRovingList({ count: 1, containerRef: ref, onDelete });
      return (
        <ul ref={ref}>
          <li {...rowProps(0)}>
            <button type="button">Edit</button>
          </li>
        </ul>
      );
    }
    render(<WithButton />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Edit' }), { key: 'Delete' });
    expect(onDelete).not.toHaveBeenCalled();
  });
});
