import { Suspense, useRef, type ReactNode } from 'react';
import type { DocNode } from '../../shared/document/types.ts';
import type { DocumentLanguage } from '../../shared/model/index.ts';
import type { SectionActions } from '../editor/section-controls.ts';
import { t } from '../i18n/t.ts';
import type { GeneratedState } from '../state/use-policy-document.ts';
import { ChecklistPanel, useGoToField, type ChecklistPanelProps } from './ChecklistPanel.tsx';
import { DocumentPane } from './DocumentPane.tsx';
import { ErrorsPanel, type ErrorsPanelState } from './ErrorsPanel.tsx';
import { FormProvider, type FormContextValue } from './form-context.ts';
import { MigrationNotice, type MigrationState } from './MigrationNotice.tsx';
import { ProjectForm } from './ProjectForm.tsx';
import { LazyTranslationView } from './lazy-panels.ts';
import type { TranslationViewProps } from './TranslationView.tsx';

export interface EditorScreenProps {
  formContext: FormContextValue;
  errorsPanel: ErrorsPanelState | null;
  onDismissErrors(): void;
  /** A file of an earlier format was opened: what was converted, until dismissed. */
  migration: MigrationState | null;
  onDismissMigration(): void;
  /** Another notice above the form (what to check in a project made from the interview), until dismissed. */
  notice?: ReactNode;
  /** The document pane's language, and whether this build has its templates. */
  lang: DocumentLanguage;
  langAvailable: boolean;
  generated: GeneratedState;
  revision: number;
  actions: SectionActions;
  onSectionsEdited(sections: DocNode[]): void;
  onOpenLink(href: string): void;
  findRequest: number;
  /** The translation view, shown instead of the form while it is chosen; null: the form. */
  translations: TranslationViewProps | null;
  /** The user's own sections: their notices ("changed in English since this was translated") follow them. */
  userSections: unknown;
  /** The checklist beside the document while it is shown (null: hidden); `onShowForm` leaves the translation view to reach a field. */
  checklist?: (Omit<ChecklistPanelProps, 'onGoTo'> & { onShowForm(): void }) | null;
}

/** A project open: the form (or the translation view) on the left, the policy document on the right. */
export function EditorScreen({ formContext, errorsPanel, onDismissErrors, migration, onDismissMigration, notice, lang, langAvailable, generated, revision, actions, onSectionsEdited, onOpenLink, findRequest, translations, userSections, checklist }: EditorScreenProps) {
  const formPane = useRef<HTMLDivElement>(null);
  const goToField = useGoToField(formPane, checklist?.onShowForm);
  return (
    <main className={`ps-main${translations ? ' ps-main--translations' : ''}${checklist ? ' ps-main--checklist' : ''}`}>
      <div ref={formPane} className="ps-form-pane" aria-label={t(translations ? 'translations.title' : 'form.label')} role="region">
        {errorsPanel && <ErrorsPanel state={errorsPanel} onDismiss={onDismissErrors} />}
        {migration && <MigrationNotice state={migration} onDismiss={onDismissMigration} />}
        {notice}
        {translations ? (
          <Suspense fallback={<p className="ps-empty">{t('translations.title')}</p>}>
            <LazyTranslationView {...translations} />
          </Suspense>
        ) : (
          <FormProvider value={formContext}>
            <ProjectForm />
          </FormProvider>
        )}
      </div>
      <div className="ps-doc-pane" role="region" aria-label={t('doc.label')}>
        {!langAvailable ? (
          <p className="ps-empty">{t('doc.noLanguage', { lang })}</p>
        ) : generated.kind === 'ready' ? (
          <DocumentPane document={generated.document} revision={revision} actions={actions} onSectionsEdited={onSectionsEdited} onOpenLink={onOpenLink} findRequest={findRequest} userSections={userSections} />
        ) : generated.kind === 'error' ? (
          <p className="ps-alert">{generated.message}</p>
        ) : (
          <p className="ps-empty">{t('doc.waiting')}</p>
        )}
      </div>
      {checklist && <ChecklistPanel live={checklist.live} onClose={checklist.onClose} onGoTo={goToField} />}
    </main>
  );
}
