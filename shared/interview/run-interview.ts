import { library as shippedLibrary, type Library } from '../library/load.ts';
import type { LibraryService } from '../library/types.ts';
import type { ProjectError } from '../model/errors.ts';
import { isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import type { Activity, Cookie, DataCategory, Jurisdiction, LegalBasisEntry, Project, Recipient, RequestChannel } from '../model/schema.ts';
import { JURISDICTIONS } from '../model/schema.ts';
import { BOOKKEEPING_FALLBACK_RETENTION, BOOKKEEPING_LAWS } from './bookkeeping.ts';
import { ACTIVITIES, ACTIVITY_KEYS, CATEGORIES, CATEGORY_KEYS, type ActivityKey, type CategoryKey } from './building-blocks.ts';
import { emptyProject, stillToEnter } from './empty-project.ts';
import { isShown, resolvedAnswer } from './flow.ts';
import { homeJurisdiction } from './jurisdictions.ts';
import { interviewQuestions, QUESTIONS } from './questions.ts';
import { cookieFrom, KIND_ACTIVITIES, recipientFrom } from './services.ts';
import { localize } from './texts.ts';
import type { AnswerValue, Answers, CompanyField, Facts, Question } from './types.ts';

export interface InterviewOptions {
  /** The effective date, YYYY-MM-DD; by default today. */
  today?: string;
  questions?: readonly Question[];
  /** The service and cookie library, whose services the services question offers; by default the one shipped (`shared/library`). */
  library?: Pick<Library, 'services' | 'cookies'>;
}

export interface InterviewResult {
  /** The project the answers describe: valid when `stillToEnter` is empty, else a draft for the form to complete. */
  project: Project;
  /** What the project still needs to be valid, field by field. */
  stillToEnter: ProjectError[];
  /** Facts the interview could not know and the person should check in the form, one sentence each. */
  notes: string[];
}

/** The facts one answer adds (text and country answers fill the company's details instead). */
export function factsOf(question: Question, value: AnswerValue | undefined): Facts[] {
  switch (question.kind) {
    case 'yes-no':
      return value === undefined ? [] : [value === true ? question.yes : question.no];
    case 'one-of':
      return question.choices.filter((c) => c.value === value).map((c) => c.adds);
    case 'several-of': {
      const picked = Array.isArray(value) ? value : [];
      return picked.flatMap((v) => question.choices.filter((c) => c.value === v).map((c) => c.adds));
    }
    case 'country': {
      const home = typeof value === 'string' ? homeJurisdiction(value) : undefined;
      return home ? [{ jurisdictions: [home] }] : [];
    }
    case 'text':
      return [];
  }
}

const union = <T>(lists: readonly (readonly T[] | undefined)[]): T[] => [...new Set(lists.flatMap((l) => l ?? []))];

/** The company fields the answers give, trimmed, empty ones left out. */
function companyFields(questions: readonly Question[], answers: Answers): Partial<Record<CompanyField, string>> {
  const out: Partial<Record<CompanyField, string>> = {};
  for (const q of questions) {
    if (q.kind !== 'text') continue;
    const value = answers[q.id];
    if (value === undefined || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const field of q.fields) {
      const text = (value as Record<string, string>)[field.id]?.trim();
      if (text) out[field.id] = text;
    }
  }
  return out;
}

function categoryFrom(key: CategoryKey, languages: readonly DocumentLanguage[]): DataCategory {
  const block = CATEGORIES[key];
  return {
    id: key,
    name: localize(block.name, languages),
    examples: block.examples.map((e) => localize(e, languages)),
    sources: block.sources.map((s) => (s.detail ? { kind: s.kind, detail: localize(s.detail, languages) } : { kind: s.kind })),
    ...(block.special ? { special: block.special } : {}),
    ...(block.sensitivePi ? { sensitivePi: block.sensitivePi } : {}),
    ...(block.sensitivePiUse ? { sensitivePiUse: block.sensitivePiUse } : {}),
    ...(block.ccpaCategory ? { ccpaCategory: block.ccpaCategory } : {}),
  };
}

function activityFrom(key: ActivityKey, country: string, languages: readonly DocumentLanguage[], recipients: readonly string[]): Activity {
  const block = ACTIVITIES[key];
  const law = BOOKKEEPING_LAWS[country];
  const legalBases = block.legalBases.map((b): LegalBasisEntry => ({
    basis: b.basis,
    ...(b.interest ? { interest: localize(b.interest, languages) } : {}),
    ...(b.basis === 'legal-obligation' && key === 'bookkeeping' && law ? { obligation: localize(law.obligation, languages) } : {}),
    ...(b.specialCondition ? { specialCondition: b.specialCondition } : {}),
  }));
  const retentionText = block.retention.kind === 'text' ? block.retention.text : (law?.retention ?? BOOKKEEPING_FALLBACK_RETENTION);
  return {
    id: key,
    purpose: localize(block.purpose, languages),
    categories: [...block.categories],
    legalBases,
    requirement: block.requirement,
    ...(block.consequence ? { consequence: localize(block.consequence, languages) } : {}),
    retention: { kind: 'text', text: localize(retentionText, languages) },
    recipients: [...recipients],
    sells: false,
    sharesForAdvertising: block.sharesForAdvertising ?? false,
    targetedAdvertising: block.targetedAdvertising ?? false,
    profiling: false,
  };
}

function requestChannel(kind: RequestChannel['kind'], fields: Partial<Record<CompanyField, string>>): RequestChannel {
  switch (kind) {
    case 'email':
      return { kind, email: fields.email ?? '' };
    case 'web-form':
      return { kind, url: fields.requestForm ?? '' };
    case 'phone':
      return { kind, phone: fields.phone ?? '', tollFree: false };
    case 'post':
      return { kind };
    case 'in-app':
      return { kind, where: '' };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Turns interview answers (keyed by question id; a missing one was skipped
 * and takes its default) into a project: the company, the laws from where it
 * is and whom it serves, activities with their legal bases and retention,
 * the data categories they use, the chosen library services as recipients
 * with their roles, countries and transfer tools exactly as the library holds
 * them, and the cookies those services set. Answers to questions that do not
 * apply are ignored.
 */
export function runInterview(answers: Answers, options: InterviewOptions = {}): InterviewResult {
  const lib = options.library ?? shippedLibrary();
  const questions = options.questions ?? (options.library ? interviewQuestions(options.library.services) : QUESTIONS);
  const notes: string[] = [];
  const shown = questions.filter((q) => isShown(q, answers, questions));
  const facts = shown.flatMap((q) => factsOf(q, resolvedAnswer(q, answers)));
  const countryQuestion = shown.find((q) => q.kind === 'country');
  const countryAnswer = countryQuestion ? answers[countryQuestion.id] : undefined;
  const country = typeof countryAnswer === 'string' ? countryAnswer : '';
  const fields = companyFields(shown, answers);

  const languages = union(facts.map((f) => f.languages)).filter(isDocumentLanguage);
  if (languages.length === 0) languages.push('en');
  const chosen = new Set(union(facts.map((f) => f.jurisdictions)));
  const jurisdictions: Jurisdiction[] = JURISDICTIONS.filter((j) => chosen.has(j));
  const usSide = country === 'US' || !jurisdictions.some((j) => j === 'EU' || j === 'UK' || j === 'CH');

  // Activities: the answers', contact always (the policy publishes an email address), the website's when there is one.
  const keys = new Set<ActivityKey>(['contact', ...union(facts.map((f) => f.activities))]);
  if (fields.website !== undefined || ['orders', 'account', 'analytics', 'advertising'].some((k) => keys.has(k as ActivityKey))) keys.add('website');

  // Services: each joins the activities of its kind, adding the first when the project has none of them.
  const picked: LibraryService[] = [];
  for (const id of union(facts.map((f) => f.services))) {
    const service = lib.services.find((s) => s.id === id);
    if (!service) {
      notes.push(`The library has no service "${id}"; add it as a recipient in the form.`);
      continue;
    }
    picked.push(service);
    const kinds = KIND_ACTIVITIES[service.kind];
    if (!kinds.some((k) => keys.has(k))) {
      keys.add(kinds[0]!);
      notes.push(`${service.name} is a ${service.kind.replace(/-/g, ' ')} service, so the activity "${ACTIVITIES[kinds[0]!].purpose.en}" was added: remove it in the form if you do not use ${service.name} for that.`);
    }
  }
  const activityKeys = ACTIVITY_KEYS.filter((k) => keys.has(k));
  const recipientsOf = (key: ActivityKey) => picked.filter((s) => KIND_ACTIVITIES[s.kind].includes(key)).map((s) => s.id);

  const activities = activityKeys.map((k) => activityFrom(k, country, languages, recipientsOf(k)));
  const usedCategories = new Set(activities.flatMap((a) => a.categories));
  const dataCategories = CATEGORY_KEYS.filter((k) => usedCategories.has(k)).map((k) => categoryFrom(k, languages));
  const recipients: Recipient[] = picked.map((s) => recipientFrom(s, languages, usSide));
  // Entries not yet read against their sources are offered, never passed off as checked: the user confirms them.
  for (const s of picked) if (s.unverified) notes.push(`recipients "${s.id}": the library's facts for ${s.name} (role, countries, legal entity) are not yet checked against its own pages (${s.source.join(', ')}); check them there before you publish.`);
  for (const s of picked) if (!s.entity.eu && !s.entity.us) notes.push(`recipients "${s.id}": the library does not name ${s.name}'s legal entity; enter the company you have your contract with.`);

  const cookies: Cookie[] = [];
  for (const s of picked) {
    for (const id of s.cookies) {
      const c = lib.cookies.find((k) => k.id === id);
      if (c && !cookies.some((x) => x.name === cookieFrom(c, languages).name)) cookies.push(cookieFrom(c, languages));
    }
  }
  if (cookies.length > 0) notes.push('cookies: each is listed as set by a third party; mark those set on your own domain (such as _ga) as first party.');
  if (keys.has('bookkeeping') && !BOOKKEEPING_LAWS[country]) notes.push('activities "bookkeeping": name your country’s bookkeeping or accounting act and its retention period.');

  const children = facts.reduce<Project['children']>((c, f) => (f.children ? { ...c, ...f.children } : c), { minimumAge: 16, directedAtChildren: false });
  if (children.directedAtChildren) notes.push('children: check the age below which a parent must consent in your country (GDPR Art. 8 allows 13 to 16), and describe how you obtain that consent.');
  const channels = union(facts.map((f) => f.requestChannels)).map((k) => requestChannel(k, fields));
  const onlineOnly = facts.reduce<boolean | undefined>((v, f) => f.onlineOnly ?? v, undefined);
  const marketingChannels = union(facts.map((f) => f.marketing));
  const scope = [
    ...(fields.website ? [localize({ en: `Our website ${hostOf(fields.website)}`, sv: `Vår webbplats ${hostOf(fields.website)}` }, languages)] : []),
    ...(union(facts.map((f) => f.scope)).includes('app') ? [localize({ en: 'Our mobile app', sv: 'Vår mobilapp' }, languages)] : []),
  ];

  const base = emptyProject({ country, languages, today: options.today });
  const project: Project = {
    ...base,
    company: {
      ...base.company,
      legalName: fields.legalName ?? '',
      ...(fields.tradingName ? { tradingName: fields.tradingName } : {}),
      address: { street: fields.street ?? '', postalCode: fields.postalCode ?? '', city: fields.city ?? '', ...(fields.region ? { region: fields.region } : {}), country },
      email: fields.email ?? '',
      ...(fields.phone ? { phone: fields.phone } : {}),
      ...(fields.website ? { website: fields.website } : {}),
      requestChannels: channels,
      ...(onlineOnly === undefined ? {} : { onlineOnly }),
    },
    scope: { services: scope },
    jurisdictions,
    dataCategories,
    activities,
    recipients,
    cookies,
    children,
    marketing: { directMarketing: marketingChannels.length > 0, channels: marketingChannels },
  };
  return { project, stillToEnter: stillToEnter(project), notes };
}
