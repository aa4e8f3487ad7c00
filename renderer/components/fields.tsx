import { useId, type ReactNode } from 'react';
import type { LocalizedText } from '../../shared/model/index.ts';
import { t } from '../i18n/t.ts';
import { localizedForEdit, setLocalized } from '../state/localized.ts';
import { getIn, pathKey, setIn, type FieldPath } from '../state/paths.ts';
import { errorsUnder } from '../state/validation.ts';
import { useForm } from './form-context.ts';

interface FieldShellProps {
  label: string;
  error: string | undefined;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  wide?: boolean;
}

/** A label, a control and its validation message right under it, linked for screen readers. */
export function FieldShell({ label, error, hint, children, wide }: FieldShellProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ps-field${wide ? ' ps-field--wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
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
    </div>
  );
}

interface TextFieldProps {
  label: string;
  path: FieldPath;
  /** Empty input removes the field (for optional ones) instead of storing "". */
  optional?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  wide?: boolean;
  placeholder?: string;
}

/** A plain text field bound to a project path. */
export function TextField({ label, path, optional, type = 'text', wide, placeholder }: TextFieldProps) {
  const { project, errors, update } = useForm();
  const key = pathKey(path);
  const value = getIn(project, path);
  return (
    <FieldShell label={label} error={errors.get(key)} wide={wide}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type={type}
          value={typeof value === 'string' ? value : ''}
          placeholder={placeholder}
          aria-invalid={errors.has(key)}
          aria-describedby={describedBy}
          onChange={(e) => {
            const text = e.target.value;
            update(key, (p) => setIn(p, path, optional && text === '' ? undefined : text));
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
}

/** A LocalizedText field: shows and edits the text of the document pane's language (see `setLocalized`). */
export function LocalizedField({ label, path, optional, multiline, wide }: LocalizedFieldProps) {
  const { project, errors, update, lang, primary } = useForm();
  const key = pathKey(path);
  const value = getIn(project, path) as LocalizedText | undefined;
  const { text, fallback } = localizedForEdit(value, lang);
  const onChange = (next: string) =>
    update(key, (p) => {
      const current = getIn(p, path) as LocalizedText | undefined;
      if (optional && next === '' && (current === undefined || typeof current === 'string')) return setIn(p, path, undefined);
      return setIn(p, path, setLocalized(current, next, lang, primary));
    });
  const hint = project.languages.length > 1 ? t('form.textIn', { lang: lang.toUpperCase() }) : undefined;
  return (
    <FieldShell label={label} error={errors.get(key)} hint={hint} wide={wide}>
      {({ id, describedBy }) =>
        multiline ? (
          <textarea id={id} rows={2} value={text} placeholder={fallback} aria-invalid={errors.has(key)} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type="text" value={text} placeholder={fallback} aria-invalid={errors.has(key)} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </FieldShell>
  );
}

/** A list of LocalizedText edited as lines of a text area (services, purposes, examples, measures). */
export function LinesField({ label, path, wide }: { label: string; path: FieldPath; wide?: boolean }) {
  const { project, errors, update, lang, primary } = useForm();
  const key = pathKey(path);
  const items = (getIn(project, path) as LocalizedText[] | undefined) ?? [];
  const text = items.map((item) => localizedForEdit(item, lang).text).join('\n');
  const messages = errorsUnder(errors, key);
  return (
    <FieldShell label={label} error={messages[0]} hint={t('form.onePerLine')} wide={wide}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={Math.max(2, Math.min(6, items.length + 1))}
          value={text}
          aria-invalid={messages.length > 0}
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
  options: readonly { value: string; label: string }[];
  optional?: boolean;
  wide?: boolean;
}

export function SelectField({ label, path, options, optional, wide }: SelectFieldProps) {
  const { project, errors, update } = useForm();
  const key = pathKey(path);
  const value = getIn(project, path);
  return (
    <FieldShell label={label} error={errors.get(key)} wide={wide}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={errors.has(key)}
          aria-describedby={describedBy}
          onChange={(e) => update(key, (p) => setIn(p, path, optional && e.target.value === '' ? undefined : e.target.value))}
        >
          {optional && <option value="">—</option>}
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

export function CheckboxField({ label, path }: { label: string; path: FieldPath }) {
  const { project, update } = useForm();
  const key = pathKey(path);
  const id = useId();
  return (
    <div className="ps-check">
      <input id={id} type="checkbox" checked={getIn(project, path) === true} onChange={(e) => update(key, (p) => setIn(p, path, e.target.checked))} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** An integer field; empty removes optional ones. Non-numbers stay as typed so validation can say what is wrong. */
export function NumberField({ label, path, optional, min, max }: { label: string; path: FieldPath; optional?: boolean; min?: number; max?: number }) {
  const { project, errors, update } = useForm();
  const key = pathKey(path);
  const value = getIn(project, path);
  return (
    <FieldShell label={label} error={errors.get(key)}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={typeof value === 'number' && Number.isFinite(value) ? String(value) : ''}
          aria-invalid={errors.has(key)}
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
export function MultiCheckField({ label, path, options }: { label: string; path: FieldPath; options: readonly { value: string; label: string }[] }) {
  const { project, errors, update } = useForm();
  const key = pathKey(path);
  const selected = (getIn(project, path) as string[] | undefined) ?? [];
  const messages = errorsUnder(errors, key);
  const groupId = useId();
  return (
    <fieldset className={`ps-field ps-field--wide${messages.length ? ' has-error' : ''}`} aria-describedby={messages.length ? `${groupId}-error` : undefined}>
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
            {o.label}
          </label>
        ))}
      </div>
      {messages[0] && (
        <span className="ps-field-error" id={`${groupId}-error`}>
          {messages[0]}
        </span>
      )}
    </fieldset>
  );
}
