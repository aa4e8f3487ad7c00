import { COOKIE_CATEGORIES, type Cookie, type DocumentLanguage, type LocalizedText, type Project } from '../../shared/model/index.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { localizedForEdit, setLocalized } from '../state/localized.ts';
import { dateMessage } from './fields/DateField.tsx';
import type { TableColumn } from './RowTable.tsx';

type ChangeLogEntry = Project['changeLog'][number];

function text<T>(key: keyof T & string, label: string, names: string[] = [], width?: string): TableColumn<T> {
  return {
    key,
    label,
    names,
    width,
    get: (row) => String((row as Record<string, unknown>)[key] ?? ''),
    set: (row, value) => ({ ...row, [key]: value }),
  };
}

function localized<T>(key: keyof T & string, label: string, lang: DocumentLanguage, primary: DocumentLanguage, names: string[] = [], width?: string): TableColumn<T> {
  return {
    key,
    label,
    names,
    width,
    get: (row) => localizedForEdit((row as Record<string, unknown>)[key] as LocalizedText | undefined, lang, primary).text,
    set: (row, value) => ({ ...row, [key]: setLocalized((row as Record<string, unknown>)[key] as LocalizedText | undefined, value, lang, primary) }),
  };
}

/**
 * A column of fixed values shown with plain-English labels (`prefix.value`
 * in the message file). Pasted text finds its option by value in any case
 * ("SCC") or by the label's text before the dash ("Necessary").
 */
function choice<T>(key: keyof T & string, label: string, values: readonly string[], prefix: string, names: string[] = [], width?: string): TableColumn<T> {
  const options = values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const find = (typed: string) => {
    const folded = typed.trim().toLowerCase();
    return options.find((o) => o.value.toLowerCase() === folded || o.label.toLowerCase() === folded || o.label.split(' — ').some((part) => part.toLowerCase() === folded))?.value;
  };
  return {
    key,
    label,
    names,
    width,
    options,
    get: (row) => String((row as Record<string, unknown>)[key] ?? ''),
    set: (row, value) => ({ ...row, [key]: find(value) ?? value.trim() }),
  };
}

export function cookieColumns(lang: DocumentLanguage, primary: DocumentLanguage): TableColumn<Cookie>[] {
  return [
    text<Cookie>('name', t('col.name'), ['cookie']),
    text<Cookie>('provider', t('col.provider')),
    choice<Cookie>('category', t('col.category'), COOKIE_CATEGORIES, 'cookieCategory', ['type']),
    { ...localized<Cookie>('purpose', t('col.purpose'), lang, primary, [], '1.6fr'), multiline: true },
    localized<Cookie>('duration', t('col.duration'), lang, primary, ['expiry', 'expires']),
    choice<Cookie>('party', t('col.party'), ['first', 'third'], 'party'),
  ];
}

export function emptyCookie(): Cookie {
  return { name: '', provider: '', category: 'necessary', purpose: '', duration: '', party: 'first' };
}

export function changeLogColumns(lang: DocumentLanguage, primary: DocumentLanguage): TableColumn<ChangeLogEntry>[] {
  return [{ ...text<ChangeLogEntry>('date', t('col.date')), date: true, plainError: dateMessage() }, { ...localized<ChangeLogEntry>('summary', t('col.summary'), lang, primary, ['change', 'description'], '3fr'), multiline: true }];
}

export function emptyChange(): ChangeLogEntry {
  return { date: new Date().toISOString().slice(0, 10), summary: '' };
}
