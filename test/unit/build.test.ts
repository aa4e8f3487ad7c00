import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppPaths } from '../../electron/app-paths.ts';
import { CONTENT_SECURITY_POLICY_META } from '../../electron/csp.ts';
import { build } from '../../scripts/build.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { minimalPdf } from '../fixtures/minimal-pdf.ts';

// What `npm start` runs and electron-builder packs, built into a temporary folder.
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'policy-studio-build-'));
  await build({ outDir: out, logLevel: 'silent' });
}, 60_000);

const run = promisify(execFile);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** A policy as directive → sources, so that the order of directives does not matter. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d.split(/\s+/).slice(1).join(' ')]),
  );
}

/** Module ids a CommonJS file requires. */
function requires(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '');
}

describe('scripts/build.ts', () => {
  it('bundles the main process (ESM) and the preload (CommonJS), with source maps', () => {
    for (const file of ['main.js', 'main.js.map', 'preload.cjs', 'preload.cjs.map']) expect(existsSync(join(out, 'electron', file)), file).toBe(true);
  });

  it('makes a preload that requires nothing but electron (a sandboxed preload cannot load files)', async () => {
    const preload = await readFile(join(out, 'electron/preload.cjs'), 'utf8');
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
    // The channel list is inlined from shared/host/channels.ts.
    expect(preload).toContain('"export:run"');
  });

  it('keeps electron and Node built-ins external in main.js and leaves the renderer’s libraries out', async () => {
    const main = await readFile(join(out, 'electron/main.js'), 'utf8');
    expect(main).toMatch(/^import .* from "electron";$/m);
    const imports = [...main.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] ?? '');
    // Node built-ins may be imported bare ('module', as fflate does) or with the node: prefix.
    expect(imports.filter((id) => id !== 'electron' && !id.startsWith('node:') && !builtinModules.includes(id))).toEqual([]);
    // Libraries are inlined (esbuild marks each file with a `// <path>` comment; node_modules may sit behind a symlink)...
    const inlined = (path: string) => new RegExp(`^// ${path.startsWith('node_modules/') ? '(.*/)?' : ''}${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'm').test(main);
    expect(inlined('node_modules/handlebars/')).toBe(true);
    expect(inlined('node_modules/docx/')).toBe(true);
    expect(inlined('shared/export/bundle.ts')).toBe(true);
    // ...but nothing of React, TipTap's React binding or the renderer's own code.
    for (const id of ['react', 'react-dom', '@tiptap/react']) {
      expect(inlined(`node_modules/${id}/`), id).toBe(false);
      expect(main).not.toContain(`require("${id}")`);
    }
    expect(inlined('renderer/')).toBe(false);
  });

  it('builds the renderer page with its Content-Security-Policy meta tag', async () => {
    const html = await readFile(join(out, 'renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta, 'out/renderer/index.html has a CSP meta tag').toBeDefined();
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY_META));
    const assets = await readdir(join(out, 'renderer/assets'));
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true);
  });

  it('copies the templates and starters the main process reads', async () => {
    for (const lang of ['en', 'sv']) {
      expect(existsSync(join(out, 'templates', lang, 'messages.json'))).toBe(true);
      expect((await readdir(join(out, 'templates', lang, 'clauses'))).length).toBeGreaterThan(10);
      expect((await readdir(join(out, 'templates', lang, 'partials'))).length).toBeGreaterThan(0);
    }
    const index = JSON.parse(await readFile(join(out, 'templates/starters/index.json'), 'utf8')) as { file: string }[] | { starters: { file: string }[] };
    const starters = Array.isArray(index) ? index : index.starters;
    expect(starters.length).toBeGreaterThan(0);
    for (const s of starters) expect(existsSync(join(out, 'templates/starters', s.file)), s.file).toBe(true);
  });

  it('the bundled main runs in plain Node: finds everything next to itself and exports from its copied templates', { timeout: 30_000 }, async () => {
    // A stand-in `electron` package next to the build, so Node's own ESM loader (no test runner in between) resolves it.
    const fake = join(out, 'node_modules/electron');
    await mkdir(fake, { recursive: true });
    await writeFile(join(fake, 'package.json'), JSON.stringify({ name: 'electron', type: 'module', main: 'index.js' }));
    await writeFile(join(fake, 'index.js'), FAKE_ELECTRON);
    const folder = join(out, 'export-check');
    await writeFile(join(out, 'project.json'), JSON.stringify(buildProject()));
    const script = `
      import { readFileSync } from 'node:fs';
      const { APP_PATHS } = await import(${JSON.stringify(pathToFileURL(join(out, 'electron/main.js')).href)});
      const { handlers, windows } = await import('electron');
      while (windows.length === 0) await new Promise((r) => setTimeout(r, 10));
      const call = (channel, ...args) => handlers.get(channel)({ sender: { id: 1 }, senderFrame: { url: 'app://policy-studio/index.html' } }, ...args);
      const project = JSON.parse(readFileSync(${JSON.stringify(join(out, 'project.json'))}, 'utf8'));
      const starters = await call('starters:list');
      // The folder comes from the (fake) folder dialog: the page can no longer name one.
      globalThis.__exportFolder = ${JSON.stringify(folder)};
      const result = await call('export:run', { project, langs: ['en', 'sv'], formats: ['html', 'md', 'docx', 'pdf'] });
      console.log(JSON.stringify({ APP_PATHS, preload: windows[0].options.webPreferences.preload, starters, result }));
      process.exit(0);
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: out });
    const report = JSON.parse(stdout) as { APP_PATHS: AppPaths; preload: string; starters: { ok: boolean; starters: { id: string }[] }; result: unknown };
    expect(report.APP_PATHS).toEqual({
      preload: join(out, 'electron/preload.cjs'),
      rendererDir: join(out, 'renderer'),
      templatesDir: join(out, 'templates'),
      startersDir: join(out, 'templates/starters'),
    });
    expect(report.preload).toBe(join(out, 'electron/preload.cjs'));
    expect(report.starters.starters.map((st) => st.id)).toContain('saas-sweden');
    expect(report.result).toMatchObject({ ok: true, folder });
    expect((await readdir(folder)).sort()).toEqual([
      'index.html',
      ...['en', 'sv'].flatMap((lang) => ['docx', 'html', 'md', 'pdf'].map((ext) => `privacy-policy.${lang}.${ext}`)),
    ]);
    expect(await readFile(join(folder, 'privacy-policy.sv.html'), 'utf8')).toContain('Nordlys Software AB');
    const pdf = await readFile(join(folder, 'privacy-policy.en.pdf'), 'latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('Policy Studio');
  });
});

/** Just enough of Electron for main.js to start, register its IPC handlers and "print" a PDF. */
const FAKE_ELECTRON = `
const noop = () => {};
export const handlers = new Map();
export const windows = [];
export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = { id: windows.length + 1, send: noop, on: noop, printToPDF: async () => Uint8Array.from(atob('${Buffer.from(minimalPdf()).toString('base64')}'), (c) => c.charCodeAt(0)) };
    windows.push(this);
  }
  on() {}
  once() {}
  async loadURL() {}
  setTitle() {}
  maximize() {}
  destroy() {}
  static getFocusedWindow() { return null; }
}
export const app = {
  enableSandbox: noop, requestSingleInstanceLock: () => true, quit: noop, on: noop, whenReady: async () => undefined,
  isReady: () => true, isPackaged: false, getPath: () => new URL('../../user-data', import.meta.url).pathname,
  setAppUserModelId: noop, addRecentDocument: noop, clearRecentDocuments: noop,
};
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu: noop };
/** The export folder the user "chooses": set by the test script before it exports. */
export const dialog = { showOpenDialog: async () => ({ canceled: false, filePaths: [globalThis.__exportFolder] }) };
export const ipcMain = { handle: (channel, handler) => handlers.set(channel, handler), removeHandler: noop };
export const protocol = { registerSchemesAsPrivileged: noop, handle: noop };
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = { getPrimaryDisplay: () => display, getAllDisplays: () => [display] };
export const session = { defaultSession: { webRequest: { onHeadersReceived: noop } } };
export const shell = {};
`;
