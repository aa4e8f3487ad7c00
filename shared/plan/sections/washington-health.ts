import { consumerHealthData } from '../../laws/washington-health.ts';
import type { Project } from '../../model/schema.ts';
import { activitiesUsing, projectIndex } from '../activities.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Washington's consumer health data privacy policy (RCW 19.373.020): for each
 * category of consumer health data, its sources, why it is used and with whom
 * it is shared (group companies named as affiliates); the consent rule of
 * RCW 19.373.030; how to use the rights. Only when health data is processed:
 * the law is about nothing else.
 */
export function planWashingtonHealth(project: Project): PlannedSection | null {
  const health = consumerHealthData(project);
  if (health.length === 0) return null;
  const index = projectIndex(project);
  const byId = new Map(project.recipients.map((r) => [r.id, r]));
  const rows = health.map((c) => {
    const activities = activitiesUsing(c.id, index);
    const recipients = [...new Set(activities.flatMap((a) => a.recipients))].map((id) => byId.get(id)).filter((r) => r !== undefined);
    return {
      name: c.name,
      sources: [...new Set(c.sources.map((s) => s.kind))],
      purposes: activities.map((a) => a.purpose),
      sharedWith: recipients.filter((r) => r.role !== 'group-company').map((r) => r.name),
      affiliates: recipients.filter((r) => r.role === 'group-company').map((r) => r.name),
    };
  });
  return {
    id: 'washington-health',
    clauses: present([clause('washington-health.policy', true, { rows }), clause('washington-health.rights', true)]),
  };
}
