import { memo } from 'react';
import { NAMED_SOURCES, type DataSource } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { followName, newCategory, removeCategory } from '../../state/references.ts';
import { addRow } from '../../tables/rows.ts';
import { LinesField, LocalizedField, SelectField } from '../fields.tsx';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { FormCard } from '../list-fields.tsx';
import { useNewEntries } from './new-entries.ts';
import { CCPA_CATEGORY_OPTIONS, SENSITIVE_PI_OPTIONS, SENSITIVE_PI_USE_OPTIONS, SOURCE_OPTIONS, SPECIAL_OPTIONS } from './options.ts';
import { headingIn } from './text-in.ts';
import { hasUsLaw } from './us-laws.ts';

/** One source of a category: its kind and, for a named outside party, who it is. */
function SourceRow({ category, index, count }: { category: number; index: number; count: number }) {
  const { update } = useFormStore();
  const base = ['dataCategories', category, 'sources', index] as const;
  const kind = useFormSelector(`src-kind:${category}:${index}`, (s) => s.project.dataCategories[category]?.sources[index]?.kind, Object.is, [`dataCategories[${category}]`]);
  const named = kind !== undefined && NAMED_SOURCES.includes(kind as DataSource);
  return (
    <div className="ps-subcard ps-field--wide">
      <div className="ps-form-grid">
        <SelectField label={t('field.sourceKind', { n: index + 1 })} path={[...base, 'kind']} options={SOURCE_OPTIONS} />
        {named && <LocalizedField label={t('field.sourceDetail')} path={[...base, 'detail']} optional help={t('field.sourceDetail.help')} />}
      </div>
      {count > 1 && (
        <button
          type="button"
          className="ps-link-button ps-danger"
          onClick={() =>
            update(`dataCategories[${category}].sources:rows:${Date.now()}`, (p) => ({
              ...p,
              dataCategories: p.dataCategories.map((c, i) => (i === category ? { ...c, sources: c.sources.filter((_, j) => j !== index) } : c)),
            }))
          }
        >
          {t('form.removeSource', { n: index + 1 })}
        </button>
      )}
    </div>
  );
}

/** One data category's card: what it is, where it comes from and how sensitive it is. */
const CategoryCard = memo(function CategoryCard({ index }: { index: number }) {
  const { update } = useFormStore();
  const fresh = useNewEntries();
  const base = ['dataCategories', index] as const;
  const id = useFormSelector(`cat-id:${index}`, (s) => s.project.dataCategories[index]?.id, Object.is, [`dataCategories[${index}]`]);
  const title = useFormSelector(`cat-title:${index}`, (s) => headingIn(s.project.dataCategories[index]?.name, s.lang, s.primary), Object.is, [`dataCategories[${index}]`, 'languages']);
  const sources = useFormSelector(`cat-sources:${index}`, (s) => s.project.dataCategories[index]?.sources.length ?? 0, Object.is, [`dataCategories[${index}]`]);
  const us = useFormSelector('us', (s) => hasUsLaw(s.project.jurisdictions), Object.is, ['jurisdictions']);
  const hasSensitivePi = useFormSelector(`cat-spi:${index}`, (s) => s.project.dataCategories[index]?.sensitivePi !== undefined, Object.is, [`dataCategories[${index}]`]);
  const heading = title || t('form.newCategory', { n: index + 1 });
  return (
    <FormCard title={heading} path={`dataCategories[${index}]`} onRemove={() => update(`dataCategories:rows:${Date.now()}`, (p) => removeCategory(p, index))}>
      <LocalizedField
        label={t('field.categoryName')}
        path={[...base, 'name']}
        transform={(p, text) => followName(p, 'dataCategories', index, text, fresh)}
        onBlur={() => fresh.delete(id ?? '')}
      />
      <LinesField label={t('field.examples')} path={[...base, 'examples']} />
      {Array.from({ length: sources }, (_, i) => (
        <SourceRow key={i} category={index} index={i} count={sources} />
      ))}
      <div className="ps-field--wide">
        <button
          type="button"
          className="ps-button ps-button--small"
          onClick={() =>
            update(`dataCategories[${index}].sources:rows:${Date.now()}`, (p) => ({
              ...p,
              dataCategories: p.dataCategories.map((c, i) => (i === index ? { ...c, sources: [...c.sources, { kind: 'data-subject' as const }] } : c)),
            }))
          }
        >
          + {t('form.addSource')}
        </button>
      </div>
      <SelectField label={t('field.special')} path={[...base, 'special']} options={SPECIAL_OPTIONS} optional emptyLabel={t('field.special.none')} />
      {us && <SelectField label={t('field.sensitivePi')} path={[...base, 'sensitivePi']} options={SENSITIVE_PI_OPTIONS} optional emptyLabel={t('field.sensitivePi.none')} />}
      {us && hasSensitivePi && (
        <SelectField label={t('field.sensitivePiUse')} path={[...base, 'sensitivePiUse']} options={SENSITIVE_PI_USE_OPTIONS} optional emptyLabel={t('field.sensitivePiUse.none')} wide />
      )}
      {us && <SelectField label={t('field.ccpaCategory')} path={[...base, 'ccpaCategory']} options={CCPA_CATEGORY_OPTIONS} optional emptyLabel={t('field.ccpaCategory.none')} />}
    </FormCard>
  );
});

/** The data categories, each a card, and a button to add one. */
export function CategoryCards() {
  const { update } = useFormStore();
  const fresh = useNewEntries();
  const count = useFormSelector('cat-count', (s) => s.project.dataCategories.length);
  const error = useFormSelector('error:dataCategories', (s) => s.errors.get('dataCategories'));
  return (
    <div className="ps-cards ps-field--wide">
      {Array.from({ length: count }, (_, i) => (
        <CategoryCard key={i} index={i} />
      ))}
      {error && <p className="ps-field-error">{error}</p>}
      <button
        type="button"
        className="ps-button ps-button--small"
        onClick={() => {
          update(`dataCategories:rows:${Date.now()}`, (p) => {
            const entry = newCategory(p);
            fresh.add(entry.id);
            return { ...p, dataCategories: addRow(p.dataCategories, entry) };
          });
        }}
      >
        + {t('field.addCategory')}
      </button>
    </div>
  );
}
