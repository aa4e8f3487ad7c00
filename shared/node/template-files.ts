import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentLanguage } from '../model/languages.ts';
import type { LanguagePack, MessageValue } from '../render/language-pack.ts';

/** The repository's templates/ folder, found relative to this file so the CLI works from any working directory. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

function readFolder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.hbs')) out[basename(file, '.hbs')] = readFileSync(join(dir, file), 'utf8');
  }
  return out;
}

const packs = new Map<string, LanguagePack>();

/** Reads `templates/<lang>/` (clauses, partials, messages.json) once per process. */
export function loadLanguagePack(lang: DocumentLanguage, root: string = TEMPLATES_DIR): LanguagePack {
  const key = `${root}\0${lang}`;
  const cached = packs.get(key);
  if (cached) return cached;
  const dir = join(root, lang);
  const messages = JSON.parse(readFileSync(join(dir, 'messages.json'), 'utf8')) as Record<string, MessageValue>;
  const pack: LanguagePack = { lang, clauses: readFolder(join(dir, 'clauses')), partials: readFolder(join(dir, 'partials')), messages };
  packs.set(key, pack);
  return pack;
}
