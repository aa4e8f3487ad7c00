/**
 * The browser host: serves the built renderer (`out/renderer`) on 127.0.0.1
 * and answers `POST /api/<method>` by calling the same handler functions the
 * Electron main process registers (`createHandlers`), after validating the
 * arguments with the same request schemas. Dialogs are scripted: a test sets
 * the path the next open/save/folder dialog "chooses". Used by the e2e tests
 * and by `npm run dev:web` to try the UI in any browser.
 *
 * Only the page's own origin may call the API: a request whose Host or
 * Origin header names anything else gets 403, so another site open in the
 * same browser (or a DNS-rebinding trick) cannot read or write files.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../electron/handlers.ts';
import type { Dialogs } from '../electron/dialogs.ts';
import { createAutosave } from '../electron/files/autosave.ts';
import { createProjectFiles } from '../electron/files/project-files.ts';
import { createRecentFiles } from '../electron/files/recent-files.ts';
import { createStarters } from '../shared/node/files/starters.ts';
import type { ApiMethod, PolicyStudioApi } from '../shared/host/api.ts';
import type { ExportRunner } from '../shared/host/export-runner.ts';
import { REQUEST_ARGS, parseRequestArgs } from '../shared/host/requests.ts';
import { printHtmlToPdf } from '../shared/node/chromium-pdf.ts';
import { createExportRunner } from '../shared/node/export-runner.ts';
import { CONTENT_SECURITY_POLICY } from '../electron/csp.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The CSP of the renderer page, sent as a header: the desktop app's policy (`electron/csp.ts`), so the tests run the page under the same rules. */
export const RENDERER_CSP = CONTENT_SECURITY_POLICY;

/** What the next dialogs answer: a path, or null for "cancelled". Each answer is used once, then the dialog cancels. */
export interface DialogAnswers {
  open?: string | null;
  save?: string | null;
  folder?: string | null;
}

/** Dialogs that return paths set in advance (by the test, the test endpoint, or env). */
export function createScriptedDialogs(initial: DialogAnswers = {}): Dialogs & { set(answers: DialogAnswers): void } {
  const answers: DialogAnswers = { ...initial };
  const take = (key: keyof DialogAnswers): string | null => {
    const value = answers[key] ?? null;
    delete answers[key];
    return value;
  };
  return {
    set: (next) => Object.assign(answers, next),
    showOpen: async (request) => take(request.pick === 'folder' ? 'folder' : 'open'),
    showSave: async () => take('save'),
    confirm: async (request) => request.defaultId,
  };
}

/**
 * Export for the browser host: the desktop app's runner (one pipeline,
 * every format), with PDFs printed by headless Chromium instead of
 * Electron's printToPDF, with the same settings.
 */
export const webExportRunner: ExportRunner = createExportRunner({ pdf: printHtmlToPdf });

export interface WebHostOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The built renderer. */
  rendererDir?: string;
  /** App data (autosave, recent files); a fresh temporary folder by default. */
  dataDir?: string;
  dialogs?: DialogAnswers;
  /** Enables `POST /__test/dialogs` to script dialogs from outside the process. */
  testEndpoints?: boolean;
  /** Starter projects; `templates/starters` by default. */
  startersDir?: string;
  launchFile?: string | null;
}

export interface WebHost {
  url: string;
  port: number;
  /** Sets what the next open/save/folder dialogs return. */
  setDialogAnswers(answers: DialogAnswers): void;
  /** URLs and paths the page asked the host to open or reveal (no real browser or file manager is started). */
  opened: { external: string[]; shown: string[] };
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const MAX_BODY = 60 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the browser host on 127.0.0.1. */
export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const rendererDir = resolve(options.rendererDir ?? join(ROOT, 'out/renderer'));
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'policy-studio-web-'));
  const dialogs = createScriptedDialogs(options.dialogs);
  const opened = { external: [] as string[], shown: [] as string[] };
  let launchFile = options.launchFile ?? null;
  const api: PolicyStudioApi = createHandlers({
    dialogs,
    shell: {
      openExternal: async (url) => void opened.external.push(url),
      showItemInFolder: (path) => void opened.shown.push(path),
    },
    files: createProjectFiles(),
    recent: createRecentFiles({ folder: dataDir }),
    autosave: createAutosave({ folder: dataDir }),
    starters: createStarters(options.startersDir ?? join(ROOT, 'templates/starters')),
    runExport: webExportRunner,
    takeLaunchFile: () => {
      const file = launchFile;
      launchFile = null;
      return file;
    },
  });

  let origin = '';
  let hosts: string[] = [];

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!Object.hasOwn(REQUEST_ARGS, method)) return send(res, 404, 'unknown method');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'expected application/json');
    let args: unknown;
    try {
      const body = JSON.parse(await readBody(req)) as { args?: unknown };
      args = body.args ?? [];
    } catch {
      return send(res, 400, JSON.stringify({ ok: false, kind: 'bad-request', message: `${method}: the request is not JSON` }), 'application/json');
    }
    if (!Array.isArray(args)) return send(res, 400, JSON.stringify({ ok: false, kind: 'bad-request', message: `${method}: expected an args array` }), 'application/json');
    const parsed = parseRequestArgs(method as ApiMethod, args);
    if (!parsed.ok) return send(res, 400, JSON.stringify({ ok: false, kind: 'bad-request', message: parsed.message }), 'application/json');
    const handler = api[method as ApiMethod] as (...a: unknown[]) => Promise<unknown>;
    const result = await handler(...parsed.args);
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  async function handleStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^[/\\]+/, '');
    const file = resolve(rendererDir, relative);
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 403, 'forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(res, 404, 'not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        ...(extname(file) === '.html' ? { 'content-security-policy': RENDERER_CSP } : {}),
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      // Same-origin only: the Host header must be ours (no DNS rebinding), and so must Origin when the browser sends one.
      const host = req.headers.host ?? '';
      const requestOrigin = req.headers.origin;
      if (!hosts.includes(host) || (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://${host}`)) {
        return send(res, 403, 'forbidden: foreign origin');
      }
      const url = new URL(req.url ?? '/', origin);
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        // Browsers always send Origin on a POST from a page; a call without it did not come from our page.
        if (requestOrigin === undefined) return send(res, 403, 'forbidden: missing origin');
        return handleApi(req, res, url.pathname.slice('/api/'.length));
      }
      if (req.method === 'POST' && url.pathname === '/__test/dialogs' && options.testEndpoints) {
        dialogs.set(JSON.parse(await readBody(req)) as DialogAnswers);
        return send(res, 200, '{"ok":true}', 'application/json');
      }
      if (req.method === 'GET' || req.method === 'HEAD') return handleStatic(res, url.pathname);
      send(res, 405, 'method not allowed');
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, kind: 'internal', message: error instanceof Error ? error.message : String(error) }), 'application/json');
    });
  });

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `${origin}/`,
    port,
    setDialogAnswers: (answers) => dialogs.set(answers),
    opened,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// `npm run dev:web`: serve the built renderer; dialogs answer from env (POLICY_STUDIO_OPEN, _SAVE, _FOLDER) or the test endpoint.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const env = process.env;
  const host = await startWebHost({
    port: Number(env.PORT ?? 5174),
    testEndpoints: true,
    dialogs: { open: env.POLICY_STUDIO_OPEN ?? null, save: env.POLICY_STUDIO_SAVE ?? null, folder: env.POLICY_STUDIO_FOLDER ?? null },
  });
  console.log(`Policy Studio (browser host) at ${host.url}`);
  console.log('Dialogs are scripted: POST /__test/dialogs {"open"|"save"|"folder": "/absolute/path"} before using Open, Save As or Export.');
}
