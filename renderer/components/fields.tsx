import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import type { DocumentLanguage, LocalizedText, Project } from '../../shared/model/index.ts';
import { countryName, countryOptions, parseCountry } from '../i18n/countries.ts';
import { t, uiLanguage } from '../i18n/t.ts';
import { localizedForEdit, setLocalized, translationNote } from '../state/localized.ts';
import { languageName } from '../i18n/language-names.ts';
import { getIn, pathKey, setIn, type FieldPath } from '../state/paths.ts';
import { errorsUnder } from '../state/validation.ts';
import { useFormSelector, useFormStore } from './form-context.ts';

/** An option of a select or a checkbox group; `help` is one line that says when to choose it. */
export interface FieldOption {
  value: string;
  label: string;
  help?: string;
  /** The label's language, when it is not the UI's (a language named in itself). */
  lang?: string;
}

interface FieldShellProps {
  label: string;
  error: string | undefined;
  /** A risk warning for this field: the value is allowed, but should be looked at. */
  warning?: string | undefined;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  wide?: boolean;
  /** Shown right under the control, before its hint (the source text of an untranslated field). */
  after?: ReactNode;
  /** The field's path (`company.email`), as `data-path`: the checklist finds the field it names by it. */
  path?: string;
}

/** A label, a control and its validation message right under it, linked for screen readers. */
export function FieldShell({ label, error, warning, hint, children, wide, after, path }: FieldShellProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, warning ? warningId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ps-field${wide ? ' ps-field--wide' : ''}${error ? ' has-error' : ''}${warning ? ' has-warning' : ''}`} data-path={path}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {after}
      {hint && (
        <span className="ps-field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="ps-field-error" id={errorId}>
          {error}
        </span>
      )}
      {warning && <FieldWarning id={warningId} text={warning} />}
    </div>
  );
}

/** A risk warning under a field, marked as a warning in words, not by colour alone. */
export function FieldWarning({ id, text }: { id?: string; text: string }) {
  return (
    <span className="ps-field-warning" id={id}>
      <span className="ps-visually-hidden">{t('form.warning')}: </span>
      {text}
    </span>
  );
}

/** The risk warnings at `key`, one per line, or undefined. */
export function useWarning(key: string): string | undefined {
  return useFormSelector(`warning:${key}`, (s) => s.warnings.get(key));
}

/** The value at `path`; the field re-renders only when it changes. */
function useValue(path: FieldPath): unknown {
  const key = pathKey(path);
  return useFormSelector(`value:${key}`, (s) => getIn(s.project, path));
}

/** The validation message of exactly `key`. */
function useError(key: string): string | undefined {
  return useFormSelector(`error:${key}`, (s) => s.errors.get(key));
}

/** The first message at `key` or below it (list fields). */
function useFirstErrorUnder(key: string): string | undefined {
  return useFormSelector(`errorUnder:${key}`, (s) => errorsUnder(s.errors, key)[0]);
}

function useLanguages() {
  const lang = useFormSelector('lang', (s) => s.lang);
  const primary = useFormSelector('primary', (s) => s.primary);
  const multilingual = useFormSelector('multilingual', (s) => s.project.languages.length > 1);
  return { lang, primary, multilingual };
}

interface TextFieldProps {
  label: string;
  path: FieldPath;
  /** Empty input removes the field (for optional ones) instead of storing "". */
  optional?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  wide?: boolean;
  placeholder?: string;
  hint?: string;
  /** Applied to the project after each edit, in the same undo step (an id following a new entry's name). */
  transform?(project: Project, text: string): Project;
  onBlur?(): void;
}

/** A plain text field bound to a project path. */
export function TextField({ label, path, optional, type = 'text', wide, placeholder, hint, transform, onBlur }: TextFieldProps) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const warning = useWarning(key);
  return (
    <FieldShell path={key} label={label} error={error} warning={warning} hint={hint} wide={wide}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type={type}
          value={typeof value === 'string' ? value : ''}
          placeholder={placeholder}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(e) => {
            const text = e.target.value;
            update(key, (p) => {
              const next = setIn(p, path, optional && text === '' ? undefined : text);
              return transform ? transform(next, text) : next;
            });
          }}
        />
      )}
    </FieldShell>
  );
}

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
          <textarea id={id} rows={3} value={text} placeholder={fallback} aria-invalid={error !== undefined} aria-describedby={describe(describedBy)} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type="text" value={text} placeholder={fallback} aria-invalid={error !== undefined} aria-describedby={describe(describedBy)} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </FieldShell>
  );
}

/** A list of LocalizedText edited as lines of a text area (services, purposes, examples, measures). */
export function LinesField({ label, path, wide }: { label: string; path: FieldPath; wide?: boolean }) {
  const { update } = useFormStore();
  const { lang, primary } = useLanguages();
  const key = pathKey(path);
  const items = (useValue(path) as LocalizedText[] | undefined) ?? [];
  const error = useFirstErrorUnder(key);
  const text = items.map((item) => localizedForEdit(item, lang, primary).text).join('\n');
  const untranslated = lang === primary ? [] : items.map((item, i) => ({ item, n: i + 1 })).filter(({ item }) => translationNote(item, lang, primary).sourceText !== '');
  const after =
    untranslated.length > 0 ? (
      <ul className="ps-field-source-list" aria-label={t('form.untranslatedLines')}>
        {untranslated.map(({ item, n }) => (
          <li key={n}>
            {t('form.lineN', { n })}: <SourceText value={item} lang={lang} primary={primary} />
          </li>
        ))}
      </ul>
    ) : null;
  return (
    <FieldShell path={key} label={label} error={error} hint={t('form.onePerLine')} wide={wide} after={after}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={Math.max(2, Math.min(6, items.length + 1))}
          value={text}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const lines = e.target.value.split('\n');
            update(key, (p) => {
              const current = (getIn(p, path) as LocalizedText[] | undefined) ?? [];
              return setIn(
                p,
                path,
                lines.map((line, i) => setLocalized(current[i], line, lang, primary)),
              );
            });
          }}
          onBlur={() =>
            // Blank lines are only a typing aid; drop them when the user leaves the field.
            update(`${key}:blur`, (p) => {
              const current = (getIn(p, path) as LocalizedText[] | undefined) ?? [];
              const kept = current.filter((item) => !(typeof item === 'string' && item.trim() === ''));
              return kept.length === current.length ? p : setIn(p, path, kept);
            })
          }
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps {
  label: string;
  path: FieldPath;
  options: readonly FieldOption[];
  optional?: boolean;
  wide?: boolean;
  /** The label of the empty choice of an optional select. */
  emptyLabel?: string;
  /** Where risk warnings for this choice are filed, when not at the field itself (`recipients[0].transfers.eu`). */
  warningPath?: string;
  /** Applied after each choice, in the same undo step (a kind that replaces the object). */
  transform?(project: Project, value: string): Project;
}

/** A choice from a fixed list; the chosen option's one-line help shows under it. */
export function SelectField({ label, path, options, optional, wide, emptyLabel, warningPath, transform }: SelectFieldProps) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const own = useWarning(key);
  const filed = useWarning(warningPath ?? key);
  const warning = warningPath && filed !== own ? [own, filed].filter(Boolean).join(' ') || undefined : own;
  const current = typeof value === 'string' ? value : '';
  const known = options.some((o) => o.value === current);
  const help = options.find((o) => o.value === current)?.help;
  return (
    <FieldShell path={key} label={label} error={error} warning={warning} hint={help} wide={wide}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={current}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const chosen = e.target.value;
            update(key, (p) => {
              const next = setIn(p, path, optional && chosen === '' ? undefined : chosen);
              return transform ? transform(next, chosen) : next;
            });
          }}
        >
          {optional && <option value="">{emptyLabel ?? '—'}</option>}
          {!known && !(optional && current === '') && <option value={current}>{current || '—'}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/**
 * A country, chosen by its name in the UI language (sorted by name); the
 * project stores the ISO code. A value that is not a known code (from a file
 * edited by hand) stays selected and its validation message shows.
 */
export function CountryField({ label, path, wide }: { label: string; path: FieldPath; wide?: boolean }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const lang = uiLanguage();
  const options = countryOptions(lang);
  const current = typeof value === 'string' ? value : '';
  const known = options.some((o) => o.value === current);
  return (
    <FieldShell path={key} label={label} error={error} wide={wide}>
      {({ id, describedBy }) => (
        <select id={id} value={current} aria-invalid={error !== undefined} aria-describedby={describedBy} onChange={(e) => update(key, (p) => setIn(p, path, e.target.value))}>
          {!known && <option value={current}>{current === '' ? t('field.countryChoose') : t('field.countryUnknown', { value: current })}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/**
 * A text input for a country with the ISO countries as suggestions: it shows
 * the country's name, takes a typed name or code ("Germany", "de") and stores
 * the code. Unknown text is stored as typed so validation can say so. While
 * focused it keeps exactly what the user typed ("De" on the way to "Denmark"
 * must not turn into "Germany").
 */
export function CountryInput({ value, onChange, listId, ...rest }: { value: string; onChange(code: string): void; listId: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'>) {
  const lang = uiLanguage();
  // What the user typed and the value it was stored as; stale once the value changes some other way (undo, paste).
  const [draft, setDraft] = useState<{ text: string; code: string } | null>(null);
  const shown = draft && draft.code === value ? draft.text : countryName(value, lang);
  return (
    <input
      {...rest}
      type="text"
      list={listId}
      autoComplete="off"
      placeholder={t('field.countryPlaceholder')}
      value={shown}
      onBlur={(e) => {
        setDraft(null);
        rest.onBlur?.(e);
      }}
      onChange={(e) => {
        const text = e.target.value;
        const code = parseCountry(text, lang) ?? text.trim();
        setDraft({ text, code });
        onChange(code);
      }}
    />
  );
}

/** The suggestions of every `CountryInput` on the page: one `<datalist>` of ISO country names. */
export function CountryDatalist({ id }: { id: string }) {
  const options = countryOptions(uiLanguage());
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.value} value={o.label} />
      ))}
    </datalist>
  );
}

/** A yes/no fact; `help` says in one line what it means. */
export function CheckboxField({ label, path, help }: { label: string; path: FieldPath; help?: string }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const checked = useValue(path) === true;
  const warning = useWarning(key);
  const id = useId();
  return (
    <div className="ps-check-field" data-path={key}>
      <div className="ps-check">
        <input id={id} type="checkbox" checked={checked} aria-describedby={help || warning ? `${id}-hint` : undefined} onChange={(e) => update(key, (p) => setIn(p, path, e.target.checked))} />
        <label htmlFor={id}>{label}</label>
      </div>
      {(help || warning) && (
        <span id={`${id}-hint`}>
          {help && <span className="ps-field-hint">{help}</span>}
          {warning && <FieldWarning text={warning} />}
        </span>
      )}
    </div>
  );
}

/** An integer field; empty removes optional ones. Non-numbers stay as typed so validation can say what is wrong. */
export function NumberField({ label, path, optional, min, max }: { label: string; path: FieldPath; optional?: boolean; min?: number; max?: number }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const warning = useWarning(key);
  return (
    <FieldShell path={key} label={label} error={error} warning={warning}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={typeof value === 'number' && Number.isFinite(value) ? String(value) : ''}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value;
            update(key, (p) => setIn(p, path, raw === '' ? (optional ? undefined : Number.NaN) : Number(raw)));
          }}
        />
      )}
    </FieldShell>
  );
}

/** A set of checkboxes over an enum array (jurisdictions, languages, channels). */
export function MultiCheckField({ label, path, options }: { label: string; path: FieldPath; options: readonly FieldOption[] }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const selected = (useValue(path) as string[] | undefined) ?? [];
  const message = useFirstErrorUnder(key);
  const groupId = useId();
  return (
    <fieldset className={`ps-field ps-field--wide${message ? ' has-error' : ''}`} aria-describedby={message ? `${groupId}-error` : undefined} data-path={key}>
      <legend>{label}</legend>
      <div className="ps-check-grid">
        {options.map((o) => (
          <label key={o.value} className="ps-check">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                update(key, (p) => {
                  const current = (getIn(p, path) as string[] | undefined) ?? [];
                  // Appended, not sorted: the first language stays the project's primary one.
                  return setIn(p, path, e.target.checked ? [...current.filter((v) => v !== o.value), o.value] : current.filter((v) => v !== o.value));
                })
              }
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      {message && (
        <span className="ps-field-error" id={`${groupId}-error`}>
          {message}
        </span>
      )}
    </fieldset>
  );
}
