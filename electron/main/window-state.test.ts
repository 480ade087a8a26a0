import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeTimers, memoryTextFileStorage } from './file-system-test-kit';
import { nodeTextFileStorage } from './text-file-storage';
import {
  fitToDisplays,
  parseWindowState,
  SAVE_DELAY_MS,
  serializeWindowState,
  WindowStateKeeper,
  type Rectangle,
  type TrackedWindow,
} from './window-state';
import { MAIN_WINDOW_MINIMUM } from './window';

/** A 1920x1080 primary display (its work area below a 40 px menu bar) and a second one to its right. */
const PRIMARY: Rectangle = { x: 0, y: 40, width: 1920, height: 1040 };
const RIGHT: Rectangle = { x: 1920, y: 0, width: 1280, height: 1024 };

const stored = (bounds: Rectangle, maximized = false) =>
  JSON.stringify({ version: 1, bounds, maximized });

/** Behaves like a BrowserWindow as far as tracking goes: the test moves and maximises it. */
class FakeTrackedWindow implements TrackedWindow {
  bounds: Rectangle = { x: 100, y: 100, width: 1280, height: 800 };
  maximized = false;
  destroyed = false;
  private readonly listeners = new Map<string, (() => void)[]>();

  on(event: string, listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

async function keeperWith(text?: string) {
  const storage = memoryTextFileStorage(text);
  const timers = new FakeTimers();
  const keeper = new WindowStateKeeper(storage, timers);
  await keeper.load();
  return { storage, timers, keeper };
}

describe('window state: restore', () => {
  it('restores the remembered bounds on a display that shows them whole', async () => {
    const bounds = { x: 200, y: 120, width: 1100, height: 750 };
    const { keeper } = await keeperWith(stored(bounds));
    expect(keeper.placement([PRIMARY, RIGHT], MAIN_WINDOW_MINIMUM)).toEqual({
      bounds,
      maximized: false,
    });
  });

  it('restores a window on the second display where it was', async () => {
    const bounds = { x: 2000, y: 50, width: 1000, height: 700 };
    const { keeper } = await keeperWith(stored(bounds));
    expect(keeper.placement([PRIMARY, RIGHT], MAIN_WINDOW_MINIMUM).bounds).toEqual(bounds);
  });

  it('restores a maximised window as maximised, over its normal bounds', async () => {
    const bounds = { x: 10, y: 50, width: 1000, height: 700 };
    const { keeper } = await keeperWith(stored(bounds, true));
    expect(keeper.placement([PRIMARY], MAIN_WINDOW_MINIMUM)).toEqual({ bounds, maximized: true });
  });

  it('opens at the default size, centred, when nothing was stored', async () => {
    const { keeper, storage } = await keeperWith();
    expect(keeper.placement([PRIMARY], MAIN_WINDOW_MINIMUM)).toEqual({ maximized: false });
    expect(storage.warnings).toEqual([]);
  });
});

describe('window state: clamped to a visible display', () => {
  it('centres a window left on a display that is gone on the primary display', async () => {
    // Was on a monitor to the left that has been unplugged.
    const { keeper } = await keeperWith(stored({ x: -1500, y: 100, width: 1200, height: 800 }));
    // (1920 - 1200) / 2 = 360 across; 40 + (1040 - 800) / 2 = 160 down.
    expect(keeper.placement([PRIMARY, RIGHT], MAIN_WINDOW_MINIMUM).bounds).toEqual({
      x: 360,
      y: 160,
      width: 1200,
      height: 800,
    });
  });

  it('pulls a window hanging off an edge back wholly onto the display it overlaps most', () => {
    // Past the primary display's right and bottom edges, and above its work area's top.
    expect(
      fitToDisplays({ x: 1500, y: 20, width: 1000, height: 1300 }, [PRIMARY], MAIN_WINDOW_MINIMUM),
    ).toEqual({ x: 920, y: 40, width: 1000, height: 1040 });
    // Mostly on the right display (1280 - 100 = 1180 px of its 1200), so it moves onto that one.
    expect(
      fitToDisplays(
        { x: 2020, y: 100, width: 1200, height: 700 },
        [PRIMARY, RIGHT],
        MAIN_WINDOW_MINIMUM,
      ),
    ).toEqual({ x: 2000, y: 100, width: 1200, height: 700 });
  });

  it('shrinks a window larger than its display, and grows one below the minimum size', () => {
    expect(
      fitToDisplays({ x: 0, y: 0, width: 3000, height: 2000 }, [RIGHT], MAIN_WINDOW_MINIMUM),
    ).toEqual(RIGHT);
    expect(
      fitToDisplays({ x: 100, y: 100, width: 300, height: 200 }, [PRIMARY], MAIN_WINDOW_MINIMUM),
    ).toEqual({ x: 100, y: 100, width: 900, height: 600 });
  });

  it('keeps the maximised flag but no bounds when there is no display to fit to', async () => {
    const { keeper } = await keeperWith(stored({ x: 0, y: 0, width: 1000, height: 700 }, true));
    expect(keeper.placement([], MAIN_WINDOW_MINIMUM)).toEqual({ maximized: true });
  });
});

describe('window state: a corrupt file is ignored', () => {
  it.each([
    ['not JSON', '{"version":1,"bounds":'],
    ['another version', stored({ x: 0, y: 0, width: 1000, height: 700 }).replace('1', '2')],
    ['a negative size', stored({ x: 0, y: 0, width: -5, height: 700 })],
    ['a fractional coordinate', stored({ x: 0.5, y: 0, width: 1000, height: 700 })],
    ['an absurd coordinate', stored({ x: 1e9, y: 0, width: 1000, height: 700 })],
    [
      'a string for a number',
      '{"version":1,"bounds":{"x":"0","y":0,"width":9,"height":9},"maximized":false}',
    ],
    [
      'an extra key',
      '{"version":1,"bounds":{"x":0,"y":0,"width":9,"height":9},"maximized":false,"__proto__":{"polluted":1}}',
    ],
    ['no maximised flag', '{"version":1,"bounds":{"x":0,"y":0,"width":9,"height":9}}'],
  ])('%s', async (_name, text) => {
    const { keeper, storage } = await keeperWith(text);
    expect(keeper.placement([PRIMARY], MAIN_WINDOW_MINIMUM)).toEqual({ maximized: false });
    expect(storage.warnings).toEqual([
      'The saved window position was ignored because it is not valid.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a file that cannot be read', async () => {
    const storage = memoryTextFileStorage();
    storage.read = () => Promise.reject(new Error('EACCES: permission denied'));
    const keeper = new WindowStateKeeper(storage, new FakeTimers());
    await keeper.load();
    expect(keeper.placement([PRIMARY], MAIN_WINDOW_MINIMUM)).toEqual({ maximized: false });
    expect(storage.warnings).toEqual([
      'The saved window position could not be read: Error: EACCES: permission denied',
    ]);
  });

  it('reads what it writes', () => {
    const state = { bounds: { x: -20, y: 40, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });
});

describe('window state: tracking', () => {
  it('saves once moving or resizing has paused, not at every step', async () => {
    const { keeper, storage, timers } = await keeperWith();
    const win = new FakeTrackedWindow();
    keeper.track(win);
    win.bounds = { x: 150, y: 100, width: 1280, height: 800 };
    win.emit('move');
    timers.advance(SAVE_DELAY_MS - 1);
    win.bounds = { x: 300, y: 120, width: 1100, height: 800 };
    win.emit('resize');
    timers.advance(SAVE_DELAY_MS - 1);
    expect(storage.writes).toEqual([]);
    timers.advance(1);
    await keeper.saved();
    expect(storage.writes).toHaveLength(1);
    expect(parseWindowState(storage.text ?? '')).toEqual({
      bounds: { x: 300, y: 120, width: 1100, height: 800 },
      maximized: false,
    });
  });

  it('saves the normal bounds and the flag when maximised, and again at close', async () => {
    const { keeper, storage, timers } = await keeperWith();
    const win = new FakeTrackedWindow();
    keeper.track(win);
    win.maximized = true;
    win.emit('maximize');
    await keeper.saved();
    expect(parseWindowState(storage.text ?? '')).toEqual({
      bounds: { x: 100, y: 100, width: 1280, height: 800 },
      maximized: true,
    });
    win.maximized = false;
    win.bounds = { x: 5, y: 45, width: 1000, height: 650 };
    win.emit('move');
    win.emit('close');
    await keeper.saved();
    expect(parseWindowState(storage.text ?? '')).toEqual({
      bounds: { x: 5, y: 45, width: 1000, height: 650 },
      maximized: false,
    });
    // The pending save after the move was replaced by the one at close.
    expect(timers.size).toBe(0);
    // The next window opens where this one closed.
    expect(keeper.placement([PRIMARY], MAIN_WINDOW_MINIMUM)).toEqual({
      bounds: { x: 5, y: 45, width: 1000, height: 650 },
      maximized: false,
    });
  });

  it('reports a failed save without throwing, and saves nothing for a destroyed window', async () => {
    const { keeper, storage, timers } = await keeperWith();
    storage.write = () => Promise.reject(new Error('ENOSPC: no space left on device'));
    const win = new FakeTrackedWindow();
    keeper.track(win);
    win.emit('close');
    await keeper.saved();
    expect(storage.warnings).toEqual([
      'The window position could not be saved: Error: ENOSPC: no space left on device',
    ]);
    win.destroyed = true;
    win.emit('move');
    timers.advance(SAVE_DELAY_MS);
    await keeper.saved();
    expect(storage.warnings).toHaveLength(1);
  });

  it('keeps the state in a real file across runs', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'window-state-'));
    try {
      const file = path.join(dir, 'nested', 'window-state.json');
      const first = new WindowStateKeeper(nodeTextFileStorage(file), new FakeTimers());
      await first.load();
      const win = new FakeTrackedWindow();
      first.track(win);
      win.emit('close');
      await first.saved();
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        version: 1,
        bounds: { x: 100, y: 100, width: 1280, height: 800 },
        maximized: false,
      });
      const second = new WindowStateKeeper(nodeTextFileStorage(file), new FakeTimers());
      await second.load();
      expect(second.placement([PRIMARY], MAIN_WINDOW_MINIMUM).bounds).toEqual(win.bounds);
      await writeFile(file, 'garbage');
      const third = new WindowStateKeeper(
        nodeTextFileStorage(file, () => undefined),
        new FakeTimers(),
      );
      await third.load();
      expect(third.placement([PRIMARY], MAIN_WINDOW_MINIMUM)).toEqual({ maximized: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
