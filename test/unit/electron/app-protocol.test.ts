import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, createAppProtocolHandler, isAppUrl } from '../../../electron/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

async function setup() {
  const dir = await tempDir();
  const root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  return createAppProtocolHandler({ root });
}

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and nosniff headers', async () => {
    const handle = await setup();
    const response = await handle(new Request(APP_INDEX_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>x</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await handle(new Request('app://policy-studio/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://policy-studio/'))).status).toBe(200);
  });

  it.each([
    'app://policy-studio/../secret.txt',
    'app://policy-studio/%2e%2e/secret.txt',
    'app://policy-studio/assets/..%2f..%2fsecret.txt',
    'app://policy-studio/missing.js',
    'app://other-host/index.html',
    'app://policy-studio/%00',
  ])('answers 404 for %s', async (url) => {
    const handle = await setup();
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('is read-only', async () => {
    const handle = await setup();
    expect((await handle(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('recognises the app origin only', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://policy-studio/x/y')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://policy-studio/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
