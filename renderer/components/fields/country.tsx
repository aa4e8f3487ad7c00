import { useState, type InputHTMLAttributes } from 'react';
import { countryName, countryOptions, parseCountry } from '../../i18n/countries.ts';
import { t, uiLanguage } from '../../i18n/t.ts';
import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useError, useValue } from './hooks.ts';
import { FieldShell } from './shell.tsx';

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

