import { textFor } from '../model/localized.ts';
import type { LocalizedText, Project } from '../model/schema.ts';

/** A user's text in the project's first language, quoted, to name the entry a warning is about. */
export function quoted(project: Project, value: LocalizedText): string {
  const lang = project.languages[0];
  const text = lang === undefined ? (typeof value === 'string' ? value : (Object.values(value)[0] ?? '')) : textFor(value, lang);
  return `"${text}"`;
}

/** Every language version of a user's text, for heuristics that look for words. */
export function allTexts(value: LocalizedText): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).filter((v): v is string => v !== undefined);
}
