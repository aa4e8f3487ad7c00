import { useId } from 'react';
import type { DocumentLanguage, LocalizedText, Project } from '../../../shared/model/index.ts';
import { languageName } from '../../i18n/language-names.ts';
import { t } from '../../i18n/t.ts';
import { localizedForEdit, setLocalized, translationNote } from '../../state/localized.ts';
import { getIn, pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useError, useLanguages, useValue, useWarning } from './hooks.ts';
import { FieldShell } from './shell.tsx';

interface LocalizedFieldProps {
  label: string;
  path: FieldPath;
  optional?: boolean;
  multiline?: boolean;
  wide?: boolean;
  /** One line under the field saying what to write. */
  help?: string;
  transform?(project: Project, text: string): Project;
  onBlur?(): void;
}

/**
 * Beside a field shown in a language that has no text of its own (or an
 * out-of-date translation): the source language's text, in words, so that
 * an untranslated field is never mistaken for a filled one.
 */
export function SourceText({ id, value, lang, primary }: { id?: string; value: LocalizedText | undefined; lang: DocumentLanguage; primary: DocumentLanguage }) {
  const note = translationNote(value, lang, primary);
  if ((note.state !== 'missing' && note.state !== 'stale') || !note.sourceLang || note.sourceText === '') return null;
  return (
    <span className={`ps-field-source is-${note.state}`} id={id}>
      {t(note.state === 'missing' ? 'form.notTranslated' : 'form.staleTranslation', { lang: languageName(note.sourceLang) })} <q lang={note.sourceLang}>{note.sourceText}</q>
    </span>
  );
}

/** Rows for a text area to show `text` whole (about 70 characters a row), between 2 and 10: long texts are never hidden behind a scroll bar. */
export function textRows(text: string): number {
  const rows = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 0);
  return Math.max(2, Math.min(10, rows));
}

/** A LocalizedText field: shows and edits the text of the document pane's language (see `setLocalized`), with the source text beside it while untranslated. */
export function LocalizedField({ label, path, optional, multiline, wide, help, transform, onBlur }: LocalizedFieldProps) {
  const { update } = useFormStore();
  const { lang, primary, multilingual } = useLanguages();
  const key = pathKey(path);
  const value = useValue(path) as LocalizedText | undefined;
  const error = useError(key);
  const warning = useWarning(key);
  const sourceId = useId();
  const { text, fallback } = localizedForEdit(value, lang, primary);
  const onChange = (next: string) =>
    update(key, (p) => {
      const current = getIn(p, path) as LocalizedText | undefined;
      const edited = optional && next === '' && (current === undefined || typeof current === 'string') ? setIn(p, path, undefined) : setIn(p, path, setLocalized(current, next, lang, primary));
      return transform ? transform(edited, next) : edited;
    });
  const hint = [help, multilingual ? t('form.textIn', { lang: lang.toUpperCase() }) : undefined].filter(Boolean).join(' · ') || undefined;
  const source = multilingual && lang !== primary ? <SourceText id={sourceId} value={value} lang={lang} primary={primary} /> : null;
  const describe = (describedBy: string | undefined) => [describedBy, source ? sourceId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <FieldShell path={key} label={label} error={error} warning={warning} hint={hint} wide={wide} after={source}>
      {({ id, describedBy }) =>
        multiline ? (
          <textarea id={id} rows={textRows(text || fallback || '')} value={text} placeholder={fallback} aria-invalid={error !== undefined} aria-describedby={describe(describedBy)} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type="text" value={text} placeholder={fallback} aria-invalid={error !== undefined} aria-describedby={describe(describedBy)} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </FieldShell>
  );
}

