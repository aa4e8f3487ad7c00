import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const CONFIG = join(import.meta.dirname, '../../../electron-builder.yml');

async function readConfig(): Promise<Record<string, unknown>> {
  const config = load(await readFile(CONFIG, 'utf8'));
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new Error('expected a YAML mapping');
  return config as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('names the app and writes to release/', async () => {
    const config = await readConfig();
    expect(config.appId).toBe('studio.policy.app');
    expect(config.productName).toBe('Policy Studio');
    expect(config.directories).toMatchObject({ output: 'release' });
  });

  it('packs only the built output, in an asar archive', async () => {
    const config = await readConfig();
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb (Office), NSIS and dmg', async () => {
    const config = await readConfig();
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });

  it('associates .policy files with the app as their editor', async () => {
    const config = await readConfig();
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'policy', name: 'Policy Studio project', role: 'Editor', mimeType: 'application/x-policy-studio+json' }),
    ]);
  });

  it('matches the app identity in package.json', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { productName?: string; main?: string };
    const config = await readConfig();
    expect(pkg.productName).toBe(config.productName);
    expect(pkg.main).toMatch(/^out\//);
  });

  it("passes electron-builder's own schema", { timeout: 20_000 }, async () => {
    // A deep import of electron-builder's validator (app-builder-lib has no exports map).
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];
    await expect(validateConfiguration(await readConfig(), quietLogger)).resolves.toBeUndefined();
  });
});
