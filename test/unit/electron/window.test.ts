import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFileFromArgv } from '../../../electron/launch-file.ts';
import { MIN_WINDOW_SIZE, mainWindowOptions, secureWebPreferences } from '../../../electron/window.ts';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  captureWindowState,
  clampWindowState,
  parseWindowState,
  readWindowState,
  writeWindowState,
} from '../../../electron/window-state.ts';
import { windowTitle } from '../../../electron/window-title.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node.js and no webview', () => {
    const prefs = secureWebPreferences('/app/out/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('is what the main window uses', () => {
    const options = mainWindowOptions({ width: 1000, height: 700, x: 10, y: 20, maximized: false }, '/p.cjs');
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options).toMatchObject({ width: 1000, height: 700, x: 10, y: 20, show: false, minWidth: MIN_WINDOW_SIZE.width });
    expect(mainWindowOptions(DEFAULT_WINDOW_STATE, '/p.cjs')).not.toHaveProperty('x');
  });
});

describe('window title', () => {
  it('names the file and marks unsaved changes', () => {
    expect(windowTitle('acme.policy', false)).toBe('acme.policy — Policy Studio');
    expect(windowTitle('acme.policy', true)).toBe('• acme.policy — Policy Studio');
    expect(windowTitle(null, true)).toBe('• Untitled — Policy Studio');
    expect(windowTitle('  ', false)).toBe('Untitled — Policy Studio');
  });
});

describe('window state', () => {
  const laptop = { x: 0, y: 25, width: 1440, height: 875 };
  const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('reads a stored state and falls back to the default for anything damaged', () => {
    expect(parseWindowState('{"width":900,"height":700,"x":5,"y":6,"maximized":true}')).toEqual({ width: 900, height: 700, x: 5, y: 6, maximized: true });
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width":"big"}')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{oops')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a window that fits where it was', () => {
    const state = { width: 1000, height: 700, x: 1600, y: 100, maximized: false };
    expect(clampWindowState(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('centres a window left on a monitor that is gone on the primary display', () => {
    const state = { width: 1000, height: 700, x: 1600, y: 100, maximized: true };
    expect(clampWindowState(state, [laptop])).toEqual({ width: 1000, height: 700, maximized: true });
  });

  it('shrinks and moves a window so it fits its display', () => {
    const state = { width: 3000, height: 2000, x: -200, y: 500, maximized: false };
    expect(clampWindowState(state, [laptop])).toEqual({ width: 1440, height: 875, x: 0, y: 25, maximized: false });
    const halfOff = { width: 1000, height: 700, x: 1000, y: 600, maximized: false };
    expect(clampWindowState(halfOff, [laptop])).toEqual({ width: 1000, height: 700, x: 440, y: 200, maximized: false });
  });

  it('never makes a window smaller than the minimum unless the display is', () => {
    expect(clampWindowState({ width: 200, height: 100, maximized: false }, [laptop])).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
    expect(clampWindowState({ width: 1000, height: 800, maximized: false }, [{ x: 0, y: 0, width: 640, height: 400 }])).toMatchObject({ width: 640, height: 400 });
  });

  it('round-trips through the app data folder', async () => {
    const file = join(await tempDir(), 'nested', WINDOW_STATE_FILE);
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    const state = captureWindowState({ x: 10.4, y: 20.6, width: 999.5, height: 700 }, true);
    await writeWindowState(file, state);
    expect(await readWindowState(file)).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
    await writeFile(file, 'garbage');
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });
});

describe('launch file', () => {
  it('finds a .policy file on the command line, resolved against the working folder', () => {
    expect(policyFileFromArgv(['/opt/Policy Studio/policy-studio', '/home/me/acme.policy'], '/tmp')).toBe('/home/me/acme.policy');
    expect(policyFileFromArgv(['electron', '.', '--no-sandbox', 'docs/Acme.POLICY'], '/home/me')).toBe('/home/me/docs/Acme.POLICY');
    expect(policyFileFromArgv(['policy-studio', '--inspect', 'notes.txt'], '/tmp')).toBeNull();
    expect(policyFileFromArgv(['/home/me/x.policy'], '/tmp')).toBeNull();
  });
});
