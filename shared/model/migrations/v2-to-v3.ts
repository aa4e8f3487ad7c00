import { US_STATE_TABLE } from '../../laws/us-state-table.ts';
import type { MigrationStepResult } from '../migrate.ts';

/** The state laws in force on `date`, in the table's order: what v2's one 'US' meant for a policy of that date. */
export function usStatesInForceOn(date: string): string[] {
  return US_STATE_TABLE.filter((r) => date >= r.effectiveDate).map((r) => r.id);
}

/**
 * Version 2 → 3. v2 selected every US state law but California's with one
 * 'US'; v3 selects each state's law ('US-VA', 'US-TX' …), since their
 * deadlines, rights and required statements differ. 'US' becomes every
 * comprehensive state law in force on the policy's effective date (nothing
 * the old policy covered is dropped), and a note asks the user to keep only
 * the states where they have consumers. Everything else is kept as it is;
 * the v3 schema validates the result (a file too broken to say is left for
 * it to report).
 */
export function migrateV2ToV3(raw: Record<string, unknown>): MigrationStepResult {
  const { jurisdictions, effectiveDate } = raw;
  // An unfinished file (an autosave, say) keeps what it has: the v3 schema names what is missing.
  if (!Array.isArray(jurisdictions) || !jurisdictions.includes('US')) return { ok: true, value: { ...raw, schemaVersion: 3 }, notes: [] };
  const dated = typeof effectiveDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effectiveDate);
  const date = dated ? effectiveDate : new Date().toISOString().slice(0, 10);
  const states = usStatesInForceOn(date);
  const next = jurisdictions.flatMap((j: unknown) => (j === 'US' ? states.filter((s) => !jurisdictions.includes(s)) : [j]));
  const names = US_STATE_TABLE.filter((r) => states.includes(r.id)).map((r) => r.state);
  const when = dated ? `in force on ${date}` : `in force today (${date}; the file has no effective date)`;
  const notes = [
    `jurisdictions: "Other US states" is now one law per state; it became the ${states.length} state laws ${when} (${names.join(', ')}). Keep only the states where you have consumers and meet the law's thresholds.`,
  ];
  return { ok: true, value: { ...raw, schemaVersion: 3, jurisdictions: next }, notes };
}
