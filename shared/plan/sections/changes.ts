import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** How changes are announced, and the change log (newest first). */
export function planChanges(project: Project): PlannedSection {
  const log = [...project.changeLog].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    id: 'changes',
    clauses: present([
      clause('changes.notice', project.changes.noticeDays > 0, { noticeDays: project.changes.noticeDays }),
      clause('changes.immediate', project.changes.noticeDays === 0),
      clause('changes.log', log.length > 0, { entries: log }),
    ]),
  };
}
