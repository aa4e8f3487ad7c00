import {
  COOKIE_CATEGORIES,
  SAFEGUARDS,
  type Cookie,
  type DocumentLanguage,
  type LocalizedText,
  type Processor,
  type Project,
} from '../../shared/model/index.ts';
import { t } from '../i18n/t.ts';
import { localizedForEdit, setLocalized } from '../state/localized.ts';
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

/** An optional text column: an empty cell removes the field. */
function optionalText<T>(key: keyof T & string, label: string, names: string[] = []): TableColumn<T> {
  return { ...text<T>(key, label, names), set: (row, value) => ({ ...row, [key]: value.trim() === '' ? undefined : value }) };
}

function localized<T>(key: keyof T & string, label: string, lang: DocumentLanguage, primary: DocumentLanguage, names: string[] = [], width?: string): TableColumn<T> {
  return {
    key,
    label,
    names,
    width,
    get: (row) => localizedForEdit((row as Record<string, unknown>)[key] as LocalizedText | undefined, lang).text,
    set: (row, value) => ({ ...row, [key]: setLocalized((row as Record<string, unknown>)[key] as LocalizedText | undefined, value, lang, primary) }),
  };
}

function choice<T>(key: keyof T & string, label: string, values: readonly string[], names: string[] = []): TableColumn<T> {
  return {
    key,
    label,
    names,
    options: values.map((v) => ({ value: v, label: v })),
    get: (row) => String((row as Record<string, unknown>)[key] ?? ''),
    // Pasted text in any case ("SCC", "Necessary") still finds its option.
    set: (row, value) => ({ ...row, [key]: values.find((v) => v.toLowerCase() === value.trim().toLowerCase()) ?? value.trim() }),
  };
}

/** Country codes are typed or pasted as "se" or "SE"; stored upper-case. */
function country<T>(key: keyof T & string, label: string): TableColumn<T> {
  return { ...text<T>(key, label, ['country code', 'land']), set: (row, value) => ({ ...row, [key]: value.trim().toUpperCase() }) };
}

export function processorColumns(lang: DocumentLanguage, primary: DocumentLanguage): TableColumn<Processor>[] {
  return [
    text<Processor>('name', t('col.name'), ['processor', 'vendor', 'company'], '1.4fr'),
    localized<Processor>('activity', t('col.activity'), lang, primary, ['service', 'purpose', 'activity'], '1.6fr'),
    country<Processor>('country', t('col.country')),
    choice<Processor>('safeguard', t('col.safeguard'), SAFEGUARDS, ['transfer safeguard']),
    optionalText<Processor>('url', t('col.url'), ['url', 'link']),
  ];
}

export function emptyProcessor(): Processor {
  return { name: '', activity: '', country: '', safeguard: 'none' };
}

export function cookieColumns(lang: DocumentLanguage, primary: DocumentLanguage): TableColumn<Cookie>[] {
  return [
    text<Cookie>('name', t('col.name'), ['cookie']),
    text<Cookie>('provider', t('col.provider')),
    choice<Cookie>('category', t('col.category'), COOKIE_CATEGORIES, ['type']),
    localized<Cookie>('purpose', t('col.purpose'), lang, primary, [], '1.6fr'),
    localized<Cookie>('duration', t('col.duration'), lang, primary, ['expiry', 'expires']),
    choice<Cookie>('party', t('col.party'), ['first', 'third']),
  ];
}

export function emptyCookie(): Cookie {
  return { name: '', provider: '', category: 'necessary', purpose: '', duration: '', party: 'first' };
}

export function changeLogColumns(lang: DocumentLanguage, primary: DocumentLanguage): TableColumn<ChangeLogEntry>[] {
  return [text<ChangeLogEntry>('date', t('col.date')), localized<ChangeLogEntry>('summary', t('col.summary'), lang, primary, ['change', 'description'], '3fr')];
}

export function emptyChange(): ChangeLogEntry {
  return { date: new Date().toISOString().slice(0, 10), summary: '' };
}
