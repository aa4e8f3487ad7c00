import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../shared/node/files/atomic-write.ts';
import { MIN_WINDOW_SIZE } from './window.ts';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The main window's size and place, remembered between sessions. */
export interface WindowState {
  width: number;
  height: number;
  /** Left out when the window should be centred by the system. */
  x?: number;
  y?: number;
  maximized: boolean;
}

/** First start, or a remembered state that cannot be used. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

/** Name of the state file inside the app data folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

const storedState = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});

/** Reads a stored state; anything damaged or missing gives the default. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE };
  try {
    const parsed = storedState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** The state to remember for a window: its normal (not maximized) bounds and whether it is maximized. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return { ...roundRect(normalBounds), maximized };
}

function roundRect(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits a remembered state to the displays there are now (`workAreas`, the
 * first being the primary): a window left on a monitor that was unplugged
 * is centred on the primary one, and a window larger than its display
 * shrinks and moves to fit inside it, so its title bar is always reachable.
 */
export function clampWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const fit = (area: Rect) => ({
    width: Math.max(Math.min(state.width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width)),
    height: Math.max(Math.min(state.height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height)),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fit(primary), maximized: state.maximized };
  }
  const rect: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o > bestOverlap) {
      best = area;
      bestOverlap = o;
    }
  }
  if (!best) return { ...fit(primary), maximized: state.maximized };
  const size = fit(best);
  const x = Math.min(Math.max(state.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(state.y, best.y), best.y + best.height - size.height);
  return { ...size, x, y, maximized: state.maximized };
}

/** Loads the remembered state from `file` (default state if missing or damaged). */
export async function readWindowState(file: string): Promise<WindowState> {
  try {
    return parseWindowState(await readFile(file, 'utf8'));
  } catch {
    return parseWindowState(null);
  }
}

/** Stores the state in `file`, atomically (the app may be quitting). */
export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(state)}\n`, { keepBackup: false });
}
