import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost, type WebHostOptions } from '../../../scripts/web-host.ts';
import { SECRET_HEADER } from '../../../shared/host/channels.ts';
import type { HostDialogRequest } from '../../../shared/host/host-file-dialog.ts';
import { useTempDirs } from '../electron/temp-dir.ts';

const tempDir = useTempDirs();
const hosts: WebHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

const STARTERS = fileURLToPath(new URL('../../../templates/starters/', import.meta.url));

/** A host over a fresh folder holding one project, `shop.policy` (a starter, as a person would copy one there). */
async function start(options: WebHostOptions = {}) {
  const dir = await tempDir();
  const folder = join(dir, 'files');
  await mkdir(folder);
  await copyFile(join(STARTERS, 'saas-sweden.policy'), join(folder, 'shop.policy'));
  const host = await startWebHost({ dataDir: join(dir, 'data'), rendererDir: dir, folder, ...options });
  hosts.push(host);
  return { host, folder };
}

function post(host: WebHost, path: string, body: unknown, headers: Record<string, string> = host.headers) {
  return fetch(`${host.url}${path.replace(/^\//, '')}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

const api = (host: WebHost, method: string, ...args: unknown[]) => post(host, `/api/${method}`, { args }).then((r) => r.json() as Promise<Record<string, unknown>>);
const dialog = (host: WebHost, route: 'wait' | 'list' | 'answer', body: unknown) => post(host, `/host/dialog/${route}`, body).then((r) => r.json() as Promise<Record<string, unknown>>);

/** A valid project of the current schema, made by the host from a starter (as New does). */
async function starterProject(host: WebHost, legalName: string): Promise<Record<string, unknown>> {
  const created = (await api(host, 'newFromStarter', 'saas-sweden')) as { project: { company: Record<string, unknown> } };
  return { ...created.project, company: { ...created.project.company, legalName } };
}

/** What the page does while a call runs: wait for the host's dialog. */
async function nextDialog(host: WebHost): Promise<HostDialogRequest> {
  const { request } = (await dialog(host, 'wait', {})) as { request: HostDialogRequest | null };
  if (request === null) throw new Error('no dialog');
  return request;
}

describe('browser host: the page answers the dialogs', () => {
  it('opens a project the person chose in the page’s dialog, listed from the host folder', async () => {
    const { host, folder } = await start();
    expect(host.folder).toBe(folder);
    const opening = api(host, 'openFile');
    const request = await nextDialog(host);
    expect(request).toMatchObject({ mode: 'open', title: 'Open project', extensions: ['policy'], root: folder, startDir: '' });
    await expect(dialog(host, 'list', { id: request.id, dir: '' })).resolves.toMatchObject({ ok: true, entries: [{ name: 'shop.policy', kind: 'file', selectable: true }] });
    await expect(dialog(host, 'answer', { id: request.id, choice: { dir: '', name: 'shop.policy' } })).resolves.toEqual({ ok: true });
    const opened = await opening;
    expect(opened).toMatchObject({ ok: true, path: join(folder, 'shop.policy'), handle: expect.any(String) });
    // The dialog is gone: its id no longer lists anything.
    await expect(dialog(host, 'list', { id: request.id, dir: '' })).resolves.toMatchObject({ ok: false });
  });

  it('saves under a new name, and asks before replacing a file that exists', async () => {
    const { host, folder } = await start();
    const project = await starterProject(host, 'Renamed AB');
    const before = await readFile(join(folder, 'shop.policy'), 'utf8');
    const saving = api(host, 'saveAs', { project, suggestedName: 'shop.policy' });
    const request = await nextDialog(host);
    expect(request).toMatchObject({ mode: 'save', suggestedName: 'shop.policy' });
    await expect(dialog(host, 'answer', { id: request.id, choice: { dir: '', name: 'shop' } })).resolves.toEqual({
      ok: false,
      kind: 'exists',
      name: 'shop.policy',
      message: 'A file named "shop.policy" already exists. Replace it?',
    });
    await expect(dialog(host, 'answer', { id: request.id, choice: { dir: '', name: 'renamed' } })).resolves.toEqual({ ok: true });
    expect(await saving).toMatchObject({ ok: true, path: join(folder, 'renamed.policy') });
    expect(JSON.parse(await readFile(join(folder, 'renamed.policy'), 'utf8'))).toMatchObject({ company: { legalName: 'Renamed AB' } });
    expect(await readFile(join(folder, 'shop.policy'), 'utf8')).toBe(before);
  });

  it('exports into a folder chosen inside the host folder', async () => {
    const { host, folder } = await start();
    await mkdir(join(folder, 'web'));
    const exporting = api(host, 'exportFiles', { project: await starterProject(host, 'Export AB'), langs: ['en'], formats: ['md'] });
    const request = await nextDialog(host);
    expect(request).toMatchObject({ mode: 'folder', extensions: ['html', 'md', 'docx', 'pdf'] });
    await expect(dialog(host, 'list', { id: request.id, dir: '' })).resolves.toMatchObject({ entries: [{ name: 'web', kind: 'folder', selectable: true }] });
    await expect(dialog(host, 'answer', { id: request.id, choice: { dir: 'web' } })).resolves.toEqual({ ok: true });
    expect(await exporting).toMatchObject({ ok: true, folder: join(folder, 'web') });
    expect(await readdir(join(folder, 'web'))).toEqual(['privacy-policy.en.md']);
  });

  it('refuses a choice outside the folder and keeps the dialog open; Cancel then cancels the call', async () => {
    const { host } = await start();
    const opening = api(host, 'openFile');
    const request = await nextDialog(host);
    await expect(dialog(host, 'answer', { id: request.id, choice: { dir: '..', name: 'x.policy' } })).resolves.toMatchObject({ ok: false, kind: 'invalid' });
    await expect(dialog(host, 'list', { id: request.id, dir: '../..' })).resolves.toMatchObject({ ok: false, message: expect.stringContaining('outside the folder') });
    await expect(dialog(host, 'answer', { id: request.id, choice: null })).resolves.toEqual({ ok: true });
    expect(await opening).toEqual({ ok: false, kind: 'cancelled' });
  });

  it('cancels a dialog no page asked for, so a call from a script does not hang', async () => {
    const { host } = await start({ pageDialogs: { undeliveredMs: 50 } });
    expect(await api(host, 'openFile')).toEqual({ ok: false, kind: 'cancelled' });
  });

  it('answers a long poll with no dialog when none comes', async () => {
    const { host } = await start({ pageDialogs: { waitMs: 50 } });
    await expect(dialog(host, 'wait', {})).resolves.toEqual({ request: null });
  });

  it('lets scripted answers go first, so the e2e tests keep working', async () => {
    const { host, folder } = await start();
    host.setDialogAnswers({ open: join(folder, 'shop.policy') });
    expect(await api(host, 'openFile')).toMatchObject({ ok: true, path: join(folder, 'shop.policy') });
  });
});

describe('browser host: the dialog routes are guarded like the API', () => {
  it('answers 403 without the secret or the page’s Origin', async () => {
    const { host } = await start();
    const origin = host.url.replace(/\/$/, '');
    expect((await post(host, '/host/dialog/wait', {}, { 'content-type': 'application/json', origin })).status).toBe(403);
    expect((await post(host, '/host/dialog/list', { id: 'x', dir: '' }, { 'content-type': 'application/json', [SECRET_HEADER]: host.secret })).status).toBe(403);
    expect((await post(host, '/host/dialog/answer', { id: 'x', choice: null }, { ...host.headers, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(host, '/host/dialog/wait', {}, { ...host.headers, 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('lists nothing while no dialog is open, and does not exist without a folder', async () => {
    const { host } = await start();
    await expect(dialog(host, 'list', { id: 'guess', dir: '' })).resolves.toEqual({ ok: false, message: 'This dialog was closed. Try again.' });
    expect((await post(host, '/host/dialog/list', { id: 'x', dir: '', extra: 1 })).status).toBe(400);
    const dir = await tempDir();
    const plain = await startWebHost({ dataDir: join(dir, 'data'), rendererDir: dir });
    hosts.push(plain);
    expect(plain.folder).toBeNull();
    expect((await post(plain, '/host/dialog/wait', {})).status).toBe(404);
    expect(await api(plain, 'openFile')).toEqual({ ok: false, kind: 'cancelled' });
  });
});
