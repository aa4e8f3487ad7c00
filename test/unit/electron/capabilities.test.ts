import { describe, expect, it } from 'vitest';
import { createCapabilityRegistry, randomHandle } from '../../../electron/files/capabilities.ts';
import { exportTarget } from '../../../electron/files/export-files.ts';
import { FILE_HANDLE_PATTERN, isGrantedFile } from '../../../shared/host/granted-file.ts';

describe('capability registry', () => {
  it('hands out unguessable handles in the shape the request schema accepts', () => {
    const handles = new Set(Array.from({ length: 200 }, randomHandle));
    expect(handles.size).toBe(200);
    for (const handle of handles) expect(handle).toMatch(FILE_HANDLE_PATTERN);
  });

  it('resolves a grant only in the window it was given to, and only for its kind', () => {
    const registry = createCapabilityRegistry();
    const one = registry.forWindow('1');
    const two = registry.forWindow('2');
    const handle = one.grant('/home/me/acme.policy', 'project');
    expect(one.resolve(handle, ['project'])).toEqual({ ok: true, path: '/home/me/acme.policy' });
    const notHere = { ok: false, message: 'This file was not chosen in this window. Choose it with Open…, Save As… or the recent list, then try again.' };
    expect(two.resolve(handle, ['project'])).toEqual(notHere);
    // An unknown handle gets the same answer: a page learns nothing about other windows' files.
    expect(two.resolve(randomHandle(), ['project'])).toEqual(notHere);
    expect(one.resolve(handle, ['folder'])).toEqual({ ok: false, message: 'This handle is for a project file, not an export folder.' });
  });

  it('gives the same file the same handle in a window, so listing it again does not grow the registry', () => {
    const registry = createCapabilityRegistry();
    const one = registry.forWindow('1');
    const handle = one.grant('/home/me/acme.policy', 'project');
    expect(one.grant('/home/me/acme.policy', 'project')).toBe(handle);
    expect(one.grant('/home/me/acme.policy', 'output')).not.toBe(handle);
    expect(registry.forWindow('2').grant('/home/me/acme.policy', 'project')).not.toBe(handle);
  });

  it('forgets a closed window’s grants, and only those', () => {
    const registry = createCapabilityRegistry();
    const closing = registry.forWindow('1').grant('/a.policy', 'project');
    const staying = registry.forWindow('2').grant('/a.policy', 'project');
    registry.revokeWindow('1');
    expect(registry.forWindow('1').resolve(closing, ['project'])).toMatchObject({ ok: false });
    expect(registry.forWindow('2').resolve(staying, ['project'])).toEqual({ ok: true, path: '/a.policy' });
    // Granting again after the close issues a new handle, not the revoked one.
    expect(registry.forWindow('1').grant('/a.policy', 'project')).not.toBe(closing);
  });
});

describe('export targets inside a granted folder', () => {
  it('allows the exporter’s own plain names and nothing that leaves the folder', () => {
    expect(exportTarget('/out', 'privacy-policy.en.html')).toBe('/out/privacy-policy.en.html');
    for (const name of ['../escape.html', '/etc/passwd', 'a/b.html', 'a\\b.html', '..', '.', '', 'C:x.html', '.env', 'x\0.html']) {
      expect(exportTarget('/out', name)).toBeNull();
    }
  });
});

describe('granted files sent with menu:open-path', () => {
  it('accepts a handle and a path, nothing else', () => {
    expect(isGrantedFile({ handle: randomHandle(), path: '/a.policy' })).toBe(true);
    for (const value of ['/a.policy', null, { handle: 'short', path: '/a.policy' }, { handle: randomHandle() }, { handle: randomHandle(), path: '' }]) {
      expect(isGrantedFile(value)).toBe(false);
    }
  });
});
