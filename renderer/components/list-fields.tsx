import { useId, useRef, type ReactNode } from 'react';
import { countryName, countryOptions } from '../i18n/countries.ts';
import { t, uiLanguage } from '../i18n/t.ts';
import { getIn, pathKey, setIn, type FieldPath } from '../state/paths.ts';
import { errorsUnder } from '../state/validation.ts';
import { FieldWarning, useWarning, type FieldOption } from './fields.tsx';
import { useFormSelector, useFormStore } from './form-context.ts';
import { CloseIcon } from './icons.tsx';
import { useRenderWhenNear } from './lazy-render.ts';

/**
 * Several countries (where a recipient stores data, where it is accessed
 * from): each shown by name with a remove button, and a select of the ISO
 * countries to add one. A code that is not a country (from a hand-edited
 * file) stays in the list with its message.
 */
export function CountryListField({ label, path, hint, only }: { label: string; path: FieldPath; hint?: string; /** Offer only these countries (the EEA, for markets). */ only?: ReadonlySet<string> }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const codes = useFormSelector(`countries:${key}`, (s) => ((getIn(s.project, path) as string[] | undefined) ?? []).join(' '));
  const error = useFormSelector(`errorUnder:${key}`, (s) => errorsUnder(s.errors, key)[0]);
  const warning = useWarning(key);
  const id = useId();
  const list = codes === '' ? [] : codes.split(' ');
  const lang = uiLanguage();
  const options = countryOptions(lang).filter((o) => !list.includes(o.value) && (only === undefined || only.has(o.value)));
  const set = (next: string[]) => update(`${key}:list:${Date.now()}`, (p) => setIn(p, path, next));
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, warning ? `${id}-warning` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ps-field${error ? ' has-error' : ''}${warning ? ' has-warning' : ''}`} role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} data-path={key}>
      <span className="ps-label" id={`${id}-label`}>
        {label}
      </span>
      <ul className="ps-chips">
        {list.map((code, i) => (
          <li key={`${code}-${i}`} className="ps-chip">
            <span>{countryName(code, lang)}</span>
            <button type="button" className="ps-chip-remove" aria-label={t('form.removeNamed', { name: countryName(code, lang) })} onClick={() => set(list.filter((_, j) => j !== i))}>
              <CloseIcon />
            </button>
          </li>
        ))}
      </ul>
      <select
        aria-label={t('form.addCountryTo', { field: label })}
        value=""
        onChange={(e) => {
          if (e.target.value !== '') set([...list, e.target.value]);
        }}
      >
        <option value="">{t('form.addCountry')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <span className="ps-field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="ps-field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {warning && <FieldWarning id={`${id}-warning`} text={warning} />}
    </div>
  );
}

/**
 * Entries picked by name from another list (the categories an activity
 * uses, the recipients involved); the project stores their ids. An id that
 * names nothing (a hand-edited file) shows as such, checked, to be unticked.
 */
export function IdPickField({ label, path, options, empty, hint }: { label: string; path: FieldPath; options: readonly FieldOption[]; empty: string; hint?: string }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const selected = useFormSelector(`ids:${key}`, (s) => ((getIn(s.project, path) as string[] | undefined) ?? []).join(' '));
  const error = useFormSelector(`errorUnder:${key}`, (s) => errorsUnder(s.errors, key)[0]);
  const warning = useWarning(key);
  const id = useId();
  const ids = selected === '' ? [] : selected.split(' ');
  const unknown = ids.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: t('form.unknownId', { id: v }) }));
  const toggle = (value: string, on: boolean) =>
    update(`${key}:pick`, (p) => {
      const current = (getIn(p, path) as string[] | undefined) ?? [];
      return setIn(p, path, on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value));
    });
  return (
    <fieldset className={`ps-field ps-field--wide${error ? ' has-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined} data-path={key}>
      <legend>{label}</legend>
      {options.length === 0 && unknown.length === 0 ? (
        <span className="ps-field-hint">{empty}</span>
      ) : (
        <div className="ps-check-grid">
          {[...options, ...unknown].map((o) => (
            <label key={o.value} className="ps-check">
              <input type="checkbox" checked={ids.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
      {hint && <span className="ps-field-hint">{hint}</span>}
      {error && (
        <span className="ps-field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {warning && <FieldWarning text={warning} />}
    </fieldset>
  );
}

/** A card of the form (one category, activity or recipient) with its heading, a remove button and the warnings filed at the card itself. */
export function FormCard({ title, path, onRemove, children }: { title: string; path: string; onRemove?(): void; children: ReactNode }) {
  const headingId = useId();
  const warning = useWarning(path);
  const problems = useFormSelector(`cardErrors:${path}`, (s) => errorsUnder(s.errors, path).length);
  // The body waits until the card is near the viewport or idle time comes (lazy-render.ts); its head shows at once.
  const card = useRef<HTMLDivElement>(null);
  const { shown, onFocus } = useRenderWhenNear(card);
  return (
    <div ref={card} className={`ps-card${problems > 0 ? ' has-error' : ''}${shown ? '' : ' ps-card--pending'}`} role="group" aria-labelledby={headingId} data-path={path} onFocus={shown ? undefined : onFocus}>
      <div className="ps-card-head">
        <h3 id={headingId}>{title}</h3>
        {onRemove && (
          <button type="button" className="ps-link-button ps-danger" aria-label={t('form.removeNamed', { name: title })} onClick={onRemove}>
            {t('form.remove')}
          </button>
        )}
      </div>
      {warning && <FieldWarning text={warning} />}
      {shown && <div className="ps-form-grid">{children}</div>}
    </div>
  );
}
