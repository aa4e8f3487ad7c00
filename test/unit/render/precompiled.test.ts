import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePrecompiledTemplates } from '../../../scripts/build-cli.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../shared/model/languages.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { loadLanguagePack, TEMPLATES_DIR } from '../../../shared/node/template-files.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { createRenderer } from '../../../shared/render/engine.ts';
import type { PrecompiledPack } from '../../../shared/render/precompiled.ts';
import { largeProject } from '../../bench/large-project.ts';
import { starterHostileAndLargeProjects } from '../../fixtures/starter-projects.ts';

/**
 * The CLI build's precompiled templates (scripts/build-cli.ts) must give the
 * policy that compiling the templates folder gives, and must never hide a
 * template the user edited after the build.
 */

let work = '';
/** Where the build wrote the precompiled templates of the repository's templates/. */
let built = '';
/** A folder without precompiled templates: everything compiles from source, as when run from the sources. */
let none = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'precompiled-'));
  built = join(work, 'built');
  none = join(work, 'none');
  await writePrecompiledTemplates(built);
}, 60_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every section's HTML and the title block, as the pipeline renders them. */
function renderAll(pack: PrecompiledPack, project: Project): string[] {
  const renderer = createRenderer(pack, project.company.address.country);
  const policyPlan = plan(project);
  return [renderer.renderTitle(policyPlan.common), ...policyPlan.sections.map((s) => renderer.renderSection(s, policyPlan.common))];
}

const projects = starterHostileAndLargeProjects();

describe('precompiled templates', () => {
  it.each(DOCUMENT_LANGUAGES.map((lang) => [lang]))('render every section of every starter, a hostile and the large project exactly as compiled from source (%s)', (lang) => {
    const fast = loadLanguagePack(lang, TEMPLATES_DIR, built);
    const slow = loadLanguagePack(lang, TEMPLATES_DIR, none);
    // Every template comes precompiled, or the comparison would prove nothing.
    expect(Object.keys(fast.precompiled?.clauses ?? {}).sort()).toEqual(Object.keys(fast.clauses).sort());
    expect(Object.keys(fast.precompiled?.partials ?? {}).sort()).toEqual(Object.keys(fast.partials).sort());
    expect(slow.precompiled).toBeUndefined();
    for (const [name, project] of projects) expect(renderAll(fast, project), name).toEqual(renderAll(slow, project));
  });

  it('give way to a clause or partial edited after the build, and serve the others', () => {
    const root = join(work, 'edited-templates');
    cpSync(join(TEMPLATES_DIR, 'en'), join(root, 'en'), { recursive: true });
    const clauses = join(root, 'en', 'clauses');
    const title = join(clauses, 'title.hbs');
    writeFileSync(title, `<p>EDITED TITLE</p>${readFileSync(title, 'utf8')}`);
    const [partial] = readdirSync(join(root, 'en', 'partials')).filter((f) => f.endsWith('.hbs'));
    writeFileSync(join(root, 'en', 'partials', partial!), 'EDITED PARTIAL');

    const pack = loadLanguagePack('en', root, built);
    expect(pack.precompiled?.clauses).not.toHaveProperty('title');
    expect(pack.precompiled?.partials).not.toHaveProperty(partial!.replace(/\.hbs$/, ''));
    expect(Object.keys(pack.precompiled?.clauses ?? {}).length).toBe(Object.keys(pack.clauses).length - 1);
    const html = renderAll(pack, largeProject()).join('');
    expect(html).toContain('EDITED TITLE');
    expect(html).toContain('EDITED PARTIAL');
  });

  it("load only the language asked for, and a damaged or foreign build's file costs nothing but time", () => {
    const dir = join(work, 'partly-damaged');
    cpSync(built, dir, { recursive: true });
    const marker = '__policyStudioPrecompiledEnLoaded';
    writeFileSync(join(dir, 'en.cjs'), `globalThis.${marker} = true;\n${readFileSync(join(built, 'en.cjs'), 'utf8')}`);
    writeFileSync(join(dir, 'sv.cjs'), 'throw new Error("damaged");');
    writeFileSync(join(dir, 'de.cjs'), readFileSync(join(built, 'de.cjs'), 'utf8').replace(/handlebars: "[^"]+"/, 'handlebars: "0.0.1"'));
    writeFileSync(join(dir, 'fr.cjs'), 'module.exports = { handlebars: "x", clauses: [] };');

    const fi = loadLanguagePack('fi', TEMPLATES_DIR, dir);
    expect(Object.keys(fi.precompiled?.clauses ?? {}).length).toBeGreaterThan(0);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();

    const project = largeProject();
    for (const lang of ['sv', 'de', 'fr'] satisfies DocumentLanguage[]) {
      const pack = loadLanguagePack(lang, TEMPLATES_DIR, dir);
      expect(pack.precompiled, lang).toBeUndefined();
      expect(renderAll(pack, project), lang).toEqual(renderAll(loadLanguagePack(lang, TEMPLATES_DIR, none), project));
    }
  });
});
