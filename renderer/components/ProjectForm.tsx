import type { ReactNode } from 'react';
import {
  DATA_SOURCES,
  DOCUMENT_LANGUAGES,
  JURISDICTIONS,
  LEGAL_BASES,
  type DataCategory,
  type Project,
} from '../../shared/model/index.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { addRow, deleteRow } from '../tables/rows.ts';
import { errorsUnder } from '../state/validation.ts';
import { CheckboxField, LinesField, LocalizedField, MultiCheckField, NumberField, SelectField, TextField } from './fields.tsx';
import { useForm } from './form-context.ts';
import { RowTable } from './RowTable.tsx';
import { changeLogColumns, cookieColumns, emptyChange, emptyCookie, emptyProcessor, processorColumns } from './tables.ts';

/** The form's sections, in order; ids are anchors for the section list. */
export const FORM_SECTIONS = [
  ['company', 'section.company'],
  ['scope', 'section.scope'],
  ['data', 'section.dataCollected'],
  ['purposes', 'section.purposes'],
  ['processors', 'section.processors'],
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
  purposes: ['dataCategories', 'marketing', 'automatedDecisions'],
  processors: ['processors'],
  cookies: ['cookies', 'signals'],
  jurisdictions: ['jurisdictions', 'dataSales'],
  children: ['children'],
  rights: ['rights'],
  security: ['security'],
  changes: ['changes', 'changeLog', 'effectiveDate'],
  languages: ['languages'],
};

function FormSection({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <section className="ps-form-section" id={`form-${id}`} aria-labelledby={`form-${id}-title`}>
      <h2 id={`form-${id}-title`}>{title}</h2>
      <div className="ps-form-grid">{children}</div>
    </section>
  );
}

const options = (values: readonly string[], prefix?: string) =>
  values.map((v) => ({ value: v, label: prefix ? t(`${prefix}.${v}` as MessageKey) : v }));

function emptyCategory(): DataCategory {
  return { name: '', examples: [], source: 'data-subject', purposes: [''], legalBasis: 'contract', retention: '', sensitive: false, required: false };
}

function DataCategories({ part }: { part: 'data' | 'purposes' }) {
  const { project, update, errors } = useForm();
  return (
    <div className="ps-cards ps-field--wide">
      {project.dataCategories.map((category, i) => {
        const base = ['dataCategories', i] as const;
        const title = typeof category.name === 'string' ? category.name : Object.values(category.name)[0];
        return (
          <div className="ps-card" key={i}>
            <div className="ps-card-head">
              <h3>{title || `#${i + 1}`}</h3>
              {part === 'data' && (
                <button type="button" className="ps-link-button ps-danger" onClick={() => update(`dataCategories:rows:${Date.now()}`, (p) => ({ ...p, dataCategories: deleteRow(p.dataCategories, i) }))}>
                  {t('form.remove')}
                </button>
              )}
            </div>
            <div className="ps-form-grid">
              {part === 'data' ? (
                <>
                  <LocalizedField label={t('field.categoryName')} path={[...base, 'name']} />
                  <SelectField label={t('field.source')} path={[...base, 'source']} options={options(DATA_SOURCES)} />
                  <LinesField label={t('field.examples')} path={[...base, 'examples']} wide />
                  {(category.source === 'third-party' || category.source === 'public') && <LocalizedField label={t('field.sourceDetail')} path={[...base, 'sourceDetail']} optional wide />}
                  <CheckboxField label={t('field.sensitive')} path={[...base, 'sensitive']} />
                  <CheckboxField label={t('field.required')} path={[...base, 'required']} />
                </>
              ) : (
                <>
                  <LinesField label={t('field.purposes')} path={[...base, 'purposes']} wide />
                  <SelectField label={t('field.legalBasis')} path={[...base, 'legalBasis']} options={options(LEGAL_BASES)} />
                  <LocalizedField label={t('field.retention')} path={[...base, 'retention']} />
                  {category.legalBasis === 'legitimate-interests' && <LocalizedField label={t('field.legitimateInterest')} path={[...base, 'legitimateInterest']} optional multiline wide />}
                </>
              )}
            </div>
          </div>
        );
      })}
      {part === 'data' && (
        <>
          {errors.get('dataCategories') && <p className="ps-field-error">{errors.get('dataCategories')}</p>}
          <button type="button" className="ps-button ps-button--small" onClick={() => update(`dataCategories:rows:${Date.now()}`, (p) => ({ ...p, dataCategories: addRow(p.dataCategories, emptyCategory()) }))}>
            + {t('field.addCategory')}
          </button>
        </>
      )}
    </div>
  );
}

/** Company DPO: an optional object, created when a field is filled and removed when both are emptied. */
function DpoFields() {
  const { project, update, errors } = useForm();
  const dpo = project.company.dpo;
  const set = (key: 'name' | 'email', value: string) =>
    update(`company.dpo.${key}`, (p) => {
      const next = { name: p.company.dpo?.name ?? '', ...p.company.dpo, [key]: value === '' && key === 'email' ? undefined : value };
      const empty = next.name === '' && !next.email && !next.phone && !next.address;
      return { ...p, company: { ...p.company, dpo: empty ? undefined : next } };
    });
  return (
    <>
      <div className={`ps-field${errors.get('company.dpo.name') ? ' has-error' : ''}`}>
        <label htmlFor="dpo-name">{t('field.dpoName')}</label>
        <input id="dpo-name" type="text" value={dpo?.name ?? ''} aria-invalid={errors.has('company.dpo.name')} onChange={(e) => set('name', e.target.value)} />
        {errors.get('company.dpo.name') && <span className="ps-field-error">{errors.get('company.dpo.name')}</span>}
      </div>
      <div className={`ps-field${errors.get('company.dpo.email') ? ' has-error' : ''}`}>
        <label htmlFor="dpo-email">{t('field.dpoEmail')}</label>
        <input id="dpo-email" type="email" value={dpo?.email ?? ''} aria-invalid={errors.has('company.dpo.email')} onChange={(e) => set('email', e.target.value)} />
        {errors.get('company.dpo.email') && <span className="ps-field-error">{errors.get('company.dpo.email')}</span>}
      </div>
    </>
  );
}

/** The project facts, by section, with each validation message next to its field. */
export function ProjectForm() {
  const { project, update, errors, lang, primary } = useForm();
  const hasErrors = (id: SectionId) => SECTION_PATHS[id].some((p) => errorsUnder(errors, p).length > 0);
  const setRows = <K extends 'processors' | 'cookies' | 'changeLog'>(key: K) => (rows: Project[K], editKey: string) => update(editKey, (p) => ({ ...p, [key]: rows }));

  return (
    <div className="ps-form">
      <nav className="ps-form-nav" aria-label={t('form.sections')}>
        <ul>
          {FORM_SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#form-${id}`} onClick={(e) => {
                e.preventDefault();
                document.getElementById(`form-${id}`)?.scrollIntoView({ block: 'start' });
              }}>
                {t(key)}
                {hasErrors(id) && <span className="ps-dot" aria-label="has problems" />}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="ps-form-body">
        <FormSection id="company" title={t('section.company')}>
          <TextField label={t('field.legalName')} path={['company', 'legalName']} wide />
          <TextField label={t('field.tradingName')} path={['company', 'tradingName']} optional />
          <TextField label={t('field.registrationNumber')} path={['company', 'registrationNumber']} optional />
          <TextField label={t('field.street')} path={['company', 'address', 'street']} wide />
          <TextField label={t('field.postalCode')} path={['company', 'address', 'postalCode']} />
          <TextField label={t('field.city')} path={['company', 'address', 'city']} />
          <TextField label={t('field.country')} path={['company', 'address', 'country']} placeholder="SE" />
          <TextField label={t('field.email')} path={['company', 'email']} type="email" />
          <TextField label={t('field.phone')} path={['company', 'phone']} type="tel" optional />
          <TextField label={t('field.website')} path={['company', 'website']} type="url" optional placeholder="https://" />
          <DpoFields />
        </FormSection>
        <FormSection id="scope" title={t('section.scope')}>
          <SelectField label={t('field.role')} path={['role']} options={options(['controller', 'controller-and-processor'], 'field.role')} wide />
          <LinesField label={t('field.services')} path={['scope', 'services']} wide />
        </FormSection>
        <FormSection id="data" title={t('section.dataCollected')}>
          <DataCategories part="data" />
        </FormSection>
        <FormSection id="purposes" title={t('section.purposes')}>
          <DataCategories part="purposes" />
          <CheckboxField label={t('field.directMarketing')} path={['marketing', 'directMarketing']} />
          {project.marketing.directMarketing && <MultiCheckField label={t('field.channels')} path={['marketing', 'channels']} options={options(['email', 'sms', 'phone', 'post', 'push'])} />}
          <CheckboxField label={t('field.automatedUsed')} path={['automatedDecisions', 'used']} />
          {project.automatedDecisions.used && <LocalizedField label={t('field.automatedDescription')} path={['automatedDecisions', 'description']} optional multiline wide />}
        </FormSection>
        <FormSection id="processors" title={t('section.processors')}>
          <div className="ps-field--wide">
            <RowTable caption={t('section.processors')} path="processors" rows={project.processors} columns={processorColumns(lang, primary)} errors={errors} emptyRow={emptyProcessor} onChange={setRows('processors')} />
          </div>
        </FormSection>
        <FormSection id="cookies" title={t('section.cookies')}>
          <div className="ps-field--wide">
            <RowTable caption={t('section.cookies')} path="cookies" rows={project.cookies} columns={cookieColumns(lang, primary)} errors={errors} emptyRow={emptyCookie} onChange={setRows('cookies')} />
          </div>
          <SelectField label={t('field.doNotTrack')} path={['signals', 'doNotTrack']} options={options(['honored', 'not-honored'], 'field')} />
          <SelectField label={t('field.globalPrivacyControl')} path={['signals', 'globalPrivacyControl']} options={options(['honored', 'not-honored'], 'field')} />
        </FormSection>
        <FormSection id="jurisdictions" title={t('section.jurisdictions')}>
          <MultiCheckField label={t('field.jurisdictions')} path={['jurisdictions']} options={options(JURISDICTIONS)} />
          {(project.jurisdictions.includes('US-CA') || project.jurisdictions.includes('US')) && (
            <>
              <CheckboxField label={t('field.sells')} path={['dataSales', 'sells']} />
              <CheckboxField label={t('field.sharesForAdvertising')} path={['dataSales', 'sharesForAdvertising']} />
            </>
          )}
        </FormSection>
        <FormSection id="children" title={t('section.children')}>
          <NumberField label={t('field.minimumAge')} path={['children', 'minimumAge']} min={0} max={21} />
          <CheckboxField label={t('field.directedAtChildren')} path={['children', 'directedAtChildren']} />
        </FormSection>
        <FormSection id="rights" title={t('section.rights')}>
          <NumberField label={t('field.responseDays')} path={['rights', 'responseDays']} optional min={1} max={90} />
        </FormSection>
        <FormSection id="security" title={t('section.security')}>
          <LinesField label={t('field.measures')} path={['security', 'measures']} wide />
        </FormSection>
        <FormSection id="changes" title={t('section.changes')}>
          <TextField label={t('field.effectiveDate')} path={['effectiveDate']} type="date" />
          <NumberField label={t('field.noticeDays')} path={['changes', 'noticeDays']} min={0} max={365} />
          <div className="ps-field--wide">
            <h3 className="ps-subheading">{t('field.changeLog')}</h3>
            <RowTable caption={t('field.changeLog')} path="changeLog" rows={project.changeLog} columns={changeLogColumns(lang, primary)} errors={errors} emptyRow={emptyChange} onChange={setRows('changeLog')} />
          </div>
        </FormSection>
        <FormSection id="languages" title={t('section.languages')}>
          <MultiCheckField label={t('field.languages')} path={['languages']} options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: new Intl.DisplayNames(['en'], { type: 'language' }).of(l) ?? l }))} />
        </FormSection>
      </div>
    </div>
  );
}
