/**
 * Where the main window was: its size and position (the normal bounds, as they were before any
 * maximising) and whether it was maximised, kept as a small JSON file in userData and given back to
 * the next window. The file is validated when read; a damaged, foreign or missing file means the
 * default size, centred. Bounds are fitted to the displays there are now, so a window last seen on
 * a monitor that has since been unplugged comes back on screen instead of off it.
 * Runs in the Electron main process; storage, displays and timers are passed in, so tests use fakes.
 */
import { z } from 'zod';
import type { TextFileStorage } from './text-file-storage';
import type { Timers } from './window';

/** The name of the state's file in userData. */
export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/** How long moving or resizing must pause before the state is written. */
export const SAVE_DELAY_MS = 500;

/** A rectangle in screen coordinates (Electron's Rectangle). */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window's remembered state. */
export interface WindowState {
  /** The normal (not maximised) bounds. */
  bounds: Rectangle;
  maximized: boolean;
}

// Coordinates past ±100,000 pixels or sizes past that are no screen's: a damaged or edited file.
const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);

const windowStateFileSchema = z
  .object({
    version: z.literal(1),
    bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }).strict(),
    maximized: z.boolean(),
  })
  .strict();

/** The state in a stored text, or undefined when it is not JSON or not of the expected shape. */
export function parseWindowState(text: string): WindowState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = windowStateFileSchema.safeParse(json);
  return parsed.success
    ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized }
    : undefined;
}

/** The text stored for a state. */
export function serializeWindowState(state: WindowState): string {
  const { x, y, width, height } = state.bounds;
  const rounded = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
  return `${JSON.stringify({ version: 1, bounds: rounded, maximized: state.maximized }, null, 2)}\n`;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/** The smallest size the window may have (its minWidth and minHeight). */
export interface MinimumSize {
  width: number;
  height: number;
}

/**
 * The bounds fitted to the displays' work areas (primary first): moved wholly onto the display it
 * overlaps most, or centred on the primary display when it overlaps none, and shrunk to fit that
 * display (never below the minimum size, unless the display itself is smaller).
 * Undefined when there are no displays to fit to.
 */
export function fitToDisplays(
  bounds: Rectangle,
  workAreas: readonly Rectangle[],
  minimum: MinimumSize,
): Rectangle | undefined {
  const [primary] = workAreas;
  if (primary === undefined) return undefined;
  let target = primary;
  let best = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > best) {
      best = overlap;
      target = area;
    }
  }
  const width = Math.min(Math.max(bounds.width, minimum.width), target.width);
  const height = Math.min(Math.max(bounds.height, minimum.height), target.height);
  if (best === 0) {
    return {
      x: target.x + Math.round((target.width - width) / 2),
      y: target.y + Math.round((target.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: clamp(bounds.x, target.x, target.x + target.width - width),
    y: clamp(bounds.y, target.y, target.y + target.height - height),
    width,
    height,
  };
}

/** Where and how the next window opens: bounds for its constructor, and whether to maximise it. */
export interface WindowPlacement {
  /** Absent when nothing valid was stored: the window takes its default size, centred. */
  bounds?: Rectangle;
  maximized: boolean;
}

/** The window members tracking uses (BrowserWindow's). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** The remembered state, read once at start, and written back as the window changes. */
export class WindowStateKeeper<H> {
  private state: WindowState | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: TextFileStorage,
    private readonly timers: Timers<H>,
  ) {}

  /** Reads the stored state. Never rejects: a missing, unreadable or damaged file is ignored. */
  async load(): Promise<void> {
    try {
      const text = await this.storage.read();
      if (text === undefined) return;
      this.state = parseWindowState(text);
      if (this.state === undefined) {
        this.storage.warn('The saved window position was ignored because it is not valid.');
      }
    } catch (error) {
      this.storage.warn(`The saved window position could not be read: ${String(error)}`);
    }
  }

  /** Where the next window opens, fitted to the displays' work areas (primary first). */
  placement(workAreas: readonly Rectangle[], minimum: MinimumSize): WindowPlacement {
    if (this.state === undefined) return { maximized: false };
    const bounds = fitToDisplays(this.state.bounds, workAreas, minimum);
    return bounds === undefined
      ? { maximized: this.state.maximized }
      : { bounds, maximized: this.state.maximized };
  }

  /** Saves the window's state after it moves or resizes (once it settles) and when it closes. */
  track(win: TrackedWindow): void {
    let timer: H | undefined;
    const capture = (): void => {
      if (timer !== undefined) this.timers.clearTimeout(timer);
      timer = undefined;
      if (win.isDestroyed()) return;
      this.save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    };
    const later = (): void => {
      if (timer !== undefined) this.timers.clearTimeout(timer);
      timer = this.timers.setTimeout(capture, SAVE_DELAY_MS);
    };
    win.on('resize', later);
    win.on('move', later);
    win.on('maximize', capture);
    win.on('unmaximize', capture);
    win.on('close', capture);
  }

  /** Resolves once every save so far is written (for quitting and for tests). */
  saved(): Promise<void> {
    return this.writes;
  }

  private save(state: WindowState): void {
    this.state = state;
    const text = serializeWindowState(state);
    // One write at a time, in order, so that the last state is the one that stays.
    this.writes = this.writes
      .then(() => this.storage.write(text))
      .catch((error: unknown) => {
        this.storage.warn(`The window position could not be saved: ${String(error)}`);
      });
  }
}
