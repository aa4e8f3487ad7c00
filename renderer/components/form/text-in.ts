import { textFor, type DocumentLanguage, type LocalizedText } from '../../../shared/model/index.ts';

/** A LocalizedText as shown in `lang` (a card heading, a name in a picker): that language's text, else the first one given. */
export function textIn(value: LocalizedText | undefined, lang: DocumentLanguage): string {
  return value === undefined ? '' : textFor(value, lang);
}
