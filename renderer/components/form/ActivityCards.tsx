import { memo } from 'react';
import type { Project, Retention } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { followName, newActivity, removeActivity } from '../../state/references.ts';
import { addRow } from '../../tables/rows.ts';
import { CheckboxField, LocalizedField, NumberField, SelectField } from '../fields.tsx';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { FormCard, IdPickField } from '../list-fields.tsx';
import { useNewEntries } from './new-entries.ts';
import { LEGAL_BASIS_OPTIONS, REQUIREMENT_OPTIONS, RETENTION_KIND_OPTIONS, RETENTION_START_OPTIONS, RETENTION_UNIT_OPTIONS, SPECIAL_CONDITION_OPTIONS } from './options.ts';
import { categoryOptions, recipientOptions, sameOptions } from './pick-options.ts';
import { headingIn } from './text-in.ts';
import { hasOtherStateLaw } from './us-laws.ts';

/** Whether the categories an activity uses include special-category (Art. 9) or criminal-offence (Art. 10) data. */
function sensitivityOf(project: Project, index: number): 'special' | 'criminal' | 'both' | 'none' {
  const activity = project.activities[index];
  if (!activity) return 'none';
  const kinds = activity.categories.map((id) => project.dataCategories.find((c) => c.id === id)?.special).filter((s) => s !== undefined);
  const special = kinds.some((k) => k !== 'criminal-offences');
  const criminal = kinds.includes('criminal-offences');
  return special && criminal ? 'both' : special ? 'special' : criminal ? 'criminal' : 'none';
}

/** One legal basis, with the field that basis needs: the interest, the obligation, the Art. 9(2) condition, the Art. 10 authority. */
function LegalBasisRow({ activity, index, count }: { activity: number; index: number; count: number }) {
  const { update } = useFormStore();
  const base = ['activities', activity, 'legalBases', index] as const;
  const basis = useFormSelector(`basis:${activity}:${index}`, (s) => s.project.activities[activity]?.legalBases[index]?.basis, Object.is, [`activities[${activity}]`]);
  const sensitivity = useFormSelector(`sensitivity:${activity}`, (s) => sensitivityOf(s.project, activity), Object.is, [`activities[${activity}]`, 'dataCategories']);
  return (
    <div className="ps-subcard ps-field--wide">
      <div className="ps-form-grid">
        <SelectField label={t('field.legalBasisN', { n: index + 1 })} path={[...base, 'basis']} options={LEGAL_BASIS_OPTIONS} warningPath={`activities[${activity}].legalBases[${index}]`} wide />
        {basis === 'legitimate-interests' && <LocalizedField label={t('field.interest')} path={[...base, 'interest']} optional multiline wide help={t('field.interest.help')} />}
        {basis === 'legal-obligation' && <LocalizedField label={t('field.obligation')} path={[...base, 'obligation']} optional multiline wide help={t('field.obligation.help')} />}
        {(sensitivity === 'special' || sensitivity === 'both') && (
          <SelectField label={t('field.specialCondition')} path={[...base, 'specialCondition']} options={SPECIAL_CONDITION_OPTIONS} optional emptyLabel={t('field.specialCondition.none')} wide />
        )}
        {(sensitivity === 'criminal' || sensitivity === 'both') && <LocalizedField label={t('field.criminalAuthority')} path={[...base, 'criminalAuthority']} optional wide help={t('field.criminalAuthority.help')} />}
      </div>
      {count > 1 && (
        <button
          type="button"
          className="ps-link-button ps-danger"
          onClick={() =>
            update(`activities[${activity}].legalBases:rows:${Date.now()}`, (p) => ({
              ...p,
              activities: p.activities.map((a, i) => (i === activity ? { ...a, legalBases: a.legalBases.filter((_, j) => j !== index) } : a)),
            }))
          }
        >
          {t('form.removeBasis', { n: index + 1 })}
        </button>
      )}
    </div>
  );
}

const NEW_RETENTION: Record<Retention['kind'], Retention> = {
  period: { kind: 'period', amount: 1, unit: 'years', from: 'end-of-contract' },
  text: { kind: 'text', text: '' },
};

/** Retention as a period (amount, unit, what starts it) or, where no period fits, a text. */
function RetentionFields({ activity }: { activity: number }) {
  const base = ['activities', activity, 'retention'] as const;
  const kind = useFormSelector(`retention-kind:${activity}`, (s) => s.project.activities[activity]?.retention.kind, Object.is, [`activities[${activity}]`]);
  return (
    <>
      <SelectField
        label={t('field.retention')}
        path={[...base, 'kind']}
        options={RETENTION_KIND_OPTIONS}
        transform={(p, chosen) => {
          const next = NEW_RETENTION[chosen as Retention['kind']];
          return next ? { ...p, activities: p.activities.map((a, i) => (i === activity ? { ...a, retention: next } : a)) } : p;
        }}
        wide
      />
      {kind === 'period' ? (
        <>
          <NumberField label={t('field.retentionAmount')} path={[...base, 'amount']} min={1} max={1000} message={t('field.retentionAmount.invalid')} />
          <SelectField label={t('field.retentionUnit')} path={[...base, 'unit']} options={RETENTION_UNIT_OPTIONS} />
          <SelectField label={t('field.retentionFrom')} path={[...base, 'from']} options={RETENTION_START_OPTIONS} wide />
        </>
      ) : (
        <LocalizedField label={t('field.retentionText')} path={[...base, 'text']} multiline wide help={t('field.retentionText.help')} />
      )}
    </>
  );
}

/** One processing activity: why, with which data, on which bases, for how long, with whom. */
const ActivityCard = memo(function ActivityCard({ index }: { index: number }) {
  const { update } = useFormStore();
  const fresh = useNewEntries();
  const base = ['activities', index] as const;
  const id = useFormSelector(`act-id:${index}`, (s) => s.project.activities[index]?.id, Object.is, [`activities[${index}]`]);
  const title = useFormSelector(`act-title:${index}`, (s) => headingIn(s.project.activities[index]?.purpose, s.lang, s.primary), Object.is, [`activities[${index}]`, 'languages']);
  const bases = useFormSelector(`act-bases:${index}`, (s) => s.project.activities[index]?.legalBases.length ?? 0, Object.is, [`activities[${index}]`]);
  const requirement = useFormSelector(`act-req:${index}`, (s) => s.project.activities[index]?.requirement, Object.is, [`activities[${index}]`]);
  const categories = useFormSelector('opt:categories', categoryOptions, sameOptions, ['dataCategories', 'languages']);
  const recipients = useFormSelector('opt:recipients', recipientOptions, sameOptions, ['recipients']);
  const usCa = useFormSelector('us-ca', (s) => s.project.jurisdictions.includes('US-CA'), Object.is, ['jurisdictions']);
  const usOther = useFormSelector('us-other', (s) => hasOtherStateLaw(s.project.jurisdictions), Object.is, ['jurisdictions']);
  const heading = title || t('form.newActivity', { n: index + 1 });
  return (
    <FormCard title={heading} path={`activities[${index}]`} onRemove={() => update(`activities:rows:${Date.now()}`, (p) => removeActivity(p, index))}>
      <LocalizedField
        label={t('field.purpose')}
        path={[...base, 'purpose']}
        multiline
        wide
        help={t('field.purpose.help')}
        transform={(p, text) => followName(p, 'activities', index, text, fresh)}
        onBlur={() => fresh.delete(id ?? '')}
      />
      <IdPickField label={t('field.activityCategories')} path={[...base, 'categories']} options={categories} empty={t('field.activityCategories.empty')} />
      {Array.from({ length: bases }, (_, i) => (
        <LegalBasisRow key={i} activity={index} index={i} count={bases} />
      ))}
      <div className="ps-field--wide">
        <button
          type="button"
          className="ps-button ps-button--small"
          onClick={() =>
            update(`activities[${index}].legalBases:rows:${Date.now()}`, (p) => ({
              ...p,
              activities: p.activities.map((a, i) => (i === index ? { ...a, legalBases: [...a.legalBases, { basis: 'consent' as const }] } : a)),
            }))
          }
        >
          + {t('form.addBasis')}
        </button>
      </div>
      <SelectField label={t('field.requirement')} path={[...base, 'requirement']} options={REQUIREMENT_OPTIONS} wide />
      {requirement !== 'optional' && <LocalizedField label={t('field.consequence')} path={[...base, 'consequence']} optional multiline wide help={t('field.consequence.help')} />}
      <RetentionFields activity={index} />
      <IdPickField label={t('field.activityRecipients')} path={[...base, 'recipients']} options={recipients} empty={t('field.activityRecipients.empty')} />
      <CheckboxField label={t('field.profiling')} path={[...base, 'profiling']} help={t('field.profiling.help')} />
      {usCa && <CheckboxField label={t('field.sells')} path={[...base, 'sells']} help={t('field.sells.help')} />}
      {usCa && <CheckboxField label={t('field.sharesForAdvertising')} path={[...base, 'sharesForAdvertising']} help={t('field.sharesForAdvertising.help')} />}
      {usOther && <CheckboxField label={t('field.targetedAdvertising')} path={[...base, 'targetedAdvertising']} help={t('field.targetedAdvertising.help')} />}
    </FormCard>
  );
});

/** The processing activities, each a card, and a button to add one. */
export function ActivityCards() {
  const { update } = useFormStore();
  const fresh = useNewEntries();
  const count = useFormSelector('act-count', (s) => s.project.activities.length);
  const error = useFormSelector('error:activities', (s) => s.errors.get('activities'));
  return (
    <div className="ps-cards ps-field--wide">
      {Array.from({ length: count }, (_, i) => (
        <ActivityCard key={i} index={i} />
      ))}
      {error && <p className="ps-field-error">{error}</p>}
      <button
        type="button"
        className="ps-button ps-button--small"
        onClick={() =>
          update(`activities:rows:${Date.now()}`, (p) => {
            const entry = newActivity(p);
            fresh.add(entry.id);
            return { ...p, activities: addRow(p.activities, entry) };
          })
        }
      >
        + {t('field.addActivity')}
      </button>
    </div>
  );
}
