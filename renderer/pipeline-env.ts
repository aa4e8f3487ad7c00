import { isDocumentLanguage, type DocumentLanguage } from '../shared/model/index.ts';
import type { PipelineEnv } from '../shared/pipeline.ts';
import type { LanguagePack, MessageValue } from '../shared/render/language-pack.ts';

/**
 * The pipeline's environment in the renderer: the templates are bundled at
 * build time: the page has no file access.
 */
const clauseFiles = import.meta.glob<string>('../templates/*/clauses/*.hbs', { query: '?raw', import: 'default', eager: true });
const partialFiles = import.meta.glob<string>('../templates/*/partials/*.hbs', { query: '?raw', import: 'default', eager: true });
const messageFiles = import.meta.glob<Record<string, MessageValue>>('../templates/*/messages.json', { import: 'default', eager: true });

/** `../templates/en/clauses/about.controller.hbs` → ['en', 'about.controller'] */
function splitPath(path: string): [string, string] | null {
  const match = /\/templates\/([^/]+)\/(?:clauses|partials)\/([^/]+)\.hbs$/.exec(path);
  return match ? [match[1]!, match[2]!] : null;
}

function group(files: Record<string, string>): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const parts = splitPath(path);
    if (!parts) continue;
    const [lang, name] = parts;
    const bucket = out.get(lang) ?? {};
    bucket[name] = text;
    out.set(lang, bucket);
  }
  return out;
}

const clauses = group(clauseFiles);
const partials = group(partialFiles);
const messages = new Map<string, Record<string, MessageValue>>();
for (const [path, value] of Object.entries(messageFiles)) {
  const lang = /\/templates\/([^/]+)\/messages\.json$/.exec(path)?.[1];
  if (lang) messages.set(lang, value);
}

const packs = new Map<DocumentLanguage, LanguagePack>();

/** Document languages whose templates are bundled into this build. */
export function bundledLanguages(): DocumentLanguage[] {
  return [...messages.keys()].filter((lang): lang is DocumentLanguage => isDocumentLanguage(lang) && clauses.has(lang));
}

/** The bundled language pack of `lang`; throws when its templates are not in the build. */
export function bundledLanguagePack(lang: DocumentLanguage): LanguagePack {
  const cached = packs.get(lang);
  if (cached) return cached;
  const langMessages = messages.get(lang);
  const langClauses = clauses.get(lang);
  if (!langMessages || !langClauses) throw new Error(`The templates for "${lang}" are not part of this build.`);
  const pack: LanguagePack = { lang, clauses: langClauses, partials: partials.get(lang) ?? {}, messages: langMessages };
  packs.set(lang, pack);
  return pack;
}

/** The renderer's pipeline environment: bundled templates (HTML → document conversion is DOM-free in shared/). */
export function createBrowserEnv(): PipelineEnv {
  return { languagePack: bundledLanguagePack };
}
