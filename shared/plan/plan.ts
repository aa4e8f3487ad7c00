import type { Project } from '../model/schema.ts';
import { commonFacts, present } from './facts.ts';
import { planAbout } from './sections/about.ts';
import { planAutomatedDecisions } from './sections/automated-decisions.ts';
import { planChanges } from './sections/changes.ts';
import { planChildren } from './sections/children.ts';
import { planContact } from './sections/contact.ts';
import { planCookies } from './sections/cookies.ts';
import { planDataCollected } from './sections/data-collected.ts';
import { planJurisdictions } from './sections/jurisdictions.ts';
import { planMarketing } from './sections/marketing.ts';
import { planPurposes } from './sections/purposes.ts';
import { planRetention } from './sections/retention.ts';
import { planRights } from './sections/rights.ts';
import { planSecurity } from './sections/security.ts';
import { planSharing } from './sections/sharing.ts';
import { planTransfers } from './sections/transfers.ts';
import type { PolicyPlan } from './types.ts';

/**
 * Decides, once and without any language, which sections and clauses the
 * policy has and which facts each states. Templates only word the result.
 */
export function plan(project: Project): PolicyPlan {
  return {
    common: commonFacts(project),
    sections: present([
      planAbout(project),
      planDataCollected(project),
      planPurposes(project),
      planSharing(project),
      planTransfers(project),
      planCookies(project),
      planRetention(project),
      planRights(project),
      planChildren(project),
      planSecurity(project),
      planAutomatedDecisions(project),
      planMarketing(project),
      ...planJurisdictions(project),
      planChanges(project),
      planContact(project),
    ]),
  };
}

/** Every section id `plan()` can produce, in document order: templates and messages must cover all of them. */
export const SECTION_IDS = [
  'about',
  'data-collected',
  'purposes',
  'sharing',
  'transfers',
  'cookies',
  'retention',
  'rights',
  'children',
  'security',
  'automated-decisions',
  'marketing',
  'united-kingdom',
  'switzerland',
  'california',
  'united-states',
  'nevada',
  'washington-health',
  'brazil',
  'canada',
  'quebec',
  'australia',
  'changes',
  'contact',
] as const;
