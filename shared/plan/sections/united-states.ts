import type { Project, UsStateJurisdiction } from '../../model/schema.ts';
import { selectedUsStates } from '../../laws/us-jurisdictions.ts';
import { isBiometric, isSensitive, sellsCategory } from '../../laws/us-states.ts';
import { TEXAS_NOTICES, inForceOn, rightsOn, usStateRow, type UsRight } from '../../laws/us-state-table.ts';
import { responseDeadline, type Deadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** One row of the table by state. */
export interface UsStateTableRow {
  id: UsStateJurisdiction;
  /** The law's own name (English, as enacted). */
  law: string;
  rights: UsRight[];
  deadline: Deadline;
  extensionDays: number;
  /** Days to decide an appeal, where a source confirms it; null when the law requires no appeal. */
  appeal: { days?: number } | null;
  authority: string;
  /** The authority's complaint page, where a source confirms it (Oregon and Iowa require a denied appeal to say how to complain online). */
  complaintUrl?: string;
  /** The day the law takes effect, when that is after the policy's effective date. */
  from?: string;
}

/** Whether a row's fact (or a part of it) is marked unverified: such facts are never printed as numbers. */
function verified(unverified: readonly string[] | undefined, field: string): boolean {
  return !(unverified ?? []).some((u) => u === field || field.startsWith(`${u}.`) || u.startsWith(`${field}.`));
}

function tableRow(project: Project, id: UsStateJurisdiction): UsStateTableRow {
  const row = usStateRow(id);
  const appealDays = row.appeal && verified(row.unverified, 'appeal.days') ? row.appeal.days : undefined;
  return {
    id,
    law: row.officialName,
    rights: rightsOn(row, project.effectiveDate),
    deadline: responseDeadline(id, project.rights.responseDays),
    extensionDays: row.deadline.extensionDays,
    appeal: row.appeal ? (appealDays !== undefined ? { days: appealDays } : {}) : null,
    authority: row.authority.name,
    ...(row.authority.complaintUrl && verified(row.unverified, 'authority.complaintUrl') ? { complaintUrl: row.authority.complaintUrl } : {}),
    ...(inForceOn(row, project.effectiveDate) ? {} : { from: row.effectiveDate }),
  };
}

/** States (of those selected and in force) whose row has `test` true. */
function statesWhere(project: Project, states: readonly UsStateJurisdiction[], test: (id: UsStateJurisdiction) => boolean): UsStateJurisdiction[] {
  return states.filter((s) => inForceOn(usStateRow(s), project.effectiveDate) && test(s));
}

const hasSpecial = (id: UsStateJurisdiction, kind: string) => (usStateRow(id).special ?? []).some((s) => s.kind === kind);

/**
 * "Your US state privacy rights": one section for every comprehensive state
 * law selected, a table by state (law, rights, deadline, how to appeal), and
 * only the sentences a state requires of its own: Texas's sale notices,
 * the third-party lists of Oregon, Minnesota, Delaware and Maryland,
 * Connecticut's statement on training large language models, Rhode Island's
 * named buyers. Sale and targeted advertising come from the activities:
 * sharing for cross-context behavioural advertising is targeted advertising
 * under these laws (e.g. Va. Code §59.1-575). Do Not Track (CalOPPA) is said
 * here unless California's section says it.
 */
export function planUnitedStates(project: Project): PlannedSection | null {
  const states = selectedUsStates(project);
  if (states.length === 0) return null;
  const sells = project.activities.some((a) => a.sells);
  const targetedAdvertising = project.activities.some((a) => a.targetedAdvertising || a.sharesForAdvertising);
  const rows = states.map((s) => tableRow(project, s));

  const texas = statesWhere(project, states, (s) => hasSpecial(s, 'texas-sensitive-sale')).length > 0;
  const texasSensitive = texas && sellsCategory(project, isSensitive);
  const texasBiometric = texas && sellsCategory(project, isBiometric);
  const specific = statesWhere(project, states, (s) => usStateRow(s).rights.includes('third-party-list'));
  const categories = statesWhere(project, states, (s) => usStateRow(s).rights.includes('third-party-categories'));
  const llm = statesWhere(project, states, (s) => (usStateRow(s).special ?? []).some((x) => x.kind === 'llm-training' && project.effectiveDate >= x.from));
  const soldTo = statesWhere(project, states, (s) => hasSpecial(s, 'third-parties-sold-to'));
  const sellingActivities = project.activities.filter((a) => a.sells);
  const buyers = project.recipients.filter((r) => sellingActivities.some((a) => a.recipients.includes(r.id))).map((r) => r.name);

  return {
    id: 'united-states',
    clauses: present([
      clause('united-states.state-rights', true, { sells, targetedAdvertising, states }),
      clause('united-states.table', true, { rows }),
      clause('united-states.third-party-list', specific.length + categories.length > 0, { specific, categories, states: [...specific, ...categories] }),
      clause('united-states.texas-notice', texasSensitive || texasBiometric, {
        sensitive: texasSensitive,
        biometric: texasBiometric,
        sensitiveNotice: TEXAS_NOTICES.sensitive,
        biometricNotice: TEXAS_NOTICES.biometric,
      }),
      clause('united-states.llm-training', llm.length > 0 && project.languageModelTraining !== undefined, { ...project.languageModelTraining }),
      clause('united-states.sold-to', soldTo.length > 0 && sells && buyers.length > 0, { recipients: buyers }),
      // California's section already states the signals; say it once.
      clause('united-states.signals', !project.jurisdictions.includes('US-CA'), {
        gpc: project.signals.globalPrivacyControl,
        dnt: project.signals.doNotTrack,
      }),
    ]),
  };
}
