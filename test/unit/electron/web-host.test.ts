import { request } from 'node:http';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost, type WebHostOptions } from '../../../scripts/web-host.ts';
import { SECRET_HEADER } from '../../../shared/host/channels.ts';
import { serializeProject } from '../../../shared/model/index.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();
const hosts: WebHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function start(options: WebHostOptions = {}) {
  const dir = await tempDir();
  const host = await startWebHost({ dataDir: join(dir, 'data'), rendererDir: dir, ...options });
  hosts.push(host);
  return { host, dir };
}

/** A call as a local process would make it: the page's Origin faked, the secret given or not. */
function post(host: WebHost, path: string, body: unknown, headers: Record<string, string> = host.headers) {
  return fetch(`${host.url}${path.replace(/^\//, '')}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

const withoutSecret = (host: WebHost) => ({ 'content-type': 'application/json', origin: host.url.replace(/\/$/, '') });

describe('browser host: the per-run secret', () => {
  it('prints the editor’s address with its secret in the fragment, which no request carries to the server', async () => {
    const { host } = await start();
    expect(host.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.pageUrl).toBe(`${host.url}#secret=${host.secret}`);
    const other = await start();
    expect(other.host.secret).not.toBe(host.secret);
  });

  it('answers 403 to an API call without the secret or with a wrong one, even with the page’s own Origin', async () => {
    const { host } = await start();
    const missing = await post(host, '/api/listStarters', { args: [] }, withoutSecret(host));
    expect(missing.status).toBe(403);
    const wrong = await post(host, '/api/listStarters', { args: [] }, { ...withoutSecret(host), [SECRET_HEADER]: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    const own = await post(host, '/api/listStarters', { args: [] });
    expect(own.status).toBe(200);
    await expect(own.json()).resolves.toMatchObject({ ok: true });
  });

  it('does not let a local process read or write a file by its path, with or without the secret', async () => {
    const { host, dir } = await start();
    const file = join(dir, 'victim.policy');
    await writeFile(file, serializeProject(buildProject()));
    expect((await post(host, '/api/openFile', { args: [file] }, withoutSecret(host))).status).toBe(403);
    // With the secret (the page itself), a path is still no capability.
    const byPath = await post(host, '/api/openFile', { args: [file] });
    expect(byPath.status).toBe(400);
    await expect(byPath.json()).resolves.toMatchObject({ ok: false, kind: 'bad-request', message: expect.stringContaining('not a path') });
    const forged = await post(host, '/api/exportFiles', { args: [{ project: buildProject(), langs: ['en'], formats: ['md'], folder: 'A'.repeat(43) }] });
    await expect(forged.json()).resolves.toMatchObject({ ok: false, kind: 'refused' });
    expect((await readdir(dir)).sort()).toEqual(['victim.policy']);
  });
});

describe('browser host: request size', () => {
  it('answers 413 to a body over the cap, before reading it', async () => {
    const { host } = await start({ maxBodyBytes: 1024 });
    const huge = await post(host, '/api/autosave', { args: [{ project: { legalName: 'x'.repeat(4096) }, handle: null, dirty: true }] });
    expect(huge.status).toBe(413);
    await expect(huge.json()).resolves.toMatchObject({ ok: false, kind: 'bad-request', message: expect.stringContaining('larger than') });
    expect((await post(host, '/api/checkRecovery', { args: [] })).status).toBe(200);
  });

  it('answers 413 at once to a declared length over the default cap (64 MB)', async () => {
    const { host } = await start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${host.url}api/save`, { method: 'POST', headers: { ...host.headers, 'content-length': String(200 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"args":[');
    });
    expect(status).toBe(413);
  });
});

describe('browser host: the test-only dialog endpoint', () => {
  it('does not exist unless the tests start the host with the flag', async () => {
    const { host } = await start();
    const response = await post(host, '/__test/dialogs', { open: '/etc/passwd' });
    expect(response.status).toBe(404);
  });

  it('with the flag, scripts the next dialog, and still needs the secret', async () => {
    const { host, dir } = await start({ testEndpoints: true });
    const file = join(dir, 'chosen.policy');
    await writeFile(file, serializeProject(buildProject()));
    expect((await post(host, '/__test/dialogs', { open: file }, withoutSecret(host))).status).toBe(403);
    expect((await post(host, '/__test/dialogs', { open: file })).status).toBe(200);
    // The scripted dialog "chose" the file, so it is granted and read.
    const opened = await post(host, '/api/openFile', { args: [] });
    await expect(opened.json()).resolves.toMatchObject({ ok: true, path: file, handle: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });
});
