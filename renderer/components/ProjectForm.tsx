import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/model/index.ts';
import { usesRegion } from '../../shared/render/address.ts';
import { EEA_COUNTRIES } from '../../shared/model/countries.ts';
import { GERMAN_STATE_NAMES, GERMAN_STATES } from '../../shared/laws/eea-authorities.ts';
import { languageName } from '../i18n/language-names.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { errorMapUnder, errorsUnder, sameErrors, type FieldErrors } from '../state/validation.ts';
import { CheckboxField, CountryField, DateField, LinesField, LocalizedField, MultiCheckField, NumberField, SelectField, TextField, YesNoField, type FieldOption } from './fields.tsx';
import { hasUsJurisdiction } from '../../shared/laws/us-jurisdictions.ts';
import { ActivityCards } from './form/ActivityCards.tsx';
import { CategoryCards } from './form/CategoryCards.tsx';
import { CookieTable } from './form/CookieTable.tsx';
import { NewEntriesContext } from './form/new-entries.ts';
import { JurisdictionPicker } from './form/JurisdictionPicker.tsx';
import { labelled } from './form/options.ts';
import { RecipientCards } from './form/RecipientCards.tsx';
import { RequestChannels } from './form/RequestChannels.tsx';
import { useFormSelector, useFormStore } from './form-context.ts';
import { CountryListField } from './list-fields.tsx';
import { RowTable, type TableColumn } from './RowTable.tsx';
import { changeLogColumns, emptyChange } from './tables.ts';
import { FindCookiesButton } from './FindCookiesButton.tsx';
import { FormSection as LazyFormSection } from './form/FormSection.tsx';

/** The form's sections, in order; ids are anchors for the section list. */
export const FORM_SECTIONS = [
  ['company', 'section.company'],
  ['scope', 'section.scope'],
  ['data', 'section.dataCollected'],
  ['activities', 'section.activities'],
  ['recipients', 'section.recipients'],
  ['cookies', 'section.cookies'],
  ['jurisdictions', 'section.jurisdictions'],
  ['children', 'section.children'],
  ['rights', 'section.rights'],
  ['security', 'section.security'],
  ['changes', 'section.changes'],
  ['languages', 'section.languages'],
] as const satisfies readonly (readonly [string, MessageKey])[];

type SectionId = (typeof FORM_SECTIONS)[number][0];

/** Sections that hold an invalid field, for the dots in the section list. */
const SECTION_PATHS: Record<SectionId, string[]> = {
  company: ['company'],
  scope: ['scope', 'role'],
  data: ['dataCategories'],
  activities: ['activities', 'marketing', 'automatedDecisions'],
  recipients: ['recipients'],
  cookies: ['cookies', 'signals'],
  jurisdictions: ['jurisdictions', 'markets'],
  children: ['children'],
  rights: ['rights'],
  security: ['security'],
  changes: ['changes', 'changeLog', 'effectiveDate'],
  languages: ['languages'],
};

/** A section of the form with the project paths its fields edit (for "go to field" in a section still waiting to render). */
function FormSection({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <LazyFormSection id={id} title={title} paths={SECTION_PATHS[id]}>
      {children}
    </LazyFormSection>
  );
}

/** Each document language named in itself ("English", "Svenska"), as people look for their own language. */
function languageOptions(): FieldOption[] {
  return DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l), lang: l }));
}

const CHANNEL_OPTIONS = labelled(['email', 'sms', 'phone', 'post', 'push'], 'channel');
const SIGNAL_OPTIONS = labelled(['honored', 'not-honored'], 'field');
const ROLE_OPTIONS = labelled(['controller', 'controller-and-processor'], 'field.role');
const LANGUAGE_OPTIONS = languageOptions();

/** Company DPO: an optional object, created when a field is filled and removed when both are emptied. */
function DpoFields() {
  const { update } = useFormStore();
  const name = useFormSelector('dpo-name', (s) => s.project.company.dpo?.name ?? '');
  const email = useFormSelector('dpo-email', (s) => s.project.company.dpo?.email ?? '');
  const nameError = useFormSelector('error:company.dpo.name', (s) => s.errors.get('company.dpo.name'));
  const emailError = useFormSelector('error:company.dpo.email', (s) => s.errors.get('company.dpo.email'));
  const set = (key: 'name' | 'email', value: string) =>
    update(`company.dpo.${key}`, (p) => {
      const next = { name: p.company.dpo?.name ?? '', ...p.company.dpo, [key]: value === '' && key === 'email' ? undefined : value };
      const empty = next.name === '' && !next.email && !next.phone && !next.address;
      return { ...p, company: { ...p.company, dpo: empty ? undefined : next } };
    });
  return (
    <>
      <div className={`ps-field${nameError ? ' has-error' : ''}`} data-path="company.dpo.name">
        <label htmlFor="dpo-name">{t('field.dpoName')}</label>
        <input id="dpo-name" type="text" value={name} aria-invalid={nameError !== undefined} aria-describedby={nameError ? 'dpo-name-error' : undefined} onChange={(e) => set('name', e.target.value)} />
        {nameError && (
          <span className="ps-field-error" id="dpo-name-error">
            {nameError}
          </span>
        )}
      </div>
      <div className={`ps-field${emailError ? ' has-error' : ''}`} data-path="company.dpo.email">
        <label htmlFor="dpo-email">{t('field.dpoEmail')}</label>
        <input id="dpo-email" type="email" value={email} aria-invalid={emailError !== undefined} aria-describedby={emailError ? 'dpo-email-error' : undefined} onChange={(e) => set('email', e.target.value)} />
        {emailError && (
          <span className="ps-field-error" id="dpo-email-error">
            {emailError}
          </span>
        )}
      </div>
    </>
  );
}

/** One of the editable tables, bound to a project list; renders again only when its rows or their messages change. */
function ProjectTable<T>({ name, caption, columns, emptyRow }: { name: 'cookies' | 'changeLog'; caption: string; columns(lang: DocumentLanguage, primary: DocumentLanguage): TableColumn<T>[]; emptyRow(): T }) {
  const { update } = useFormStore();
  const lang = useFormSelector('lang', (s) => s.lang);
  const primary = useFormSelector('primary', (s) => s.primary);
  const rows = useFormSelector(`rows:${name}`, (s) => s.project[name]) as unknown as readonly T[];
  const errors = useFormSelector(`errors:${name}`, (s) => errorMapUnder(s.errors, name), sameErrors);
  const cols = useMemo(() => columns(lang, primary), [columns, lang, primary]);
  const handleChange = useCallback((next: T[], key: string) => update(key, (p) => ({ ...p, [name]: next })), [update, name]);
  return <RowTable caption={caption} path={name} rows={rows} columns={cols} errors={errors} emptyRow={emptyRow} onChange={handleChange} />;
}

/** The section list, with a dot on sections that hold a field needing attention. */
function FormNav() {
  // A string of the sections with problems: the list renders again only when that set changes.
  const flagged = useFormSelector('nav', (s) => FORM_SECTIONS.filter(([id]) => SECTION_PATHS[id].some((p) => errorsUnder(s.errors, p).length > 0)).map(([id]) => id).join(' '));
  const warned = useFormSelector('nav-warnings', (s) => FORM_SECTIONS.filter(([id]) => SECTION_PATHS[id].some((p) => errorsUnder(s.warnings, p).length > 0)).map(([id]) => id).join(' '));
  const withProblems = new Set(flagged.split(' '));
  const withWarnings = new Set(warned.split(' '));
  return (
    <nav className="ps-form-nav" aria-label={t('form.sections')}>
      <ul>
        {FORM_SECTIONS.map(([id, key]) => (
          <li key={id}>
            <a
              href={`#form-${id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(`form-${id}`)?.scrollIntoView({ block: 'start' });
              }}
            >
              {t(key)}
              {withProblems.has(id) ? (
                <span className="ps-dot" role="img" aria-label={t('form.hasProblems')} />
              ) : (
                withWarnings.has(id) && <span className="ps-dot ps-dot--warning" role="img" aria-label={t('form.hasWarnings')} />
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MarketingFields() {
  const direct = useFormSelector('marketing', (s) => s.project.marketing.directMarketing);
  const automated = useFormSelector('automated', (s) => s.project.automatedDecisions.used);
  return (
    <>
      <CheckboxField label={t('field.directMarketing')} path={['marketing', 'directMarketing']} />
      {direct && <MultiCheckField label={t('field.channels')} path={['marketing', 'channels']} options={CHANNEL_OPTIONS} />}
      <CheckboxField label={t('field.automatedUsed')} path={['automatedDecisions', 'used']} />
      {automated && <LocalizedField label={t('field.automatedDescription')} path={['automatedDecisions', 'description']} optional multiline wide />}
    </>
  );
}

/** A German company's federal state: its authority supervises the company (shared/laws/eea-authorities.ts). */
const GERMAN_STATE_OPTIONS: FieldOption[] = GERMAN_STATES.map((s) => ({ value: s, label: GERMAN_STATE_NAMES[s] }));

/** State / province, only for countries whose addresses have one; a value typed before a change of country is kept, not deleted. */
function RegionField() {
  const country = useFormSelector('company-country', (s) => s.project.company.address.country);
  if (country === 'DE') {
    return <SelectField label={t('field.germanState')} path={['company', 'address', 'region']} options={GERMAN_STATE_OPTIONS} optional emptyLabel={t('field.germanState.none')} />;
  }
  if (!usesRegion(country)) return null;
  return <TextField label={t('field.region')} path={['company', 'address', 'region']} optional hint={t('field.regionHint')} />;
}

/** The EEA countries the business offers its services in besides its own, under the GDPR: their national rules go into the policy. */
function MarketsField() {
  const eu = useFormSelector('jurisdiction-eu', (s) => s.project.jurisdictions.includes('EU'));
  if (!eu) return null;
  return <CountryListField label={t('field.markets')} path={['markets']} hint={t('field.markets.help')} only={EEA_COUNTRIES} />;
}

/** Where the company itself holds data, whether it is DPF self-certified, and how people make requests. */
function CompanyDataFields() {
  const usCa = useFormSelector('us-ca', (s) => s.project.jurisdictions.includes('US-CA'));
  return (
    <>
      <CountryListField label={t('field.dataLocations')} path={['company', 'dataLocations']} hint={t('field.dataLocations.help')} />
      <CheckboxField label={t('field.dpfCertified')} path={['company', 'dpfCertified']} help={t('field.dpfCertified.help')} />
      <RequestChannels />
      {usCa && <CheckboxField label={t('field.onlineOnly')} path={['company', 'onlineOnly']} help={t('field.onlineOnly.help')} />}
    </>
  );
}

/** Children: the minimum age, whether the service is directed at them, and how a parent consents. */
function ChildrenFields() {
  const age = useFormSelector('children-age', (s) => s.project.children.minimumAge);
  // Only US law (COPPA) asks the policy to say whether children can post publicly.
  const us = useFormSelector('children-us', (s) => hasUsJurisdiction(s.project));
  return (
    <>
      <NumberField label={t('field.minimumAge')} path={['children', 'minimumAge']} min={0} max={21} message={t('field.minimumAge.invalid')} />
      <CheckboxField label={t('field.directedAtChildren')} path={['children', 'directedAtChildren']} />
      {us && <YesNoField label={t('field.publicDisclosure')} path={['children', 'publicDisclosure']} help={t('field.publicDisclosure.help')} yes={t('field.publicDisclosure.yes')} no={t('field.publicDisclosure.no')} unanswered={t('field.publicDisclosure.unanswered')} />}
      {typeof age === 'number' && age > 0 && (
        <LocalizedField label={t('field.parentalConsent')} path={['children', 'parentalConsent']} optional multiline wide help={t('field.parentalConsent.help')} />
      )}
    </>
  );
}

/** Every risk warning, listed with the field it names: an overview of what to look at before publishing. */
function FormWarnings() {
  const warnings = useFormSelector('warnings', (s) => s.warnings);
  if (warnings.size === 0) return null;
  return (
    <details className="ps-warnings-panel">
      <summary>{warnings.size === 1 ? t('warnings.one') : t('warnings.count', { count: warnings.size })}</summary>
      <WarningList warnings={warnings} />
    </details>
  );
}

/** Risk warnings as a list of field path and message. */
export function WarningList({ warnings }: { warnings: FieldErrors }) {
  return (
    <ul className="ps-error-list">
      {[...warnings].map(([path, message]) => (
        <li key={path}>
          <code>{path}</code> {message}
        </li>
      ))}
    </ul>
  );
}

/**
 * The project facts, by section, with each validation message next to its
 * field. Memoized and without props: each field subscribes to its own value,
 * so a keystroke re-renders one field, not the whole form.
 */
export const ProjectForm = memo(function ProjectForm() {
  const [newEntries] = useState(() => new Set<string>());
  return (
    <NewEntriesContext.Provider value={newEntries}>
    <div className="ps-form">
      <FormNav />
      <div className="ps-form-body">
        <FormWarnings />
        <FormSection id="company" title={t('section.company')}>
          <TextField label={t('field.legalName')} path={['company', 'legalName']} wide />
          <TextField label={t('field.tradingName')} path={['company', 'tradingName']} optional />
          <TextField label={t('field.registrationNumber')} path={['company', 'registrationNumber']} optional />
          <TextField label={t('field.street')} path={['company', 'address', 'street']} wide />
          <TextField label={t('field.postalCode')} path={['company', 'address', 'postalCode']} />
          <TextField label={t('field.city')} path={['company', 'address', 'city']} />
          <RegionField />
          <CountryField label={t('field.country')} path={['company', 'address', 'country']} />
          <TextField label={t('field.email')} path={['company', 'email']} type="email" />
          <TextField label={t('field.phone')} path={['company', 'phone']} type="tel" optional />
          <TextField label={t('field.website')} path={['company', 'website']} type="url" optional placeholder="https://" />
          <DpoFields />
          <CompanyDataFields />
        </FormSection>
        <FormSection id="scope" title={t('section.scope')}>
          <SelectField label={t('field.role')} path={['role']} options={ROLE_OPTIONS} wide />
          <LinesField label={t('field.services')} path={['scope', 'services']} wide />
        </FormSection>
        <FormSection id="data" title={t('section.dataCollected')}>
          <CategoryCards />
        </FormSection>
        <FormSection id="activities" title={t('section.activities')}>
          <ActivityCards />
          <MarketingFields />
        </FormSection>
        <FormSection id="recipients" title={t('section.recipients')}>
          <RecipientCards />
        </FormSection>
        <FormSection id="cookies" title={t('section.cookies')}>
          <div className="ps-field--wide">
            <CookieTable />
            <FindCookiesButton />
          </div>
          <SelectField label={t('field.doNotTrack')} path={['signals', 'doNotTrack']} options={SIGNAL_OPTIONS} />
          <SelectField label={t('field.globalPrivacyControl')} path={['signals', 'globalPrivacyControl']} options={SIGNAL_OPTIONS} />
        </FormSection>
        <FormSection id="jurisdictions" title={t('section.jurisdictions')}>
          <JurisdictionPicker />
          <MarketsField />
        </FormSection>
        <FormSection id="children" title={t('section.children')}>
          <ChildrenFields />
        </FormSection>
        <FormSection id="rights" title={t('section.rights')}>
          <NumberField label={t('field.responseDays')} path={['rights', 'responseDays']} optional min={1} max={90} message={t('field.responseDays.invalid')} />
        </FormSection>
        <FormSection id="security" title={t('section.security')}>
          <LinesField label={t('field.measures')} path={['security', 'measures']} wide />
        </FormSection>
        <FormSection id="changes" title={t('section.changes')}>
          <DateField label={t('field.effectiveDate')} path={['effectiveDate']} />
          <NumberField label={t('field.noticeDays')} path={['changes', 'noticeDays']} min={0} max={365} message={t('field.noticeDays.invalid')} />
          <div className="ps-field--wide">
            <h3 className="ps-subheading">{t('field.changeLog')}</h3>
            <ProjectTable name="changeLog" caption={t('field.changeLog')} columns={changeLogColumns} emptyRow={emptyChange} />
          </div>
        </FormSection>
        <FormSection id="languages" title={t('section.languages')}>
          <MultiCheckField label={t('field.languages')} path={['languages']} options={LANGUAGE_OPTIONS} />
        </FormSection>
      </div>
    </div>
    </NewEntriesContext.Provider>
  );
});
