import { useCallback, useMemo } from 'react';
import { applyCookieUpdate, cookieUpdate, dismissUpdate } from '../../../shared/library/library-updates.ts';
import { COOKIE_FACTS, fillCookie, type CookieFact } from '../../../shared/library/suggest.ts';
import type { Cookie, DocumentLanguage, Project } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { cookieIn, loadedLibrary, useLibrary } from '../../state/library.ts';
import { errorMapUnder, sameErrors } from '../../state/validation.ts';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { RowTable, type TableColumn } from '../RowTable.tsx';
import { cookieColumns, emptyCookie } from '../tables.ts';
import { cookieFactLabel, suggestCookies } from './library-options.ts';
import { LibraryNotice } from './LibraryNotice.tsx';

/** A library cookie by id, once the library has loaded (see `useLibrary` below: rows filled from it load it). */
const findCookie = (id: string) => cookieIn(loadedLibrary(), id);

/** The cookies table's columns, the name offering library cookies in the project's languages. */
export function libraryCookieColumns(lang: DocumentLanguage, primary: DocumentLanguage, languages: readonly DocumentLanguage[]): TableColumn<Cookie>[] {
  return cookieColumns(lang, primary).map((column) =>
    column.key === 'name'
      ? {
          ...column,
          suggest: {
            options: suggestCookies,
            choose: (row: Cookie, id: string) => {
              const cookie = findCookie(id);
              return cookie ? fillCookie(row, cookie, languages) : row;
            },
          },
        }
      : column,
  );
}

/** Cookie `index` with its library update applied or dismissed, as one edit. */
function settleUpdate(project: Project, index: number, how: 'apply' | 'dismiss'): Project {
  const row = project.cookies[index];
  const offered = row ? cookieUpdate(row, findCookie) : undefined;
  if (!row || !offered) return project;
  const next = how === 'apply' ? applyCookieUpdate(row, offered, project.languages) : dismissUpdate(row, offered);
  return { ...project, cookies: project.cookies.map((c, i) => (i === index ? next : c)) };
}

/** The cookies a site sets: an editable table whose names suggest library cookies, with a notice on rows whose entry has changed. */
export function CookieTable() {
  const { update } = useFormStore();
  const lang = useFormSelector('lang', (s) => s.lang, Object.is, ['languages']);
  const primary = useFormSelector('primary', (s) => s.primary, Object.is, ['languages']);
  const languages = useFormSelector('languages', (s) => s.project.languages.join(' '));
  const rows = useFormSelector('rows:cookies', (s) => s.project.cookies);
  const errors = useFormSelector('errors:cookies', (s) => errorMapUnder(s.errors, 'cookies'), sameErrors);
  // Rows filled from the library load it, after the first render, to say when their entry has changed.
  const fromLibrary = useFormSelector('cookies-from-library', (s) => s.project.cookies.some((c) => c.library !== undefined), Object.is, ['cookies']);
  const library = useLibrary(fromLibrary);
  const columns = useMemo(() => libraryCookieColumns(lang, primary, languages.split(' ') as DocumentLanguage[]), [lang, primary, languages]);
  const handleChange = useCallback((next: Cookie[], key: string) => update(key, (p) => ({ ...p, cookies: next })), [update]);
  const notice = useCallback(
    (row: Cookie, index: number) => {
      // Null until the library has loaded; the rows ask again when it has.
      const offered = cookieUpdate(row, (id) => cookieIn(library, id));
      if (!offered) return null;
      const labels = offered.changed.filter((f): f is CookieFact => (COOKIE_FACTS as readonly string[]).includes(f)).map(cookieFactLabel);
      const name = offered.entry.match === 'prefix' ? `${offered.entry.name}*` : offered.entry.name;
      const settle = (how: 'apply' | 'dismiss') => update(`cookies[${index}]:library-update:${Date.now()}`, (p) => settleUpdate(p, index, how));
      return <LibraryNotice name={name} facts={labels} onApply={() => settle('apply')} onDismiss={() => settle('dismiss')} />;
    },
    [update, library],
  );
  return <RowTable caption={t('section.cookies')} path="cookies" rows={rows} columns={columns} errors={errors} emptyRow={emptyCookie} onChange={handleChange} rowNotice={notice} />;
}
