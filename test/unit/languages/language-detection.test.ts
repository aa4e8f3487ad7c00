/**
 * No document mixes languages: a language detector (franc, trigram-based,
 * MIT) reads every paragraph of every starter's export in every language the
 * starter lists, choosing among the project's own languages and English (the
 * languages that could leak into it). Names and addresses are too short to
 * judge and are left out by length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/types.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { parseProjectFile } from '../../../shared/model/project-file.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { TEMPLATES_DIR } from '../../../shared/node/template-files.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';

/** ISO 639-3 codes, as franc names languages. */
const ISO3: Readonly<Record<DocumentLanguage, string>> = {
  en: 'eng', sv: 'swe', nb: 'nob', da: 'dan', fi: 'fin', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', nl: 'nld', 'pt-BR': 'por', pl: 'pol',
} as Record<DocumentLanguage, string>;

/** Long enough for trigram statistics to be reliable; shorter ones are names, addresses, table labels. */
const MIN_LETTERS = 80;

function textOf(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join(node.type === 'tableRow' ? ' ' : '');
}

/** Clauses that list names and postal addresses (of the company, its DPO and representatives, the authorities), each in its own language. */
const NAME_AND_ADDRESS_CLAUSES = new Set(['contact.company', 'contact.dpo', 'contact.representatives', 'contact.authorities']);

function paragraphs(node: DocNode, out: string[] = []): string[] {
  if (node.type === 'policyClause' && NAME_AND_ADDRESS_CLAUSES.has(String(node.attrs?.clauseId))) return out;
  if (node.type === 'paragraph' || node.type === 'heading') out.push(textOf(node));
  else for (const child of node.content ?? []) paragraphs(child, out);
  return out;
}

/** Without web and email addresses, which read as no language. */
const prose = (text: string): string => text.replace(/\b(https?:\/\/|www\.)\S+|\S+@\S+/g, ' ');

const starters = readdirSync(join(TEMPLATES_DIR, 'starters'))
  .filter((f) => f.endsWith('.policy'))
  .map((file) => {
    const parsed = parseProjectFile(readFileSync(join(TEMPLATES_DIR, 'starters', file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not validate`);
    return { file, project: parsed.project };
  });

describe('every paragraph is in the document language', () => {
  for (const { file, project } of starters) {
    for (const lang of project.languages) {
      it(`${file} in ${lang}`, () => {
        const only = [...new Set([...project.languages.map((l) => ISO3[l]), 'eng'])];
        const { document } = generatePolicy(project, lang, nodeEnv);
        const judged = paragraphs(document)
          .map(prose)
          .filter((p) => (p.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS);
        const wrong = judged.filter((p) => franc(p, { only, minLength: 1 }) !== ISO3[lang]).map((p) => `${franc(p, { only, minLength: 1 })}: ${p.slice(0, 120)}`);
        expect(judged.length).toBeGreaterThan(20);
        expect(wrong, `paragraphs of the ${lang} document in another language`).toEqual([]);
      });
    }
  }

  it('the detector itself tells a Swedish paragraph with English facts from a Swedish one', () => {
    const only = ['swe', 'eng'];
    expect(franc('Vi behandlar dina personuppgifter för att kunna leverera tjänsten till dig och för att uppfylla våra avtal med dig.', { only })).toBe('swe');
    expect(franc('Stripe Radar gives every card payment a fraud risk score and payments with a very high score are declined automatically.', { only })).toBe('eng');
  });
});
