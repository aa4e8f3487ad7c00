import type { LocalizedText, Project, Recipient, RecipientRole } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import { isProcessor } from '../recipients.ts';
import type { PlannedSection } from '../types.ts';

/** One recipient as the sharing templates state it. */
export interface SharedRecipient {
  name: string;
  /** Printed in full beside the name, so that the address survives on paper. */
  url?: string;
  activity: LocalizedText;
  storedIn: string[];
  /** Countries it can be accessed from beyond those it stores data in. */
  accessedFrom: string[];
  subProcessor: boolean;
  privacyPolicyUrl?: string;
  jointArrangement?: LocalizedText;
}

function shared(r: Recipient): SharedRecipient {
  const stored = new Set(r.storedIn);
  return {
    name: r.name,
    url: r.url,
    activity: r.activity,
    storedIn: [...stored],
    accessedFrom: [...new Set(r.accessedFrom)].filter((c) => !stored.has(c)),
    subProcessor: r.role === 'sub-processor',
    privacyPolicyUrl: r.privacyPolicyUrl,
    jointArrangement: r.jointArrangement,
  };
}

/**
 * Who receives personal data, grouped by what each kind of recipient does
 * with it, so that no sentence about one kind is said of another: processors
 * act on our instructions under a data processing agreement (GDPR Art. 28(3));
 * independent controllers decide their own purposes; joint controllers share
 * the decision with us (Art. 26); and the rest are named for what they are.
 */
export function planSharing(project: Project): PlannedSection {
  const byRole = new Map<RecipientRole, SharedRecipient[]>();
  const processors: SharedRecipient[] = [];
  for (const r of project.recipients) {
    if (isProcessor(r)) {
      processors.push(shared(r));
      continue;
    }
    const list = byRole.get(r.role);
    if (list) list.push(shared(r));
    else byRole.set(r.role, [shared(r)]);
  }
  const of = (role: RecipientRole) => byRole.get(role) ?? [];
  const group = (id: string, role: RecipientRole, extra: Record<string, unknown> = {}) =>
    clause(id, of(role).length > 0, { recipients: of(role), ...extra });
  // Art. 26(3) GDPR / UK GDPR: the person may exercise their rights against each joint controller.
  const rightsAgainstEach = project.jurisdictions.includes('EU') || project.jurisdictions.includes('UK');
  return {
    id: 'sharing',
    clauses: present([
      clause('sharing.processors', processors.length > 0, { recipients: processors, hasSubProcessors: processors.some((p) => p.subProcessor) }),
      clause('sharing.no-processors', processors.length === 0),
      group('sharing.controllers', 'independent-controller'),
      group('sharing.joint', 'joint-controller', { rightsAgainstEach }),
      group('sharing.group', 'group-company'),
      group('sharing.authorities', 'public-authority'),
      group('sharing.advisers', 'professional-adviser'),
      group('sharing.business-transfer', 'business-transfer'),
      group('sharing.other', 'other'),
      clause('sharing.legal', true),
    ]),
  };
}
