import { memo, useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { exactTextFor, type DocumentLanguage, type LocalizedText, type Project } from '../../shared/model/index.ts';
import { languageName } from '../i18n/language-names.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { confirmTranslation, setLocalized, translationNote } from '../state/localized.ts';
import { getIn, setIn } from '../state/paths.ts';
import type { Host } from '../host/host.ts';
import { SectionTranslations } from './SectionTranslations.tsx';
import { TranslationFiles } from './TranslationFiles.tsx';
import { rowHasGap, translationRows } from '../translations/rows.ts';

type Update = (key: string, edit: (project: Project) => Project) => void;

export interface TranslationViewProps {
  project: Project;
  update: Update;
  /** Show only the rows with a missing or stale text in some language. */
  onlyGaps: boolean;
  onOnlyGaps(on: boolean): void;
  /** Gives the view "Export for translators…" and "Import translations…" (files through the host's dialogs). */
  host?: Host;
}

const STATE_LABELS: Record<'source' | 'translated' | 'stale' | 'missing', MessageKey> = {
  source: 'translations.state.source',
  translated: 'translations.state.translated',
  stale: 'translations.state.stale',
  missing: 'translations.state.missing',
};

/** Lines a text takes in a cell (about 30 characters a line), within reason: text areas get rows, not style attributes (the CSP forbids them). */
const linesFor = (text: string) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 30)), 0);

/** One height for a row's text areas: the longest of its texts, the source shown beside a missing one included. */
function rowLines(value: LocalizedText, langs: readonly DocumentLanguage[], primary: DocumentLanguage): number {
  return Math.min(8, Math.max(2, ...langs.map((lang) => linesFor(exactTextFor(value, lang, primary) ?? ''))));
}

/** Edits `lang`'s text of the field at `path` (see `setLocalized`: the source marks others stale, another language is a translation). */
function editText(update: Update, key: string, path: (string | number)[], lang: DocumentLanguage, text: string): void {
  update(`${key}:${lang}`, (p) => {
    const current = getIn(p, path) as LocalizedText | undefined;
    return setIn(p, path, setLocalized(current, text, lang, p.languages[0] ?? 'en'));
  });
}

interface CellProps {
  rowKey: string;
  path: (string | number)[];
  label: string;
  value: LocalizedText;
  lang: DocumentLanguage;
  primary: DocumentLanguage;
  cell: string;
  lines: number;
  update: Update;
  onEdited(key: string): void;
}

/** One language's text of one field: editable, with its state in words and, when missing or stale, the source text beside it. */
function TranslationCell({ rowKey, path, label, value, lang, primary, cell, lines, update, onEdited }: CellProps) {
  const id = useId();
  const text = exactTextFor(value, lang, primary) ?? '';
  const note = translationNote(value, lang, primary);
  const showSource = (note.state === 'missing' || note.state === 'stale') && note.sourceLang !== null && note.sourceText !== '';
  return (
    <td className={`ps-tr-cell is-${note.state}`}>
      <textarea
        className="ps-tr-input"
        data-cell={cell}
        lang={lang}
        rows={lines}
        value={text}
        aria-label={t('translations.cell', { field: label, lang: languageName(lang) })}
        aria-describedby={`${id}-state`}
        onChange={(e) => {
          onEdited(rowKey);
          editText(update, rowKey, path, lang, e.target.value);
        }}
      />
      <div className="ps-tr-meta" id={`${id}-state`}>
        {/* A text the first language did not give: written in this language itself, not translated. */}
        <span className={`ps-tr-badge is-${note.state}`}>{t(note.state === 'source' && lang !== primary ? 'translations.state.own' : STATE_LABELS[note.state])}</span>
        {showSource && note.sourceLang && (
          <span className="ps-tr-source">
            {t(note.state === 'stale' ? 'translations.sourceNow' : 'translations.sourceIs', { lang: languageName(note.sourceLang) })}{' '}
            <q lang={note.sourceLang}>{note.sourceText}</q>
          </span>
        )}
      </div>
      {note.state === 'stale' && (
        <button type="button" className="ps-link-button ps-tr-confirm" onClick={() => update(`${rowKey}:${lang}:confirm:${Date.now()}`, (p) => setIn(p, path, confirmTranslation(getIn(p, path) as LocalizedText, lang, p.languages[0] ?? 'en')))}>
          {t('translations.stillCorrect')}
        </button>
      )}
    </td>
  );
}

interface RowProps {
  rowKey: string;
  path: (string | number)[];
  label: string;
  value: LocalizedText;
  index: number;
  langs: readonly DocumentLanguage[];
  primary: DocumentLanguage;
  update: Update;
  onEdited(key: string): void;
}

/** Equal rows render the same; the path is named by the key (its array is rebuilt with every project). */
const sameRow = (a: RowProps, b: RowProps) =>
  a.rowKey === b.rowKey && a.label === b.label && a.value === b.value && a.index === b.index && a.langs === b.langs && a.primary === b.primary && a.update === b.update && a.onEdited === b.onEdited;

/** A field's row; memoized on its value, so typing re-renders one row of hundreds. */
const TranslationRowView = memo(function TranslationRowView({ rowKey, path, label, value, index, langs, primary, update, onEdited }: RowProps) {
  const lines = rowLines(value, langs, primary);
  return (
    <tr data-row={rowKey}>
      <th scope="row" className="ps-tr-field">
        <span className="ps-tr-label">{label}</span>
        <code className="ps-tr-path">{rowKey}</code>
      </th>
      {langs.map((lang, col) => (
        <TranslationCell key={lang} rowKey={rowKey} path={path} label={label} value={value} lang={lang} primary={primary} cell={`${index}:${col}`} lines={lines} update={update} onEdited={onEdited} />
      ))}
    </tr>
  );
}, sameRow);

/** Enter moves to the cell below, Shift+Enter to the one above (Tab and Shift+Tab move along the row, as everywhere); Alt+Enter starts a new line. */
function handleGridKey(event: KeyboardEvent<HTMLTableElement>): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  const cell = target.dataset.cell;
  if (!cell || event.altKey) return;
  event.preventDefault();
  const [row, col] = cell.split(':').map(Number) as [number, number];
  const next = event.currentTarget.querySelector<HTMLTextAreaElement>(`[data-cell="${row + (event.shiftKey ? -1 : 1)}:${col}"]`);
  next?.focus();
  next?.select();
}

/**
 * The translation view: one row per free-text field, one column per
 * document language, each cell editable. States are said in words (source,
 * translated, stale, missing) with the source text beside a cell that needs
 * work. Edits go through the project history, so undo works as in the form.
 */
export function TranslationView({ project, update, onlyGaps, onOnlyGaps, host }: TranslationViewProps) {
  const langs = project.languages.length > 0 ? project.languages : (['en'] as DocumentLanguage[]);
  const primary = langs[0]!;
  const rows = useMemo(() => translationRows(project), [project]);
  // Rows edited while filtering stay in view until the filter changes: a row must not vanish under the cursor once translated.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const [keptFor, setKeptFor] = useState(onlyGaps);
  if (keptFor !== onlyGaps) {
    setKeptFor(onlyGaps);
    setKept(new Set());
  }
  const gapRows = rows.filter((r) => rowHasGap(r.value, langs, primary));
  const shown = onlyGaps ? rows.filter((r) => kept.has(r.key) || rowHasGap(r.value, langs, primary)) : rows;
  const handleEdited = useCallback((key: string) => setKept((k) => (k.has(key) ? k : new Set([...k, key]))), []);

  return (
    <div className="ps-translations">
      <div className="ps-tr-head">
        <h2 className="ps-tr-title">{t('translations.title')}</h2>
        <label className="ps-check">
          <input type="checkbox" checked={onlyGaps} onChange={(e) => onOnlyGaps(e.target.checked)} />
          {t('translations.onlyGaps', { count: gapRows.length })}
        </label>
        <p className="ps-field-hint ps-tr-hint">{langs.length > 1 ? t('translations.hint', { lang: languageName(primary) }) : t('translations.oneLanguage')}</p>
        {host && <TranslationFiles host={host} project={project} update={update} />}
      </div>
      <div className="ps-tr-scroll">
        {shown.length === 0 ? (
          <p className="ps-empty">{onlyGaps ? t('translations.allDone') : t('translations.noFields')}</p>
        ) : (
          <table className="ps-tr-table" data-columns={langs.length} onKeyDown={handleGridKey}>
            <thead>
              <tr>
                <th scope="col" className="ps-tr-field">
                  {t('translations.field')}
                </th>
                {langs.map((lang) => (
                  <th scope="col" key={lang} lang={lang}>
                    {languageName(lang)}
                    {lang === primary && <span className="ps-tr-col-note"> · {t('translations.sourceColumn')}</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                <TranslationRowView key={row.key} rowKey={row.key} path={row.path} label={row.label} value={row.value} index={index} langs={langs} primary={primary} update={update} onEdited={handleEdited} />
              ))}
            </tbody>
          </table>
        )}
        <SectionTranslations project={project} update={update} />
      </div>
    </div>
  );
}
