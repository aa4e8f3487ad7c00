import { useId } from 'react';
import { US_STATE_TABLE, inForceOn } from '../../../shared/laws/us-state-table.ts';
import type { Jurisdiction, Project } from '../../../shared/model/index.ts';
import { t, uiLanguage, type MessageKey } from '../../i18n/t.ts';
import { pathKey } from '../../state/paths.ts';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { useFirstErrorUnder } from '../fields/hooks.ts';
import { FieldShell } from '../fields/shell.tsx';

/** The laws outside the US state table, in the order the form shows them. */
const WORLD: readonly Jurisdiction[] = ['EU', 'UK', 'CH', 'BR', 'CA', 'CA-QC', 'AU'];
const US_OTHER: readonly Jurisdiction[] = ['US-CA', 'US-NV', 'US-WA'];
const STATE_IDS: readonly Jurisdiction[] = US_STATE_TABLE.map((r) => r.id);

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Appended, not sorted, like every multi-choice in the form; removing keeps the others' order. */
function toggled(list: readonly Jurisdiction[], j: Jurisdiction, on: boolean): Jurisdiction[] {
  return on ? [...list.filter((x) => x !== j), j] : list.filter((x) => x !== j);
}

function Check({ id, label, note, selected, onChange }: { id: Jurisdiction; label: string; note?: string; selected: boolean; onChange(on: boolean): void }) {
  return (
    <label className="ps-check" data-jurisdiction={id}>
      <input type="checkbox" checked={selected} onChange={(e) => onChange(e.target.checked)} />
      <span>
        {label}
        {note && <small className="ps-check-note"> {note}</small>}
      </span>
    </label>
  );
}

/**
 * "Laws that apply": the laws by region, the US states as one compact group
 * with each law's start (those not yet in force on the policy's effective
 * date marked "from …"), a button to pick every state law in force, and,
 * once Connecticut's 2026 amendment applies, its question on training
 * language models (`languageModelTraining`).
 */
export function JurisdictionPicker() {
  const { update } = useFormStore();
  const selected = useFormSelector('jurisdictions', (s) => s.project.jurisdictions);
  const effectiveDate = useFormSelector('effectiveDate', (s) => s.project.effectiveDate);
  const llm = useFormSelector('languageModelTraining', (s) => s.project.languageModelTraining);
  const message = useFirstErrorUnder(pathKey(['jurisdictions']));
  const groupId = useId();
  const set = (next: (list: readonly Jurisdiction[]) => Jurisdiction[]) => update('jurisdictions', (p) => ({ ...p, jurisdictions: next(p.jurisdictions) }));
  const check = (id: Jurisdiction, note?: string) => (
    <Check key={id} id={id} label={t(`jurisdiction.${id}` as MessageKey)} note={note} selected={selected.includes(id)} onChange={(on) => set((l) => toggled(l, id, on))} />
  );
  const inForce = US_STATE_TABLE.filter((r) => inForceOn(r, effectiveDate)).map((r) => r.id);
  const ctApplies = selected.includes('US-CT') && effectiveDate >= '2026-07-01';
  const llmValue = llm === undefined ? '' : llm.uses && llm.sells ? 'uses-sells' : llm.uses ? 'uses' : llm.sells ? 'sells' : 'none';
  const setLlm = (value: string) =>
    update('languageModelTraining', (p): Project => {
      if (value === '') {
        const { languageModelTraining: _dropped, ...rest } = p;
        return rest as Project;
      }
      return { ...p, languageModelTraining: { uses: value.startsWith('uses'), sells: value.endsWith('sells') } };
    });
  return (
    <>
      <fieldset className={`ps-field ps-field--wide${message ? ' has-error' : ''}`} aria-describedby={message ? `${groupId}-error` : undefined} data-path="jurisdictions">
        <legend>{t('field.jurisdictions')}</legend>
        <div className="ps-check-grid">{WORLD.map((j) => check(j))}</div>
        <h3 className="ps-subgroup">{t('jurisdictionGroup.us')}</h3>
        <div className="ps-check-grid">{US_OTHER.map((j) => check(j))}</div>
        <h3 className="ps-subgroup">
          {t('jurisdictionGroup.usStates')}{' '}
          <button type="button" className="ps-link-button" onClick={() => set((l) => [...l.filter((x) => !STATE_IDS.includes(x)), ...inForce])}>
            {t('jurisdiction.allInForce', { count: inForce.length })}
          </button>{' '}
          <button type="button" className="ps-link-button" onClick={() => set((l) => l.filter((x) => !STATE_IDS.includes(x)))}>
            {t('jurisdiction.noStates')}
          </button>
        </h3>
        <div className="ps-check-grid ps-check-grid--compact">
          {US_STATE_TABLE.map((r) => check(r.id, t(inForceOn(r, effectiveDate) ? 'jurisdiction.since' : 'jurisdiction.from', { date: formatDate(r.effectiveDate) })))}
        </div>
        {message && (
          <span className="ps-field-error" id={`${groupId}-error`}>
            {message}
          </span>
        )}
      </fieldset>
      {ctApplies && (
        <FieldShell label={t('field.languageModelTraining')} hint={t('field.languageModelTraining.help')} error={undefined} path="languageModelTraining" wide>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={llmValue} onChange={(e) => setLlm(e.target.value)}>
              <option value="">{t('field.languageModelTraining.unanswered')}</option>
              {(['none', 'uses', 'sells', 'uses-sells'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`field.languageModelTraining.${v}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      )}
    </>
  );
}
