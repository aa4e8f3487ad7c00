import { useMemo, useState } from 'react';
import { FormProvider } from '../../renderer/components/form-context.ts';
import type { RiskWarning } from '../../shared/checks/types.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import { warningsByPath } from '../../renderer/state/warnings.ts';
import { createHistory, recordEdit, undo, type History } from '../../renderer/state/history.ts';
import { validateProject } from '../../renderer/state/validation.ts';

/** The form's context with real history and validation, as App provides it, for component tests. */
export function FormHarness({
  project,
  lang = 'en',
  warnings,
  children,
  onProject,
}: {
  project: Project;
  lang?: DocumentLanguage;
  /** Risk warnings for the current project, as App computes them with `riskWarnings`. */
  warnings?(p: Project): RiskWarning[];
  children: React.ReactNode;
  onProject?(p: Project): void;
}) {
  const [history, setHistory] = useState<History<Project>>(() => createHistory(project));
  const validation = useMemo(() => validateProject(history.present), [history.present]);
  const warningMap = useMemo(() => warningsByPath(warnings?.(history.present) ?? []), [warnings, history.present]);
  onProject?.(history.present);
  return (
    <FormProvider
      value={{
        project: history.present,
        lang,
        primary: history.present.languages[0] ?? 'en',
        errors: validation.errors,
        warnings: warningMap,
        update: (key, edit) => setHistory((h) => recordEdit(h, edit(h.present), { key })),
      }}
    >
      <button type="button" onClick={() => setHistory((h) => undo(h))}>
        test-undo
      </button>
      {children}
    </FormProvider>
  );
}
