import type { Stats } from 'node:fs';
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
    expect(config.files).toEqual(['out/electron/**', 'out/renderer/**', 'out/templates/**', 'package.json', '!**/*.map', '!node_modules/**']);
    expect(config.asar).toBe(true);
  });

  it("keeps node_modules and source maps out, by electron-builder's own file matchers", { timeout: 20_000 }, async () => {
    const config = await readConfig();
    const project = '/project';
    const packs = await electronBuilderFilters(config, project);
    const app = (relative: string) => packs.appFile(join(project, relative));
    expect(app('out/electron/main.js')).toBe(true);
    expect(app('out/electron/preload.cjs')).toBe(true);
    expect(app('out/renderer/index.html')).toBe(true);
    expect(app('out/renderer/assets/index-abc.js')).toBe(true);
    expect(app('out/templates/en/clauses/contact.hbs')).toBe(true);
    expect(app('out/templates/starters/index.json')).toBe(true);
    expect(app('package.json')).toBe(true);
    expect(app('out/electron/main.js.map')).toBe(false);
    for (const source of ['electron/main.ts', 'shared/pipeline.ts', 'renderer/App.tsx', 'templates/en/messages.json', 'test/unit/build.test.ts', 'node_modules/react/index.js']) {
      expect(app(source), source).toBe(false);
    }
    // Production dependencies are copied by a second matcher; the exclusion applies there too.
    for (const dep of ['react', 'handlebars', 'docx', 'happy-dom']) expect(packs.nodeModuleFile(dep, 'index.js'), dep).toBe(false);
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

type Filter = (file: string, stat: Stats & { moduleFullFilePath?: string }) => boolean;

/**
 * The filters electron-builder builds from `files` (app-builder-lib's
 * `getMainFileMatchers` for the app's own files, `getNodeModuleFileMatcher`
 * for the production dependencies it copies), called the way its copier
 * calls them. Deep imports: app-builder-lib has no exports map.
 */
async function electronBuilderFilters(config: Record<string, unknown>, projectDir: string) {
  const matchers = (await import('app-builder-lib/out/fileMatcher.js')) as unknown as {
    getMainFileMatchers(appDir: string, destination: string, expand: (p: string) => string, platformOptions: object, packager: object, outDir: string, electronCompile: boolean): { createFilter(): Filter }[];
    getNodeModuleFileMatcher(appDir: string, destination: string, expand: (p: string) => string, platformOptions: object, info: object): { patterns: string[] };
    FileMatcher: new (from: string, to: string, expand: (p: string) => string, patterns: string[]) => { createFilter(): Filter };
  };
  const expand = (pattern: string) => pattern;
  const info = { projectDir, buildResourcesDir: 'build', config, isPrepackedAppAsar: false, debugLogger: { isEnabled: false } };
  const destination = '/packed/app';
  const [main] = matchers.getMainFileMatchers(projectDir, destination, expand, {}, { info }, join(projectDir, 'release'), false);
  if (!main) throw new Error('electron-builder made no file matcher');
  const appFilter = main.createFilter();
  const moduleMatcher = matchers.getNodeModuleFileMatcher(projectDir, destination, expand, {}, info);
  const file = { isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false } as Stats;
  return {
    appFile: (path: string) => appFilter(path, file),
    nodeModuleFile(dep: string, name: string) {
      const depDir = join(projectDir, 'node_modules', dep);
      const filter = new matchers.FileMatcher(depDir, join(destination, 'node_modules', dep), expand, moduleMatcher.patterns).createFilter();
      return filter(join(depDir, name), { ...file, moduleFullFilePath: join('node_modules', dep, name) });
    },
  };
}
