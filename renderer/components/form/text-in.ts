import type { DocumentLanguage, LocalizedText } from '../../../shared/model/index.ts';

/** A LocalizedText as shown in `lang` (a card heading, a name in a picker): that language's text, else the first one given. */
export function textIn(value: LocalizedText | undefined, lang: DocumentLanguage): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? Object.values(value).find((v) => v !== undefined && v !== '') ?? '';
}
