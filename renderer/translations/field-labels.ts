import { formatPath, textFor, type DocumentLanguage, type LocalizedText, type Project } from '../../shared/model/index.ts';
import { t, type MessageKey } from '../i18n/t.ts';

type Path = readonly (string | number)[];

/** The label of each free-text field, by its last name in the path (`activities[0].purpose` → Purpose). */
const FIELD_KEYS: Record<string, MessageKey> = {
  where: 'field.channelWhere',
  name: 'field.categoryName',
  detail: 'field.sourceDetail',
  purpose: 'field.purpose',
  interest: 'field.interest',
  obligation: 'field.obligation',
  criminalAuthority: 'field.criminalAuthority',
  consequence: 'field.consequence',
  text: 'field.retentionText',
  activity: 'field.recipientActivity',
  jointArrangement: 'field.jointArrangement',
  duration: 'col.duration',
  summary: 'col.summary',
  parentalConsent: 'field.parentalConsent',
  description: 'field.automatedDescription',
};

/** The entry a path starts in, named as the form's card heading names it ("Data category “Account details”"). */
function entryLabel(project: Project, path: Path, primary: DocumentLanguage): string | null {
  const [list, index] = path;
  if (typeof index !== 'number') return null;
  const name = (value: LocalizedText | string | undefined) => (value === undefined ? '' : typeof value === 'string' ? value : textFor(value, primary));
  switch (list) {
    case 'dataCategories':
      return t('translations.entry.category', { name: name(project.dataCategories[index]?.name) || index + 1 });
    case 'activities':
      return t('translations.entry.activity', { name: name(project.activities[index]?.purpose) || index + 1 });
    case 'recipients':
      return t('translations.entry.recipient', { name: project.recipients[index]?.name || index + 1 });
    case 'cookies':
      return t('translations.entry.cookie', { name: project.cookies[index]?.name || index + 1 });
    case 'changeLog':
      return t('translations.entry.change', { date: project.changeLog[index]?.date ?? index + 1 });
    default:
      return null;
  }
}

/**
 * A free-text field's place in plain words, for people who do not read JSON
 * paths: `dataCategories[0].examples[1]` → "Data category “Account details”
 * › Examples, line 2". Unknown paths fall back to the path itself.
 */
export function fieldLabel(project: Project, path: Path): string {
  const primary = project.languages[0] ?? 'en';
  const [head, second, third, fourth, fifth] = path;
  if (head === 'scope' && second === 'services' && typeof third === 'number') return t('translations.line', { label: t('field.services'), n: third + 1 });
  if (head === 'security' && second === 'measures' && typeof third === 'number') return t('translations.line', { label: t('field.measures'), n: third + 1 });
  if (head === 'children' && second === 'parentalConsent') return `${t('section.children')} › ${t('field.parentalConsent')}`;
  if (head === 'automatedDecisions' && second === 'description') return t('field.automatedDescription');
  if (head === 'company' && second === 'requestChannels' && typeof third === 'number') return `${t('field.requestChannels')} › ${t('field.requestChannelN', { n: third + 1 })} › ${t('field.channelWhere')}`;
  const entry = entryLabel(project, path, primary);
  if (entry === null) return formatPath(path);
  const rest: string[] = [];
  if (third === 'examples' && typeof fourth === 'number') rest.push(t('translations.line', { label: t('field.examples'), n: fourth + 1 }));
  else if (third === 'sources' && typeof fourth === 'number') rest.push(`${t('field.sourceKind', { n: fourth + 1 })} › ${t('field.sourceDetail')}`);
  else if (third === 'legalBases' && typeof fourth === 'number' && typeof fifth === 'string') rest.push(`${t('field.legalBasisN', { n: fourth + 1 })} › ${t(FIELD_KEYS[fifth] ?? 'field.interest')}`);
  else if (third === 'retention') rest.push(t('field.retentionText'));
  else if (third === 'name' && head === 'dataCategories') rest.push(t('translations.name'));
  else if (typeof third === 'string' && FIELD_KEYS[third]) rest.push(t(FIELD_KEYS[third]));
  else return formatPath(path);
  return [entry, ...rest].join(' › ');
}
