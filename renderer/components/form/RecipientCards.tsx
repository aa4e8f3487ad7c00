import { memo } from 'react';
import { isThirdCountryFor, selectedTransferLaws } from '../../../shared/model/transfer-areas.ts';
import type { Project, Recipient, TransferLaw, TransferMechanism } from '../../../shared/model/index.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { newRecipient, removeRecipient } from '../../state/references.ts';
import { addRow } from '../../tables/rows.ts';
import { LocalizedField, SelectField, TextField } from '../fields.tsx';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { CountryListField, FormCard } from '../list-fields.tsx';
import { useNewEntries } from './new-entries.ts';
import { RecipientLibraryNotice, RecipientNameField } from './RecipientLibrary.tsx';
import { CCPA_ROLE_OPTIONS, DEROGATION_OPTIONS, mechanismOptions, RECIPIENT_ROLE_OPTIONS } from './options.ts';
import { hasUsLaw } from './us-laws.ts';

/**
 * The selected laws whose area the recipient's data leaves (stored in or
 * accessed from a country outside it): only those ask for a transfer tool.
 */
export function transferLawsFor(project: Project, index: number): TransferLaw[] {
  const r = project.recipients[index];
  if (!r) return [];
  // Asked by every card on every change of the form: kept per recipient object and list of laws, which a keystroke elsewhere leaves as they were.
  const cached = lawsByRecipient.get(r);
  if (cached && cached.jurisdictions === project.jurisdictions) return cached.laws;
  const countries = [...r.storedIn, ...r.accessedFrom];
  const laws = selectedTransferLaws(project.jurisdictions).filter((law) => countries.some((c) => isThirdCountryFor(law, c)));
  lawsByRecipient.set(r, { jurisdictions: project.jurisdictions, laws });
  return laws;
}

const lawsByRecipient = new WeakMap<Recipient, { jurisdictions: Project['jurisdictions']; laws: TransferLaw[] }>();

/** The transfer tool under one law, and the Art. 49 derogation when that is the tool. */
function TransferFields({ recipient, law }: { recipient: number; law: TransferLaw }) {
  const base = ['recipients', recipient, 'transfers', law] as const;
  const mechanism = useFormSelector(`mechanism:${recipient}:${law}`, (s) => s.project.recipients[recipient]?.transfers[law]?.mechanism, Object.is, [`recipients[${recipient}]`]);
  return (
    <>
      <SelectField
        label={t(`field.transfer.${law}` as MessageKey)}
        path={[...base, 'mechanism']}
        options={mechanismOptions(law)}
        optional
        emptyLabel={t('field.transfer.choose')}
        warningPath={`recipients[${recipient}].transfers.${law}`}
        transform={(p, chosen) => {
          const r = p.recipients[recipient];
          if (!r) return p;
          const transfers: Recipient['transfers'] = { ...r.transfers };
          if (chosen === '') delete transfers[law];
          else {
            // A derogation already named is kept when the tool is chosen again; any other tool has none.
            const derogation = chosen === 'derogation' ? r.transfers[law]?.derogation : undefined;
            transfers[law] = derogation ? { mechanism: 'derogation', derogation } : { mechanism: chosen as TransferMechanism };
          }
          return { ...p, recipients: p.recipients.map((x, i) => (i === recipient ? { ...x, transfers } : x)) };
        }}
        wide
      />
      {mechanism === 'derogation' && <SelectField label={t('field.derogation')} path={[...base, 'derogation']} options={DEROGATION_OPTIONS} optional emptyLabel={t('field.derogation.choose')} wide />}
    </>
  );
}

/** One recipient: who, in which role, where the data is, under which transfer tool. */
const RecipientCard = memo(function RecipientCard({ index }: { index: number }) {
  const { update } = useFormStore();
  const base = ['recipients', index] as const;
  const name = useFormSelector(`rec-name:${index}`, (s) => s.project.recipients[index]?.name ?? '', Object.is, [`recipients[${index}]`]);
  const role = useFormSelector(`rec-role:${index}`, (s) => s.project.recipients[index]?.role, Object.is, [`recipients[${index}]`]);
  const laws = useFormSelector(`rec-laws:${index}`, (s) => transferLawsFor(s.project, index).join(' '), Object.is, [`recipients[${index}]`, 'jurisdictions']);
  const us = useFormSelector('us', (s) => hasUsLaw(s.project.jurisdictions), Object.is, ['jurisdictions']);
  const heading = name || t('form.newRecipient', { n: index + 1 });
  return (
    <FormCard title={heading} path={`recipients[${index}]`} onRemove={() => update(`recipients:rows:${Date.now()}`, (p) => removeRecipient(p, index))}>
      <RecipientLibraryNotice index={index} />
      <RecipientNameField index={index} />
      <SelectField label={t('field.recipientRole')} path={[...base, 'role']} options={RECIPIENT_ROLE_OPTIONS} warningPath={`recipients[${index}]`} wide />
      <LocalizedField label={t('field.recipientActivity')} path={[...base, 'activity']} multiline wide help={t('field.recipientActivity.help')} />
      <CountryListField label={t('field.storedIn')} path={[...base, 'storedIn']} hint={t('field.storedIn.help')} />
      <CountryListField label={t('field.accessedFrom')} path={[...base, 'accessedFrom']} hint={t('field.accessedFrom.help')} />
      {laws !== '' && laws.split(' ').map((law) => <TransferFields key={law} recipient={index} law={law as TransferLaw} />)}
      <TextField label={t('field.recipientUrl')} path={[...base, 'url']} type="url" optional placeholder="https://" />
      {(role === 'independent-controller' || role === 'joint-controller') && (
        <TextField label={t('field.privacyPolicyUrl')} path={[...base, 'privacyPolicyUrl']} type="url" optional placeholder="https://" hint={t('field.privacyPolicyUrl.help')} />
      )}
      {role === 'joint-controller' && <LocalizedField label={t('field.jointArrangement')} path={[...base, 'jointArrangement']} optional multiline wide help={t('field.jointArrangement.help')} />}
      {us && <SelectField label={t('field.ccpaRole')} path={[...base, 'ccpaRole']} options={CCPA_ROLE_OPTIONS} optional emptyLabel={t('field.ccpaRole.default')} wide />}
    </FormCard>
  );
});

/** The recipients, each a card (a wide table would be cut off at 1280 px), and a button to add one. */
export function RecipientCards() {
  const { update } = useFormStore();
  const fresh = useNewEntries();
  const count = useFormSelector('rec-count', (s) => s.project.recipients.length);
  return (
    <div className="ps-cards ps-field--wide">
      {count === 0 && <p className="ps-field-hint">{t('field.recipients.empty')}</p>}
      {Array.from({ length: count }, (_, i) => (
        <RecipientCard key={i} index={i} />
      ))}
      <button
        type="button"
        className="ps-button ps-button--small"
        onClick={() =>
          update(`recipients:rows:${Date.now()}`, (p) => {
            const entry = newRecipient(p);
            fresh.add(entry.id);
            return { ...p, recipients: addRow(p.recipients, entry) };
          })
        }
      >
        + {t('field.addRecipient')}
      </button>
    </div>
  );
}
