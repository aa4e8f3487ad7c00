/**
 * A document language named in itself ("English", "Svenska"), capitalized in
 * that language: people look for their own language by its own name. Used by
 * the form's language choice and the export dialog alike.
 */
export function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
