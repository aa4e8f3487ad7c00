import type { Activity, CcpaRole, Project, Recipient, TransferLaw, TransferMechanism, Derogation } from '../model/schema.ts';
import { PROCESSOR_ROLES } from '../model/schema.ts';
import { isAdequateFor, isThirdCountryFor, selectedTransferLaws } from '../model/transfer-areas.ts';

/**
 * Facts about recipients that several sections need (sharing, transfers,
 * California, the other national sections), computed once per project with
 * Maps so that a project with hundreds of recipients plans in linear time.
 */
export interface RecipientIndex {
  byId: ReadonlyMap<string, Recipient>;
  /** The activities that involve each recipient id, in project order. */
  activitiesByRecipient: ReadonlyMap<string, readonly Activity[]>;
  /** Recipients of an activity that sells personal information or shares it for cross-context behavioural advertising. */
  advertisingOrSale: ReadonlySet<string>;
}

const cache = new WeakMap<Project, RecipientIndex>();

/** The recipient index of `project`, built on first use and kept while the project object lives. */
export function recipientIndex(project: Project): RecipientIndex {
  const cached = cache.get(project);
  if (cached) return cached;
  const byId = new Map(project.recipients.map((r) => [r.id, r]));
  const activitiesByRecipient = new Map<string, Activity[]>();
  const advertisingOrSale = new Set<string>();
  for (const activity of project.activities) {
    for (const id of activity.recipients) {
      const list = activitiesByRecipient.get(id);
      if (list) list.push(activity);
      else activitiesByRecipient.set(id, [activity]);
    }
    if (activity.sells || activity.sharesForAdvertising) for (const id of saleRecipients(activity, byId)) advertisingOrSale.add(id);
  }
  const index = { byId, activitiesByRecipient, advertisingOrSale };
  cache.set(project, index);
  return index;
}

/**
 * Who receives the data an activity sells or shares for cross-context
 * behavioural advertising: every recipient it involves. A recipient entered
 * as a processor there is a risk warning, and is never called a service
 * provider here (11 CCR §7050(b)).
 */
export function saleRecipients(activity: Activity, byId: ReadonlyMap<string, Recipient>): string[] {
  return activity.recipients.filter((id) => byId.has(id));
}

/** True for processors and sub-processors: they act only on our instructions (GDPR Art. 28, Art. 29). */
export function isProcessor(recipient: Recipient): boolean {
  return PROCESSOR_ROLES.includes(recipient.role);
}

/**
 * The CCPA's word for a recipient. Processors are service providers (or
 * contractors, when entered so); everyone else is a third party. A recipient
 * that receives data in an activity that sells it or shares it for
 * cross-context behavioural advertising is always a third party: a service
 * provider or contractor cannot contract to provide cross-context
 * behavioural advertising, and one who does is a third party for it
 * (11 CCR §7050(b); Cal. Civ. Code §1798.140(e)(6), (ag)(1)(A)).
 */
export function ccpaRoleOf(recipient: Recipient, index: RecipientIndex): CcpaRole {
  if (index.advertisingOrSale.has(recipient.id)) return 'third-party';
  if (recipient.ccpaRole !== undefined) {
    // A non-processor is never called a service provider: it decides its own purposes (§1798.140(ag)).
    return isProcessor(recipient) ? recipient.ccpaRole : 'third-party';
  }
  return isProcessor(recipient) ? 'service-provider' : 'third-party';
}

/** Every country a recipient stores data in or accesses it from, each once, stored-in first. */
export function recipientCountries(recipient: Recipient): string[] {
  return recipientCountriesWhere(recipient, () => true);
}

/** The recipient's countries (as `recipientCountries`) that pass `keep`: a recipient names two or three, so a list search beats a Set. */
function recipientCountriesWhere(recipient: Recipient, keep: (country: string) => boolean): string[] {
  const out: string[] = [];
  for (const c of recipient.storedIn) if (!out.includes(c) && keep(c)) out.push(c);
  for (const c of recipient.accessedFrom) if (!out.includes(c) && keep(c)) out.push(c);
  return out;
}

/** Countries where the company itself holds personal data: `company.dataLocations`, else its own country. */
export function companyLocations(project: Project): string[] {
  const { dataLocations, address } = project.company;
  return dataLocations.length > 0 ? [...new Set(dataLocations)] : [address.country];
}

/** One recipient's transfer under one law: the third countries it reaches, and the tool entered (if any). */
export interface PlannedTransfer {
  name: string;
  /** The recipient's countries outside the area this law lets data move in freely. */
  countries: string[];
  /** The tool entered; undefined when none is entered or the entry says "none" (never published as a confession). */
  mechanism?: Exclude<TransferMechanism, 'none'>;
  derogation?: Derogation;
}

/** The transfers of every recipient under one law, in project order. */
export function transfersUnder(law: TransferLaw, project: Project): PlannedTransfer[] {
  const out: PlannedTransfer[] = [];
  const third = (c: string): boolean => isThirdCountryFor(law, c);
  for (const r of project.recipients) {
    const countries = recipientCountriesWhere(r, third);
    if (countries.length === 0) continue;
    const entry = r.transfers[law];
    // With no tool entered, a transfer to countries the law itself recognises as adequate rests on that decision: a legal fact, not a guess.
    const implied = entry === undefined && countries.every((c) => isAdequateFor(law, c)) ? 'adequacy' : undefined;
    const mechanism = entry && entry.mechanism !== 'none' ? entry.mechanism : implied;
    const derogation = mechanism === 'derogation' ? entry?.derogation : undefined;
    const transfer: PlannedTransfer = { name: r.name, countries };
    if (mechanism) transfer.mechanism = mechanism;
    if (derogation) transfer.derogation = derogation;
    out.push(transfer);
  }
  return out;
}

/** The selected transfer laws (eu, uk, ch) under which the company's own data locations are outside the free area. */
export function lawsWithControllerAbroad(project: Project): { law: TransferLaw; countries: string[] }[] {
  const locations = companyLocations(project);
  const out: { law: TransferLaw; countries: string[] }[] = [];
  for (const law of selectedTransferLaws(project.jurisdictions)) {
    const countries = locations.filter((c) => isThirdCountryFor(law, c));
    if (countries.length > 0) out.push({ law, countries });
  }
  return out;
}

/**
 * Countries outside `home` where personal data is held: by the company
 * itself (`own`) and by recipients (`recipients`), each once, sorted. Used by
 * the laws that ask only where data goes abroad (LGPD, PIPEDA, Australian
 * Privacy Principles), not which tool covers it.
 */
export function countriesAbroad(project: Project, home: string): { own: string[]; recipients: string[] } {
  const own = companyLocations(project).filter((c) => c !== home).sort();
  const set = new Set<string>();
  for (const r of project.recipients) for (const c of r.storedIn) if (c !== home) set.add(c);
  for (const r of project.recipients) for (const c of r.accessedFrom) if (c !== home) set.add(c);
  return { own, recipients: [...set].sort() };
}
