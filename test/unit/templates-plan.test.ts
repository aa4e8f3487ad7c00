/**
 * Templates and the plan agree: a template for every clause the plan can
 * produce, no template it never uses, and every project of the trigger
 * spread renders in every language without placeholders or English leftovers.
 */
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../shared/document/types.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/model/languages.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { plan, SECTION_IDS } from '../../shared/plan/plan.ts';
import { ALWAYS_RENDERED, folders, messageText } from '../fixtures/template-folders.ts';
import { clauseIdsInPlanSources, producedClauses, producedSections, projects } from '../fixtures/trigger-spread.ts';

function textOf(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  const sep = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'tableHeader' ? '\n' : '';
  return (node.content ?? []).map(textOf).join('') + sep;
}

function headings(node: DocNode, out: string[] = []): string[] {
  if (node.type === 'heading') out.push(textOf(node).trim());
  else for (const child of node.content ?? []) headings(child, out);
  return out;
}

describe('templates and the plan', () => {
  it('the project spread produces every clause id written in the plan', () => {
    const missing = clauseIdsInPlanSources().filter((id) => !producedClauses.has(id));
    expect(missing, 'clause ids no project in this test produces: add a project that triggers them').toEqual([]);
  });

  it('the project spread produces every section id, and only known ones', () => {
    expect([...producedSections].filter((id) => !(SECTION_IDS as readonly string[]).includes(id)), 'section ids missing from SECTION_IDS').toEqual([]);
    expect(SECTION_IDS.filter((id) => !producedSections.has(id)), 'sections no project in this test produces').toEqual([]);
  });

  it('every clause the plan produces has a template in every language', () => {
    const problems: string[] = [];
    for (const folder of folders) {
      for (const id of [...producedClauses, ...ALWAYS_RENDERED]) {
        if (!folder.clauses.has(id)) problems.push(`templates/${folder.lang}/clauses/${id}.hbs is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every template is used by at least one project (no dead templates)', () => {
    const problems: string[] = [];
    for (const folder of folders) {
      for (const id of folder.clauses.keys()) {
        if (!producedClauses.has(id) && !ALWAYS_RENDERED.has(id)) problems.push(`templates/${folder.lang}/clauses/${id}.hbs: no planned clause has this id`);
      }
      for (const [name] of folder.partials) {
        const used = [...folder.clauses.values(), ...folder.partials.values()].some((src) => new RegExp(`\\{\\{~?>\\s*${name}\\b`).test(src));
        if (!used) problems.push(`templates/${folder.lang}/partials/${name}.hbs is not used by any template`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('rendering every project in every language', () => {
  const en = folders.find((f) => f.lang === 'en');
  const englishHeadings = en
    ? Object.entries(en.messages)
        .filter(([key]) => key.startsWith('section.') || key === 'document.title')
        .map(([, value]) => messageText(value)!)
    : [];

  for (const lang of DOCUMENT_LANGUAGES as readonly DocumentLanguage[]) {
    describe(lang, () => {
      it.each(projects.map((p) => [p.name, p.project] as const))('%s', (_name, project) => {
        const { document } = generatePolicy(project, lang, nodeEnv);
        const text = textOf(document);
        expect(text).not.toMatch(/\{\w+\}/); // a placeholder left unfilled
        expect(text).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
        const found = headings(document);
        expect(found.length).toBe(plan(project).sections.length + 1);
        if (lang !== 'en') {
          // A one-word heading the language spells like English (the names "Canada", "Australia" in Danish) is its own translation.
          const own = folders.find((f) => f.lang === lang);
          const sameInBoth = new Set(
            Object.entries(own?.messages ?? {})
              .filter(([key, value]) => key.startsWith('section.') && !(messageText(value) ?? ' ').includes(' ') && messageText(value) === messageText(en?.messages[key]))
              .map(([, value]) => messageText(value)),
          );
          const untranslated = found.filter((h) => englishHeadings.includes(h) && !sameInBoth.has(h));
          expect(untranslated, `${lang} headings that are still the English text`).toEqual([]);
          const englishInText = englishHeadings.filter((h) => h.includes(' ') && text.includes(h));
          expect(englishInText, `English headings inside the ${lang} document`).toEqual([]);
        }
      });
    });
  }
});
