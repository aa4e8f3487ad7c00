import type { Jurisdiction, Project } from '../model/schema.ts';
import type { Authority } from '../plan/authorities.ts';

/**
 * What a law is, as data: its names, whom it protects, how long it gives to
 * answer a request, its authority, and each thing it requires a privacy
 * notice to state. `checks/checklist.ts` walks `noticeItems` against the
 * final document; the plan will take its decisions from the same modules.
 */
export interface Law {
  /** The jurisdiction a project selects to apply it, or for a law the facts trigger (COPPA), its own id. */
  id: LawId;
  /** The law's official title, in its own language where it has one. */
  officialName: string;
  /** How the checklist names it ("GDPR"). */
  shortName: string;
  /** Whom it protects, in one plain line. */
  protects: string;
  /** Absent where the law sets no period for answering (COPPA's §312.6). */
  deadline?: ResponseDeadline;
  authority: AuthorityRef;
  noticeItems: readonly NoticeItem[];
  /**
   * For a law no jurisdiction selects (`FACT_TRIGGERED_LAW_IDS`): whether the
   * project's facts bring it into play (COPPA: a service for children under 13
   * with a US jurisdiction selected), and why not.
   */
  appliesTo?(project: Project): Applicability;
}

/**
 * Laws that apply because of what the facts say, not because the user picked
 * a jurisdiction: COPPA (16 CFR Part 312) for services directed at children
 * under 13 or knowingly collecting from them, CalOPPA for a commercial website
 * with Californian visitors.
 */
export const FACT_TRIGGERED_LAW_IDS = ['COPPA', 'CALOPPA'] as const;
export type FactTriggeredLawId = (typeof FACT_TRIGGERED_LAW_IDS)[number];
/** What the checklist and `check --law` name a law by. */
export type LawId = Jurisdiction | FactTriggeredLawId;

/** How long the law gives to answer a request, with the extension it allows and where it says so. */
export interface ResponseDeadline {
  amount: number;
  unit: 'day' | 'business-day' | 'month';
  extension?: { amount: number; unit: 'day' | 'month'; when: string };
  /** The provision, e.g. "GDPR Art. 12(3)". */
  source: string;
}

/** The authority people complain to: one named body, or the one where the company (or the person) is. */
export type AuthorityRef =
  | { kind: 'named'; authority: Authority; source: string }
  | { kind: 'by-establishment'; note: string; source: string }
  | { kind: 'none'; note: string };

/** Whether an item applies to a project, and why not when it does not. */
export type Applicability = { applies: true } | { applies: false; why: string };

/** The facts one planned clause states (`PlannedClause.facts`). */
export type ClauseFacts = Readonly<Record<string, unknown>>;

/**
 * A clause that states an item. `when` asks the clause's facts whether it
 * states this particular item (the objection bullet of `rights.gdpr` only
 * when `objection` is set). `title` stands for the document's title block,
 * which carries the date the policy was last updated.
 */
export interface ClauseRef {
  clause: string;
  /** Given the clause's facts and, for what a clause does not carry (`company.onlineOnly`), the project. */
  when?: (facts: ClauseFacts, project: Project) => boolean;
}

/** The form field that supplies an item: its JSON path and one sentence saying what to enter. */
export interface FieldRef {
  path: string;
  enter: string;
}

/** One thing a law requires a privacy notice to state. */
export interface NoticeItem {
  /** Unique within its law, e.g. "legitimate-interests". */
  id: string;
  /** The exact provision, e.g. "Art. 13(1)(d)". */
  article: string;
  /** What the notice must state, in one plain line. */
  description: string;
  appliesWhen(project: Project): Applicability;
  /**
   * The clauses that state the item: any one of them, present in the document
   * with its `when` true; with `all`, every one of them that the plan contains
   * (a recipient list split by role, say, where dropping one group loses some).
   */
  statedBy: readonly ClauseRef[];
  all?: boolean;
  /** The field to fill in when the item is missing; null when no field can supply it (the product cannot state it yet). */
  field(project: Project): FieldRef | null;
}
