import { toProjectErrors } from '../errors.ts';
import { projectSchemaV1, type ProjectV1 } from '../schema-v1.ts';
import type { ProjectInput, Requirement, TransferLaw, TransferMechanism } from '../schema.ts';
import type { LocalizedText } from '../schema-v1.ts';
import type { LocalizedText as LocalizedTextV2 } from '../schema.ts';
import { textFor } from '../localized.ts';
import { isThirdCountryFor, selectedTransferLaws } from '../transfer-areas.ts';
import type { MigrationStepResult } from '../migrate.ts';

type CategoryV1 = ProjectV1['dataCategories'][number];
type ProcessorV1 = ProjectV1['processors'][number];
type ActivityInput = ProjectInput['activities'][number];
type RecipientInput = NonNullable<ProjectInput['recipients']>[number];

const firstText = (value: LocalizedText | LocalizedTextV2): string => textFor(value, 'en');

/** An id from a name: ASCII letters and digits, dashes between words ("Hetzner Online GmbH" → "hetzner-online-gmbh"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'item' : slug.slice(0, 48).replace(/-+$/, '');
}

/** Unique ids for a list of names, numbering repeats ("usage", "usage-2"). */
export function uniqueIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/**
 * v1's one safeguard, read under each selected transfer law. Under UK law
 * "scc" meant the IDTA or the SCCs with the UK Addendum: the Addendum is the
 * nearer reading, and the user is asked to check it.
 */
function transfersFor(p: ProcessorV1, laws: readonly TransferLaw[], notes: string[], path: string): RecipientInput['transfers'] {
  const out: Partial<Record<TransferLaw, { mechanism: TransferMechanism }>> = {};
  for (const law of laws) {
    if (!isThirdCountryFor(law, p.country)) continue;
    let mechanism: TransferMechanism = p.safeguard;
    if (law === 'uk' && p.safeguard === 'scc') {
      mechanism = 'uk-addendum';
      notes.push(`${path}.transfers.uk: "standard contractual clauses" became the UK Addendum to the SCCs; choose the IDTA instead if that is what you signed.`);
    }
    if (p.safeguard === 'dpf' && law !== 'eu') {
      notes.push(`${path}.transfers.${law}: check that ${p.name} is certified under the ${law === 'uk' ? 'UK Extension to the EU-US Data Privacy Framework' : 'Swiss-US Data Privacy Framework'}, or enter the tool that covers it.`);
    }
    if (p.safeguard === 'derogation') notes.push(`${path}.transfers.${law}: choose which Article 49 derogation the transfer relies on.`);
    if (p.safeguard === 'none') notes.push(`${path}.transfers.${law}: no transfer tool is in place for ${p.name} (${p.country}); the policy will not claim one. Put one in place and enter it.`);
    out[law] = { mechanism };
  }
  return out;
}

/** Requirement (Art. 13(2)(e)) from v1's yes/no "required by contract or law". */
function requirementOf(c: CategoryV1): Requirement {
  if (!c.required) return 'optional';
  return c.legalBasis === 'legal-obligation' ? 'statutory' : 'contractual';
}

/**
 * Version 1 → 2. v1 kept purposes, one legal basis and a retention text on
 * each category, and every recipient was a processor with one country. Each
 * v1 purpose becomes an activity (purposes shared word for word by several
 * categories on the same basis and retention become one activity), each
 * processor a recipient in the role of processor, its safeguard the transfer
 * tool under each selected law for which its country is a third country.
 * Nothing is guessed: what v1 could not say is left for the user, and a
 * note names the field to check.
 */
export function migrateV1ToV2(raw: Record<string, unknown>): MigrationStepResult {
  const parsed = projectSchemaV1.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: toProjectErrors(parsed.error, raw) };
  const v1 = parsed.data;
  const notes: string[] = [];
  const categoryIds = uniqueIds(v1.dataCategories.map((c) => firstText(c.name)));

  const dataCategories = v1.dataCategories.map((c, i) => {
    if (c.sensitive) {
      notes.push(
        `dataCategories[${i}].special: "${firstText(c.name)}" was marked sensitive: choose its special category (GDPR Art. 9) and, for California, its kind of sensitive personal information, then the Art. 9(2) condition on each activity that uses it.`,
      );
    }
    return {
      id: categoryIds[i] ?? `category-${i + 1}`,
      name: c.name,
      examples: c.examples,
      sources: [{ kind: c.source, ...(c.sourceDetail !== undefined ? { detail: c.sourceDetail } : {}) }],
    };
  });

  const activities: ActivityInput[] = [];
  const keyToActivity = new Map<string, ActivityInput>();
  v1.dataCategories.forEach((c, i) => {
    const categoryId = dataCategories[i]?.id ?? '';
    for (const purpose of c.purposes) {
      const key = JSON.stringify([purpose, c.legalBasis, c.legitimateInterest ?? null, c.retention, c.required]);
      const existing = keyToActivity.get(key);
      if (existing) {
        existing.categories.push(categoryId);
        continue;
      }
      const activity: ActivityInput = {
        id: '',
        purpose,
        categories: [categoryId],
        legalBases: [{ basis: c.legalBasis, ...(c.legitimateInterest !== undefined ? { interest: c.legitimateInterest } : {}) }],
        requirement: requirementOf(c),
        retention: { kind: 'text', text: c.retention },
        recipients: [],
        sells: v1.dataSales.sells,
        sharesForAdvertising: v1.dataSales.sharesForAdvertising,
      };
      keyToActivity.set(key, activity);
      activities.push(activity);
    }
  });
  const activityIds = uniqueIds(activities.map((a) => firstText(a.purpose)));
  const required: string[] = [];
  activities.forEach((a, i) => {
    a.id = activityIds[i] ?? `activity-${i + 1}`;
    const basis = a.legalBases[0]?.basis;
    if (basis === 'legal-obligation') notes.push(`activities[${i}].legalBases[0].obligation: name the law that requires "${firstText(a.purpose)}".`);
    if (basis === 'legitimate-interests' && a.legalBases[0]?.interest === undefined) notes.push(`activities[${i}].legalBases[0].interest: describe the legitimate interest weighed for "${firstText(a.purpose)}".`);
    if (a.requirement === 'contractual' || a.requirement === 'statutory') required.push(`activities[${i}] "${firstText(a.purpose)}"`);
  });
  // One note for all of them: v1's yes/no could not say why the data is required (GDPR Art. 13(2)(e)).
  if (required.length > 0) {
    notes.push(
      `activities[].requirement, activities[].consequence: v1 said only "required" for ${required.join(', ')}; check on each whether the data is required by law, by contract or to enter a contract, and say what happens without it.`,
    );
  }
  if (activities.length > 0) notes.push('activities[].retention: retention periods were kept as text; enter each as a period and what starts it where one fits.');
  if (v1.dataSales.sells || v1.dataSales.sharesForAdvertising) {
    notes.push('activities[].sells, activities[].sharesForAdvertising: v1 said personal information is sold or shared for advertising without saying by which activity, so every activity is marked so; clear the mark on the activities that do not.');
  }

  const laws = selectedTransferLaws(v1.jurisdictions.filter((j) => j !== 'US'));
  const recipientIds = uniqueIds(v1.processors.map((p) => p.name));
  const recipients: RecipientInput[] = v1.processors.map((p, i) => ({
    id: recipientIds[i] ?? `recipient-${i + 1}`,
    name: p.name,
    role: 'processor',
    activity: p.activity,
    storedIn: [p.country],
    transfers: transfersFor(p, laws, notes, `recipients[${i}]`),
    ...(p.url !== undefined ? { url: p.url } : {}),
  }));
  if (recipients.length > 0) {
    notes.push(
      'recipients[].role: every v1 processor became a recipient in the role "processor": change the role of those that use the data for their own purposes (payment, delivery and advertising companies usually do), add the countries data can be accessed from, and link recipients to the activities they serve.',
    );
  }
  if (v1.children.minimumAge > 0 && v1.children.minimumAge < 13 && (v1.jurisdictions.includes('US') || v1.jurisdictions.includes('US-CA'))) {
    notes.push('children.parentalConsent: the minimum age is under 13 with US law selected; describe how a parent\'s verifiable consent is obtained, or raise the minimum age to 13.');
  }

  const { dataSales: _sales, processors: _processors, dataCategories: _categories, schemaVersion: _version, ...rest } = v1;
  // A v2 file: v2 still had one 'US' for the other states (v2-to-v3.ts splits it).
  const value: Omit<ProjectInput, 'schemaVersion' | 'jurisdictions'> & { schemaVersion: 2; jurisdictions: ProjectV1['jurisdictions'] } = {
    ...rest,
    schemaVersion: 2,
    company: { ...v1.company },
    dataCategories,
    activities,
    recipients,
  };
  return { ok: true, value: value as unknown as Record<string, unknown>, notes };
}
