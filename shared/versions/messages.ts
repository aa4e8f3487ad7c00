import type { DocumentLanguage } from '../model/languages.ts';
import en from '../../templates/en/versions.json' with { type: 'json' };
import sv from '../../templates/sv/versions.json' with { type: 'json' };
import nb from '../../templates/nb/versions.json' with { type: 'json' };
import da from '../../templates/da/versions.json' with { type: 'json' };
import fi from '../../templates/fi/versions.json' with { type: 'json' };
import de from '../../templates/de/versions.json' with { type: 'json' };
import fr from '../../templates/fr/versions.json' with { type: 'json' };
import es from '../../templates/es/versions.json' with { type: 'json' };
import it from '../../templates/it/versions.json' with { type: 'json' };
import nl from '../../templates/nl/versions.json' with { type: 'json' };
import ptBR from '../../templates/pt-BR/versions.json' with { type: 'json' };
import pl from '../../templates/pl/versions.json' with { type: 'json' };

/**
 * The wording of facts diffs and change-log proposals, one file per language
 * (`templates/<lang>/versions.json`, the same keys in each). Imported, not
 * read from disk, so the app's page and the CLI word a diff alike. Every
 * document language has its file. Should a language be added without one,
 * it is worded in English for display (the CLI, the compare view) but never
 * written into a document as that language's text: `hasVersionMessages`
 * tells the two apart.
 */
export type VersionMessages = Readonly<Record<string, string>>;

const MESSAGES: Partial<Record<DocumentLanguage, VersionMessages>> = { en, sv, nb, da, fi, de, fr, es, it, nl, 'pt-BR': ptBR, pl };

/** True when `lang` has its own versions.json, so a change-log entry can be proposed in it. */
export function hasVersionMessages(lang: DocumentLanguage): boolean {
  return MESSAGES[lang] !== undefined;
}

/** The language the diff is worded in: `lang` itself, or English when it has no file yet. */
export function versionMessageLanguage(lang: DocumentLanguage): DocumentLanguage {
  return hasVersionMessages(lang) ? lang : 'en';
}

/** `key` in `lang` with `{name}` placeholders filled; an unknown key shows as itself, so a gap is visible rather than silent. */
export function versionMessage(lang: DocumentLanguage, key: string, params: Readonly<Record<string, string>> = {}): string {
  const text = MESSAGES[versionMessageLanguage(lang)]?.[key] ?? en[key as keyof typeof en] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** True when `lang`'s file (or English's, for a fallback language) has `key`. */
export function hasVersionMessage(lang: DocumentLanguage, key: string): boolean {
  return MESSAGES[versionMessageLanguage(lang)]?.[key] !== undefined;
}

/** Every key of every language's file, for the parity test. */
export function versionMessageFiles(): Partial<Record<DocumentLanguage, VersionMessages>> {
  return MESSAGES;
}
