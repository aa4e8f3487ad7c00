import { useState, type InputHTMLAttributes } from 'react';
import { t } from '../../i18n/t.ts';
import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { datePattern, formatDate, parseDate, userLocale } from './dates.ts';
import { useError, useValue, useWarning } from './hooks.ts';
import { FieldShell } from './shell.tsx';

/** What to enter in a date field, in the user's own date order ("Enter a date as MM/DD/YYYY, for example 11/23/2026"). */
export function dateMessage(locale: string = userLocale()): string {
  return t('field.date.invalid', { pattern: datePattern(locale).letters, example: formatDate('2026-11-23', locale) });
}

/**
 * A date typed in the user's locale order and stored as ISO. Text that is
 * not (yet) a date is stored as typed so validation can say what to enter;
 * while focused the input keeps exactly what was typed.
 */
export function DateInput({ value, onChange, ...rest }: { value: string; onChange(iso: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const locale = userLocale();
  const [draft, setDraft] = useState<{ text: string; stored: string } | null>(null);
  const shown = draft && draft.stored === value ? draft.text : formatDate(value, locale);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={datePattern(locale).letters}
      value={shown}
      onBlur={(e) => {
        setDraft(null);
        rest.onBlur?.(e);
      }}
      onChange={(e) => {
        const text = e.target.value;
        const stored = parseDate(text, locale) ?? text.trim();
        setDraft({ text, stored });
        onChange(stored);
      }}
    />
  );
}

/** A date field bound to a project path; its message says what to enter in the user's date order. */
export function DateField({ label, path, wide }: { label: string; path: FieldPath; wide?: boolean }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const warning = useWarning(key);
  return (
    <FieldShell path={key} label={label} error={error ? dateMessage() : undefined} warning={warning} wide={wide}>
      {({ id, describedBy }) => <DateInput id={id} value={typeof value === 'string' ? value : ''} aria-invalid={error !== undefined} aria-describedby={describedBy} onChange={(iso) => update(key, (p) => setIn(p, path, iso))} />}
    </FieldShell>
  );
}
