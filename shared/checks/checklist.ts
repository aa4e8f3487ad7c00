import { sectionHeading } from '../document/text.ts';
import type { DocNode, PolicyDocument } from '../document/types.ts';
import type { Project } from '../model/schema.ts';
import { FACT_TRIGGERED_LAWS, isFactTriggered, lawFor } from '../laws/index.ts';
import type { ClauseFacts, ClauseRef, Law, LawId, NoticeItem } from '../laws/types.ts';
import { plan } from '../plan/plan.ts';
import { riskWarnings } from './risks.ts';
import type { RiskWarning } from './types.ts';

/** What every item result says about its item. */
interface ItemBase {
  id: string;
  article: string;
  description: string;
}

/** A notice item the final document states, with the clauses that state it. */
export interface StatedItem extends ItemBase {
  status: 'stated';
  clauses: string[];
}

/**
 * A notice item the final document does not state: the field that fixes it
 * (`path`, null when no field can) and one sentence saying what to do. When a
 * customised section dropped the clause that states it, `removedIn` names that
 * section's heading and `path` the override.
 */
export interface MissingItem extends ItemBase {
  status: 'missing';
  path: string | null;
  enter: string;
  removedIn?: string;
}

export interface NotApplicableItem extends ItemBase {
  status: 'not-applicable';
  why: string;
}

export type ItemResult = StatedItem | MissingItem | NotApplicableItem;

/** One law's checklist: "stated of required items". */
export interface LawChecklist {
  law: LawId;
  shortName: string;
  officialName: string;
  items: ItemResult[];
  /** Items that apply to this project. */
  required: number;
  stated: number;
  missing: number;
}

export interface Checklist {
  lang: string;
  laws: LawChecklist[];
  /** Risky facts, as `validate` prints them. */
  warnings: RiskWarning[];
  /** Missing items over all laws: 0 means every required item is stated. */
  missing: number;
}

export interface ChecklistOptions {
  /** The laws to check, among those that apply; by default all the project selects and every fact-triggered law its facts bring in. */
  laws?: readonly LawId[];
}

/** Where a planned clause sits and what it states. */
interface PlannedAt {
  sectionId: string;
  facts: ClauseFacts;
}

/** The pseudo-clause of the title block, which carries the date the policy was last updated. */
const TITLE = 'title';

function clauseIdsIn(node: DocNode, out: Set<string>): Set<string> {
  if (node.type === 'policyClause' && typeof node.attrs?.clauseId === 'string') out.add(node.attrs.clauseId);
  for (const child of node.content ?? []) clauseIdsIn(child, out);
  return out;
}

/** The facts the document was built from, and what it holds now. */
interface Context {
  project: Project;
  document: PolicyDocument;
  planned: ReadonlyMap<string, PlannedAt>;
  present: ReadonlySet<string>;
}

function context(project: Project, document: PolicyDocument): Context {
  const policyPlan = plan(project);
  const planned = new Map<string, PlannedAt>([[TITLE, { sectionId: TITLE, facts: policyPlan.common as unknown as ClauseFacts }]]);
  for (const section of policyPlan.sections) for (const c of section.clauses) planned.set(c.id, { sectionId: section.id, facts: c.facts });
  const present = clauseIdsIn(document, new Set());
  // The title has no clause of its own: it states the date while it is generated, not once rewritten by hand.
  const title = document.content.find((s) => s.attrs?.sectionId === TITLE);
  if (title && title.attrs?.origin === 'generated') present.add(TITLE);
  return { project, document, planned, present };
}

type RefState = 'stated' | 'removed' | 'fact-missing' | 'not-planned';

function refState(ref: ClauseRef, ctx: Context): RefState {
  const planned = ctx.planned.get(ref.clause);
  const inDocument = ctx.present.has(ref.clause);
  if (!planned) return inDocument && !ref.when ? 'stated' : 'not-planned';
  if (ref.when && !ref.when(planned.facts, ctx.project)) return 'fact-missing';
  return inDocument ? 'stated' : 'removed';
}

function missing(base: ItemBase, item: NoticeItem, ctx: Context, removed: ClauseRef | undefined): MissingItem {
  if (removed) {
    const sectionId = ctx.planned.get(removed.clause)!.sectionId;
    const section = ctx.document.content.find((s) => s.attrs?.sectionId === sectionId);
    const heading = (section && sectionHeading(section)) ?? sectionId;
    const i = ctx.project.overrides.findIndex((o) => o.sectionId === sectionId && o.language === ctx.document.attrs.lang);
    return {
      ...base,
      status: 'missing',
      path: i >= 0 ? `overrides[${i}]` : null,
      enter: `Put back what the generated section says about this (${base.description.replace(/\.$/, '').toLowerCase()}), or reset the section.`,
      removedIn: heading,
    };
  }
  const field = item.field(ctx.project);
  return field
    ? { ...base, status: 'missing', path: field.path, enter: field.enter }
    : { ...base, status: 'missing', path: null, enter: 'No field supplies this yet: add it in a custom section, and report it so that Policy Studio can state it.' };
}

function checkItem(item: NoticeItem, ctx: Context): ItemResult {
  const base: ItemBase = { id: item.id, article: item.article, description: item.description };
  const applies = item.appliesWhen(ctx.project);
  if (!applies.applies) return { ...base, status: 'not-applicable', why: applies.why };
  const states = item.statedBy.map((ref) => ({ ref, state: refState(ref, ctx) }));
  if (item.all) {
    const relevant = states.filter((s) => s.state !== 'not-planned');
    const failing = relevant.find((s) => s.state !== 'stated');
    if (relevant.length > 0 && !failing) return { ...base, status: 'stated', clauses: relevant.map((s) => s.ref.clause) };
    return missing(base, item, ctx, failing?.state === 'removed' ? failing.ref : undefined);
  }
  const stated = states.filter((s) => s.state === 'stated');
  if (stated.length > 0) return { ...base, status: 'stated', clauses: stated.map((s) => s.ref.clause) };
  return missing(base, item, ctx, states.find((s) => s.state === 'removed')?.ref);
}

function checkLaw(law: Law, ctx: Context): LawChecklist {
  const items = law.noticeItems.map((item) => checkItem(item, ctx));
  const stated = items.filter((i) => i.status === 'stated').length;
  const missingCount = items.filter((i) => i.status === 'missing').length;
  return { law: law.id, shortName: law.shortName, officialName: law.officialName, items, required: stated + missingCount, stated, missing: missingCount };
}

/** Whether a law is in play: a jurisdiction the project selects, or a fact-triggered law its facts bring in. */
export function lawApplies(project: Project, id: LawId): boolean {
  return isFactTriggered(id) ? FACT_TRIGGERED_LAWS[id].appliesTo?.(project).applies === true : project.jurisdictions.includes(id);
}

/** Every law the checklist covers by default: the selected jurisdictions, then the fact-triggered laws that apply. */
export function applicableLaws(project: Project): LawId[] {
  return [...project.jurisdictions, ...Object.values(FACT_TRIGGERED_LAWS).map((l) => l.id).filter((id) => lawApplies(project, id))];
}

/**
 * The checklist of one document: for each selected law, each thing it
 * requires a privacy notice to state, stated / missing / not applicable,
 * read from the clauses the final document holds (so a customised section
 * that dropped a clause shows as missing), plus the risk warnings.
 */
export function checks(project: Project, document: PolicyDocument, options: ChecklistOptions = {}): Checklist {
  const ctx = context(project, document);
  const selected = options.laws ?? applicableLaws(project);
  const laws = selected.filter((id) => lawApplies(project, id)).map((id) => checkLaw(lawFor(id), ctx));
  return { lang: document.attrs.lang, laws, warnings: riskWarnings(project), missing: laws.reduce((n, l) => n + l.missing, 0) };
}
