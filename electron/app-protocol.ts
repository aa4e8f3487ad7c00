import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

/**
 * The renderer is served from `app://policy-studio/` rather than `file://`:
 * a real origin for `'self'` in the Content-Security-Policy and for checking
 * who sends IPC, response headers we control, and no access to the rest of
 * the disk through relative URLs.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'policy-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL belongs to the app's own pages (used to trust an IPC sender). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export interface AppProtocolOptions {
  /** The built renderer folder. */
  root: string;
  csp?: string;
  readFile?: (path: string) => Promise<Uint8Array>;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The `protocol.handle('app', …)` handler: serves files under `root` only
 * (no `..` escape, no other host), read-only, each with the CSP and
 * `nosniff` headers. Takes a fetch `Request`, so it is tested in Node.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = resolve(options.root);
  const csp = options.csp ?? CONTENT_SECURITY_POLICY;
  const read = options.readFile ?? fsReadFile;

  return async function handleAppRequest(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.host !== APP_HOST || pathname.includes('\0')) return textResponse(404, 'Not found');
    const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(root + sep)) return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  };
}
