import { projectSchema, type Project } from '../../shared/model/schema.ts';
import { publishVersion } from '../../shared/versions/api.ts';
import { createBrowserEnv } from '../../renderer/pipeline-env.ts';
import { buildProject } from '../fixtures/project-builder.ts';

/** The app's own pipeline environment (bundled templates), as the versions UI uses it. */
export const env = createBrowserEnv();

/** The fixture project published once as v1 on 2025-01-10. */
export function publishedOnce(): Project {
  return publishVersion(buildProject(), { date: '2025-01-10', note: 'sent to the lawyer' }, env);
}

/** After v1: a new recipient (Whereby AS, Norway) for the account, whose retention went from 30 to 60 days. */
export function editedAfterV1(project: Project = publishedOnce()): Project {
  return projectSchema.parse({
    ...project,
    recipients: [...project.recipients, { id: 'whereby', name: 'Whereby AS', role: 'processor', activity: 'Video meetings', storedIn: ['NO'] }],
    activities: project.activities.map((a) => (a.id === 'run-account' ? { ...a, recipients: [...a.recipients, 'whereby'], retention: { kind: 'period', amount: 60, unit: 'days', from: 'end-of-contract' } } : a)),
  });
}

/** `project` with v1's snapshot changed by hand after publishing (its hash no longer matches). */
export function tamperedV1(project: Project): Project {
  const [v1, ...rest] = project.versions ?? [];
  if (!v1) throw new Error('expected a published v1');
  const company = v1.snapshot.company as Record<string, unknown>;
  return { ...project, versions: [{ ...v1, snapshot: { ...v1.snapshot, company: { ...company, legalName: 'Someone Else AB' } } }, ...rest] };
}
