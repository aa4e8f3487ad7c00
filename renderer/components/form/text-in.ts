import { textFor, type DocumentLanguage, type LocalizedText } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { localizedForEdit } from '../../state/localized.ts';

/** A LocalizedText as shown in `lang` (a name in a picker): that language's text, else the first one given. */
export function textIn(value: LocalizedText | undefined, lang: DocumentLanguage): string {
  return value === undefined ? '' : textFor(value, lang);
}

/**
 * A card heading in the form's language: its own text, or, while it has
 * none, the source text marked as not yet translated, so a heading in
 * another language is never taken for this one's.
 */
export function headingIn(value: LocalizedText | undefined, lang: DocumentLanguage, primary: DocumentLanguage): string {
  const { text, fallback } = localizedForEdit(value, lang, primary);
  if (text !== '' || fallback === '') return text;
  return t('form.untranslatedHeading', { text: fallback, lang: lang.toUpperCase() });
}
