import type { Project } from '../../model/schema.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Other US states with comprehensive privacy laws, and Do Not Track (CalOPPA).
 * Sale and targeted advertising come from the activities: sharing for
 * cross-context behavioural advertising is targeted advertising under those
 * laws (their definitions of "targeted advertising", e.g. Va. Code §59.1-575).
 */
export function planUnitedStates(project: Project): PlannedSection {
  const sells = project.activities.some((a) => a.sells);
  const targetedAdvertising = project.activities.some((a) => a.targetedAdvertising || a.sharesForAdvertising);
  return {
    id: 'united-states',
    clauses: present([
      clause('united-states.state-rights', true, {
        deadline: responseDeadline('US', project.rights.responseDays),
        sells,
        targetedAdvertising,
      }),
      // California's section already states the signals; say it once.
      clause('united-states.signals', !project.jurisdictions.includes('US-CA'), {
        gpc: project.signals.globalPrivacyControl,
        dnt: project.signals.doNotTrack,
      }),
    ]),
  };
}
