/**
 * The browser host: serves the built renderer (`out/renderer`) on 127.0.0.1
 * and answers `POST /api/<method>` by calling the same handler functions the
 * Electron main process registers (`createHandlers`), after validating the
 * arguments with the same request schemas. Dialogs: a test may script the
 * path the next open/save/folder dialog "chooses"; otherwise, when started
 * with a folder (`--folder DIR`, `npm run dev:web`), the page shows its own
 * file dialog over that folder (`web-host-dialogs.ts`, `web-host-folder.ts`)
 * and the handler waits for the person's choice. Used by the e2e tests and
 * by `npm run dev:web` to try the UI in any browser.
 *
 * Only the page's own origin may call the API: a request whose Host or
 * Origin header names anything else gets 403, so another site open in the
 * same browser (or a DNS-rebinding trick) cannot read or write files. Every
 * API call must also carry the run's secret (random per start, printed with
 * the address as `#secret=…`, which the page moves into a header), so a
 * local process that fakes the Origin header gets 403 too. Files are
 * capabilities here as in the app: the same handlers and the same registry,
 * so only files a dialog chose (the page's, over the host folder, or a
 * scripted one) can be read or written; the page's dialog routes
 * (`/host/dialog/*`) sit behind the same secret and Origin checks. Request
 * bodies above a cap get 413; `/__test/dialogs` exists only when started
 * with `testEndpoints` (`--test-endpoints`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { createHandlers } from '../electron/handlers.ts';
import type { Dialogs } from '../electron/dialogs.ts';
import { createAutosave } from '../electron/files/autosave.ts';
import { createCapabilityRegistry } from '../electron/files/capabilities.ts';
import { createProjectFiles } from '../electron/files/project-files.ts';
import { createRecentFiles } from '../electron/files/recent-files.ts';
import { createStarters } from '../shared/node/files/starters.ts';
import type { ApiMethod, PolicyStudioApi } from '../shared/host/api.ts';
import type { ExportRunner } from '../shared/host/export-runner.ts';
import { SECRET_HEADER } from '../shared/host/channels.ts';
import { REQUEST_ARGS, parseRequestArgs } from '../shared/host/requests.ts';
import { printHtmlToPdf } from '../shared/node/chromium-pdf.ts';
import { createExportRunner } from '../shared/node/export-runner.ts';
import { CONTENT_SECURITY_POLICY } from '../electron/csp.ts';
import { HOST_DIALOG_ROUTES, hostAnswerBody, hostListBody, hostWaitBody } from '../shared/host/host-file-dialog.ts';
import { createPageDialogs, type PageDialogOptions } from './web-host-dialogs.ts';
import { openHostFolder } from './web-host-folder.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The CSP of the renderer page, sent as a header: the desktop app's policy (`electron/csp.ts`), so the tests run the page under the same rules. */
export const RENDERER_CSP = CONTENT_SECURITY_POLICY;

/** What the next dialogs answer: a path, or null for "cancelled". Each answer is used once, then the dialog cancels. */
export interface DialogAnswers {
  open?: string | null;
  save?: string | null;
  folder?: string | null;
}

/**
 * Dialogs that return paths set in advance (by the test, the test endpoint,
 * or env). A dialog with no answer set asks `fallback` (the page's dialog)
 * when there is one, and cancels otherwise.
 */
export function createScriptedDialogs(initial: DialogAnswers = {}, fallback?: Dialogs): Dialogs & { set(answers: DialogAnswers): void } {
  const answers: DialogAnswers = { ...initial };
  const take = (key: keyof DialogAnswers): string | null => {
    const value = answers[key] ?? null;
    delete answers[key];
    return value;
  };
  return {
    set: (next) => Object.assign(answers, next),
    showOpen: async (request) => {
      const key = request.pick === 'folder' ? 'folder' : 'open';
      return Object.hasOwn(answers, key) || fallback === undefined ? take(key) : fallback.showOpen(request);
    },
    showSave: async (request) => (Object.hasOwn(answers, 'save') || fallback === undefined ? take('save') : fallback.showSave(request)),
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
  /**
   * The folder the page's own file dialog shows (and the only place it can
   * open, save or export). Without it, dialogs answer only what was scripted
   * and otherwise cancel, as the tests expect.
   */
  folder?: string;
  /** Timings of the page's dialog (long poll, cancel when no page asks); for tests. */
  pageDialogs?: PageDialogOptions;
  /** Enables `POST /__test/dialogs` to script dialogs from outside the process; without it the route does not exist. */
  testEndpoints?: boolean;
  /** The per-run secret every API call must carry; random by default. */
  secret?: string;
  /** Request bodies above this many bytes get 413 (default `MAX_BODY_BYTES`). */
  maxBodyBytes?: number;
  /** Starter projects; `templates/starters` by default. */
  startersDir?: string;
  launchFile?: string | null;
}

export interface WebHost {
  /** The origin with a trailing slash, for API calls (`${url}api/<method>`, with `headers`). */
  url: string;
  /** The address to open the editor at: `url` with the secret in its fragment. */
  pageUrl: string;
  port: number;
  secret: string;
  /** Headers an API call from outside the page needs: JSON, the page's Origin and the secret. */
  headers: Record<string, string>;
  /** Sets what the next open/save/folder dialogs return (before the page's dialog is asked). */
  setDialogAnswers(answers: DialogAnswers): void;
  /** The real path of the folder the page's file dialog shows, or null when started without one. */
  folder: string | null;
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

/** Far above any project a page sends (see `MAX_PROJECT_BYTES`), far below what would strain the host. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** A body over the cap: answered 413, not read further. */
class BodyTooLarge extends Error {}

const dialogAnswers = z.strictObject({
  open: z.string().nullable().optional(),
  save: z.string().nullable().optional(),
  folder: z.string().nullable().optional(),
});

/** Whether `given` is the run's secret, compared in constant time. */
function isSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      reject(new BodyTooLarge());
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new BodyTooLarge());
        req.pause();
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
  const hostFolder = options.folder === undefined ? null : await openHostFolder(options.folder);
  const pageDialogs = hostFolder === null ? null : createPageDialogs(hostFolder, options.pageDialogs);
  const dialogs = createScriptedDialogs(options.dialogs, pageDialogs ?? undefined);
  const opened = { external: [] as string[], shown: [] as string[] };
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let launchFile = options.launchFile ?? null;
  // One page, one window: the same registry the desktop app keeps per window.
  const capabilities = createCapabilityRegistry();
  const api: PolicyStudioApi = createHandlers({
    grants: capabilities.forWindow('browser'),
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
    // "Find cookies…" on a site: headless Chromium with a fresh profile, as `policy-studio scan-cookies <url>` does.
    scanSite: (url) => import('../shared/node/site-scan.ts').then(({ scanSite }) => scanSite(url)),
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
      const body = JSON.parse(await readBody(req, maxBody)) as { args?: unknown };
      args = body.args ?? [];
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(res, method);
      return send(res, 400, JSON.stringify({ ok: false, kind: 'bad-request', message: `${method}: the request is not JSON` }), 'application/json');
    }
    if (!Array.isArray(args)) return send(res, 400, JSON.stringify({ ok: false, kind: 'bad-request', message: `${method}: expected an args array` }), 'application/json');
    const parsed = parseRequestArgs(method as ApiMethod, args);
    if (!parsed.ok) return send(res, 400, JSON.stringify({ ok: false, kind: 'bad-request', message: parsed.message }), 'application/json');
    const handler = api[method as ApiMethod] as (...a: unknown[]) => Promise<unknown>;
    const result = await handler(...parsed.args);
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  function tooLarge(res: ServerResponse, method: string): void {
    res.setHeader('connection', 'close');
    send(res, 413, JSON.stringify({ ok: false, kind: 'bad-request', message: `${method}: the request is larger than ${Math.round(maxBody / 1024 / 1024)} MB` }), 'application/json');
  }

  async function handleTestDialogs(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let answers: z.infer<typeof dialogAnswers>;
    try {
      answers = dialogAnswers.parse(JSON.parse(await readBody(req, maxBody)));
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(res, '__test/dialogs');
      return send(res, 400, 'expected {"open"|"save"|"folder": "/absolute/path" | null}');
    }
    dialogs.set(answers);
    send(res, 200, '{"ok":true}', 'application/json');
  }

  /** The page's file dialog: wait for a dialog, list a folder, answer; bodies checked like API arguments. */
  async function handleHostDialog(req: IncomingMessage, res: ServerResponse, route: string): Promise<void> {
    if (pageDialogs === null) return send(res, 404, 'not found: the browser host was started without a folder');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'expected application/json');
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 64 * 1024));
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(res, route);
      return send(res, 400, JSON.stringify({ ok: false, message: 'the request is not JSON' }), 'application/json');
    }
    const json = (value: unknown) => send(res, 200, JSON.stringify(value), 'application/json');
    const bad = (error: z.ZodError) => send(res, 400, JSON.stringify({ ok: false, message: z.prettifyError(error) }), 'application/json');
    if (route === HOST_DIALOG_ROUTES.wait) {
      const parsed = hostWaitBody.safeParse(body);
      if (!parsed.success) return bad(parsed.error);
      const gone = new AbortController();
      res.on('close', () => gone.abort());
      const request = await pageDialogs.waitForRequest(gone.signal);
      if (!gone.signal.aborted) json({ request });
      return;
    }
    if (route === HOST_DIALOG_ROUTES.list) {
      const parsed = hostListBody.safeParse(body);
      return parsed.success ? json(await pageDialogs.list(parsed.data)) : bad(parsed.error);
    }
    const parsed = hostAnswerBody.safeParse(body);
    return parsed.success ? json(await pageDialogs.answer(parsed.data)) : bad(parsed.error);
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
      // Without the flag the test routes do not exist at all.
      if (url.pathname.startsWith('/__test/') && options.testEndpoints !== true) return send(res, 404, 'not found');
      const testRoute = url.pathname === '/__test/dialogs';
      const dialogRoute = (Object.values(HOST_DIALOG_ROUTES) as string[]).includes(url.pathname);
      if (url.pathname.startsWith('/api/') || testRoute || dialogRoute) {
        // The page and the tests have the secret; any other local process does not, whatever headers it fakes.
        if (!isSecret(req.headers[SECRET_HEADER], secret)) return send(res, 403, 'forbidden: missing or wrong secret');
        if (req.method !== 'POST') return send(res, 405, 'method not allowed');
        if (testRoute) return handleTestDialogs(req, res);
        // Browsers always send Origin on a POST from a page; a call without it did not come from our page.
        if (requestOrigin === undefined) return send(res, 403, 'forbidden: missing origin');
        if (dialogRoute) return handleHostDialog(req, res, url.pathname);
        return handleApi(req, res, url.pathname.slice('/api/'.length));
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
    pageUrl: `${origin}/#secret=${secret}`,
    port,
    secret,
    headers: { 'content-type': 'application/json', origin, [SECRET_HEADER]: secret },
    setDialogAnswers: (answers) => dialogs.set(answers),
    folder: hostFolder?.root ?? null,
    opened,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The value after `flag` on the command line (`--folder DIR`), if given. */
function argValue(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  return index >= 0 ? argv[index + 1] : undefined;
}

// `npm run dev:web [-- --folder DIR] [--test-endpoints]`: serve the built renderer; Open, Save and Export show the page's file dialog over the folder (a fresh temporary one by default).
// Dialogs can still be scripted: from env (POLICY_STUDIO_OPEN, _SAVE, _FOLDER: the first dialog of each kind), or from the test endpoint with --test-endpoints.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const env = process.env;
  const argv = process.argv.slice(2);
  const testEndpoints = argv.includes('--test-endpoints');
  const folder = resolve(argValue(argv, '--folder') ?? mkdtempSync(join(tmpdir(), 'policy-studio-files-')));
  const scripted: DialogAnswers = {
    ...(env.POLICY_STUDIO_OPEN ? { open: env.POLICY_STUDIO_OPEN } : {}),
    ...(env.POLICY_STUDIO_SAVE ? { save: env.POLICY_STUDIO_SAVE } : {}),
    ...(env.POLICY_STUDIO_FOLDER ? { folder: env.POLICY_STUDIO_FOLDER } : {}),
  };
  const host = await startWebHost({ port: Number(env.PORT ?? 5174), testEndpoints, folder, dialogs: scripted });
  console.log(`Policy Studio (browser host), for trying the app and for tests: ${host.pageUrl}`);
  console.log(`Port ${host.port} on 127.0.0.1 only. Open, Save and Export show the files of ${host.folder}`);
  if (testEndpoints) {
    console.log(`Dialogs can be scripted: POST /__test/dialogs {"open"|"save"|"folder": "/absolute/path"} with header ${SECRET_HEADER}: ${host.secret}, before using Open, Save As or Export.`);
  }
}
