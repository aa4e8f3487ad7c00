import type { LocalizedText } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { localizedForEdit, setLocalized, translationNote } from '../../state/localized.ts';
import { getIn, pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useFirstErrorUnder, useLanguages, useValue } from './hooks.ts';
import { SourceText } from './LocalizedField.tsx';
import { FieldShell } from './shell.tsx';

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
