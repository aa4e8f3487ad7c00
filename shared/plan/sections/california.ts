import type { Activity, CcpaCategory, DataCategory, DataSource, LocalizedText, Project, RequestChannel } from '../../model/schema.ts';
import { activitiesUsing, activityCategories, projectIndex } from '../activities.ts';
import { AUTHORITY_FOR_LAW } from '../authorities.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import { ccpaRoleOf, recipientIndex, saleRecipients, type RecipientIndex } from '../recipients.ts';
import type { PlannedSection } from '../types.ts';

/**
 * One line of the California categories table: a statutory category
 * (Cal. Civ. Code §1798.140(v)(1)), the project's categories under it, their
 * sources, the business purposes they serve and whom they are disclosed to,
 * by CCPA role (§1798.110(c), §1798.130(a)(5); 11 CCR §7011(e)(1)).
 */
export interface CaliforniaRow {
  /** Absent for a category entered without its statutory category: it is then named by its own name only. */
  ccpaCategory?: CcpaCategory;
  names: LocalizedText[];
  sources: DataSource[];
  purposes: LocalizedText[];
  serviceProviders: string[];
  contractors: string[];
  thirdParties: string[];
  /** Whether any recipient of the activities using it is known. */
  disclosed: boolean;
}

interface RowBuilder {
  ccpaCategory?: CcpaCategory;
  names: LocalizedText[];
  sources: Set<DataSource>;
  activities: Set<Activity>;
  serviceProviders: Set<string>;
  contractors: Set<string>;
  thirdParties: Set<string>;
}

function categoryRows(project: Project, recipients: RecipientIndex): CaliforniaRow[] {
  const index = projectIndex(project);
  const rows = new Map<string, RowBuilder>();
  for (const c of project.dataCategories) {
    const key = c.ccpaCategory ?? `own:${c.id}`;
    let row = rows.get(key);
    if (!row) {
      row = { ccpaCategory: c.ccpaCategory, names: [], sources: new Set(), activities: new Set(), serviceProviders: new Set(), contractors: new Set(), thirdParties: new Set() };
      rows.set(key, row);
    }
    row.names.push(c.name);
    for (const s of c.sources) row.sources.add(s.kind);
    for (const a of activitiesUsing(c.id, index)) {
      row.activities.add(a);
      for (const id of a.recipients) {
        const r = recipients.byId.get(id);
        if (!r) continue;
        const role = ccpaRoleOf(r, recipients);
        (role === 'service-provider' ? row.serviceProviders : role === 'contractor' ? row.contractors : row.thirdParties).add(r.name);
      }
    }
  }
  return [...rows.values()].map((r) => ({
    ...(r.ccpaCategory ? { ccpaCategory: r.ccpaCategory } : {}),
    names: r.names,
    sources: [...r.sources],
    purposes: [...r.activities].map((a) => a.purpose),
    serviceProviders: [...r.serviceProviders],
    contractors: [...r.contractors],
    thirdParties: [...r.thirdParties],
    disclosed: r.serviceProviders.size + r.contractors.size + r.thirdParties.size > 0,
  }));
}

/** The category names (statutory label where entered) used by activities matching `when`, and the recipients of those activities. */
function flowsWhere(project: Project, recipients: RecipientIndex, when: (a: Activity) => boolean): { categories: CategoryLabel[]; to: string[] } {
  const index = projectIndex(project);
  const categories = new Map<string, CategoryLabel>();
  const to = new Set<string>();
  for (const a of project.activities) {
    if (!when(a)) continue;
    for (const c of activityCategories(a, index)) categories.set(c.id, label(c));
    for (const id of saleRecipients(a, recipients.byId)) to.add(recipients.byId.get(id)!.name);
  }
  return { categories: [...categories.values()], to: [...to] };
}

/** A category as the sale and sensitive-information sentences name it. */
export interface CategoryLabel {
  name: LocalizedText;
  ccpaCategory?: CcpaCategory;
}

const label = (c: DataCategory): CategoryLabel => ({ name: c.name, ...(c.ccpaCategory ? { ccpaCategory: c.ccpaCategory } : {}) });

/** Request channels as entered; none entered means email to the company's address (the schema's documented default). */
function requestChannels(project: Project): RequestChannel[] {
  const { requestChannels: channels, email } = project.company;
  return channels.length > 0 ? channels : [{ kind: 'email', email }];
}

/** California (CCPA as amended by the CPRA). */
export function planCalifornia(project: Project): PlannedSection {
  const recipients = recipientIndex(project);
  const index = projectIndex(project);
  const sold = flowsWhere(project, recipients, (a) => a.sells);
  const shared = flowsWhere(project, recipients, (a) => a.sharesForAdvertising);
  const sells = sold.categories.length > 0;
  const sharesForAdvertising = shared.categories.length > 0;
  const optOut = sells || sharesForAdvertising;

  // Sensitive personal information, and whether it is used beyond the purposes of 11 CCR §7027(m), for which
  // §1798.121 gives the right to limit. Selling or sharing it is always beyond them; otherwise the user's answer
  // (sensitivePiUse) decides, and without one, profiling or targeted advertising with it counts as beyond.
  const spi = project.dataCategories.filter((c) => c.sensitivePi !== undefined);
  const soldOrShared = new Set(
    project.activities.filter((a) => a.sells || a.sharesForAdvertising).flatMap((a) => activityCategories(a, index).map((c) => c.id)),
  );
  const profiled = new Set(
    project.activities.filter((a) => a.profiling || a.targetedAdvertising).flatMap((a) => activityCategories(a, index).map((c) => c.id)),
  );
  const beyond = (c: DataCategory): boolean =>
    soldOrShared.has(c.id) || c.sensitivePiUse === 'beyond-permitted' || (c.sensitivePiUse === undefined && profiled.has(c.id));
  const beyondPermitted = spi.some(beyond);
  // "Only for permitted purposes" is said only when the user said so of every such category.
  const permittedOnly = !beyondPermitted && spi.every((c) => c.sensitivePiUse === 'permitted-purposes');
  // 11 CCR §7011(e)(1) asks whether we have actual knowledge of selling or sharing data of consumers under 16
  // (Cal. Civ. Code §1798.120(c)); we can say we have none only when we sell and share nothing, or when the
  // service is closed to under-16s and not directed at children.
  const noKnowledgeUnder16 = !optOut || (project.children.minimumAge >= 16 && !project.children.directedAtChildren);

  return {
    id: 'california',
    clauses: present([
      clause('california.categories', true, { rows: categoryRows(project, recipients) }),
      clause('california.sensitive', spi.length > 0, { categories: spi.map(label), limit: beyondPermitted, permittedOnly }),
      clause('california.sale', optOut, { sells, sharesForAdvertising, sold, shared, noKnowledgeUnder16 }),
      clause('california.no-sale', !optOut),
      clause('california.rights', true, {
        optOut,
        limitSensitive: beyondPermitted,
        deadline: responseDeadline('US-CA', project.rights.responseDays),
      }),
      // §1798.130(a)(1), 11 CCR §7020: the designated methods for requests; whether they suffice is a risk warning.
      clause('california.requests', true, { channels: requestChannels(project) }),
      clause('california.signals', true, { gpc: project.signals.globalPrivacyControl, dnt: project.signals.doNotTrack }),
      clause('california.agent', true, { authority: AUTHORITY_FOR_LAW['US-CA'] }),
    ]),
  };
}
