import { Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { riskWarnings } from '../shared/checks/risks.ts';
import type { DocNode } from '../shared/document/types.ts';
import type { DocumentLanguage, Project } from '../shared/model/index.ts';
import type { PipelineEnv } from '../shared/pipeline.ts';
import { AppDialogs, type OpenDialog } from './components/AppDialogs.tsx';
import { HostFileDialog } from './components/HostFileDialog.tsx';
import { EditorScreen } from './components/EditorScreen.tsx';
import { OpenCookieDiscoveryContext } from './components/cookie-discovery-context.ts';
import type { FormContextValue } from './components/form-context.ts';
import { StatusBar } from './components/StatusBar.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { WelcomeScreen } from './components/WelcomeScreen.tsx';
import { InterviewNotice } from './components/interview/InterviewNotice.tsx';
import { emptyProject } from '../shared/interview/empty-project.ts';
import type { InterviewResult } from '../shared/interview/run-interview.ts';
import { LazyCompareView, LazyCookieDiscovery, LazyExportRedlineDialog, LazyInterviewDialog, LazyPublishDialog } from './components/lazy-panels.ts';
import { sectionActions } from './editor/section-actions.ts';
import type { Host } from './host/host.ts';
import { writeBackSections } from './state/document-edits.ts';
import { canRedo, canUndo } from './state/history.ts';
import { useConfirm } from './state/use-confirm.ts';
import { useFileCommands } from './state/use-file-commands.ts';
import { usePreview } from './state/use-preview.ts';
import { useProjectHistory } from './state/use-project-history.ts';
import { useShortcuts } from './state/use-shortcuts.ts';
import { useStarters } from './state/use-starters.ts';
import { useVersions } from './state/use-versions.ts';
import { useChecklist } from './state/use-checklist.ts';
import { warningsByPath } from './state/warnings.ts';
import { useSameMap } from './state/use-same-map.ts';
import { editorTranslationGaps } from '../shared/translations/gaps.ts';
import { t } from './i18n/t.ts';
import { countGaps } from './translations/rows.ts';

export interface AppProps {
  host: Host;
  env: PipelineEnv;
  /** Document languages whose templates are in this build. */
  languages: readonly DocumentLanguage[];
}

/** The main window: toolbar, form on the left, the policy document on the right. */
export function App({ host, env, languages }: AppProps) {
  const edits = useProjectHistory();
  const { history, update } = edits;
  const [lang, setLang] = useState<DocumentLanguage>('en');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // The guided interview, opened from the start screen or New once unsaved changes may be discarded.
  const [interviewing, setInterviewing] = useState(false);
  const [exportFolder, setExportFolder] = useState<string | null>(null);
  // Bumped by Ctrl/Cmd+F and the Find menu command; the document pane opens its find bar.
  const [findRequest, setFindRequest] = useState(0);
  // The translation view replaces the form (the document stays beside it); the filter survives switching back and forth.
  const [translating, setTranslating] = useState(false);
  const [onlyGaps, setOnlyGaps] = useState(false);
  // Publish version… and Export redline… (from the compare view); Compare itself replaces the editor while it is shown.
  const [versionDialog, setVersionDialog] = useState<'publish' | 'export-redline' | null>(null);
  // The checklist beside the document: what each selected law requires the policy to state, item by item.
  const [checklistOpen, setChecklistOpen] = useState(false);
  // "Find cookies": from the cookies part of the form or the menu, while a project is open.
  const [findingCookies, setFindingCookies] = useState(false);
  const openCookieDiscovery = useCallback(() => setFindingCookies(true), []);

  const project = history?.present ?? null;
  const projectLangs = project?.languages.length ? project.languages : (['en'] as DocumentLanguage[]);
  const docLang = projectLangs.includes(lang) ? lang : projectLangs[0]!;
  const langAvailable = languages.includes(docLang);
  const preview = usePreview(project, langAvailable ? docLang : null, env);
  const { validation, generated } = preview;
  const validProject = validation?.valid ?? null;
  const liveChecklist = useChecklist(validProject, generated);
  const versions = useVersions(project, edits, env);
  // Risk warnings are about facts that are valid: while a field is invalid, its error comes first.
  // A published version edited by hand is listed with them (and in the compare view): it is not trusted.
  // Warnings and the status bar's translation count wait for deferred values: a keystroke's frame shows the field and the document first, these right after.
  const deferredValid = useDeferredValue(validProject);
  const deferredProject = useDeferredValue(project);
  const warnings = useMemo(() => (deferredValid ? [...riskWarnings(deferredValid), ...versions.problems.map(({ path, message }) => ({ path, message }))] : []), [deferredValid, versions.problems]);
  const warningMap = useSameMap(useMemo(() => warningsByPath(warnings), [warnings]));
  const gaps = useMemo(() => (deferredProject ? editorTranslationGaps(deferredProject) : []), [deferredProject]);
  const gapCount = useMemo(() => countGaps(gaps), [gaps]);
  const showTranslations = (filtered: boolean) => {
    setTranslating(true);
    if (filtered) setOnlyGaps(true);
  };

  const starters = useStarters(host);
  const confirm = useConfirm();
  const files = useFileCommands({
    host,
    edits,
    ask: confirm.ask,
    onLoaded: (next: Project) => {
      preview.forget();
      versions.closeCompare();
      setLang(next.languages.find((l) => languages.includes(l)) ?? next.languages[0] ?? 'en');
    },
    onNewAnswered: () => setDialog(null),
  });

  useShortcuts(host, {
    handleSave: files.handleSave,
    handleOpen: files.handleOpen,
    handleUndo: edits.handleUndo,
    handleRedo: edits.handleRedo,
    openFind: () => {
      if (history) setFindRequest((n) => n + 1);
    },
    openNew: () => setDialog('new'),
    openExport: () => setDialog('export'),
    toggleTranslations: () => {
      if (history) setTranslating((on) => !on);
    },
    openPublish: () => {
      if (history) setVersionDialog('publish');
    },
    openCompare: () => {
      if (history) versions.openCompare();
    },
    openFindCookies: () => {
      if (history) setFindingCookies(true);
    },
  });

  const handleOpen = (path?: string) => void files.handleOpen(path);
  const handleNew = (id: string) => void files.handleNew(id);
  const handleBlank = async () => {
    setDialog(null);
    if (await files.confirmDiscard()) files.loadCreated(emptyProject(), t('status.blank'));
  };
  const handleInterview = async () => {
    setDialog(null);
    if (await files.confirmDiscard()) setInterviewing(true);
  };
  const handleInterviewed = (result: InterviewResult) => {
    setInterviewing(false);
    files.loadCreated(result.project, t('status.interviewed'), result.notes);
  };
  const handleSectionsEdited = (sections: DocNode[]) => update(`doc:${docLang}`, (p) => writeBackSections(p, docLang, sections));

  const formContext: FormContextValue | null = project
    ? { project, lang: docLang, primary: project.languages[0] ?? 'en', errors: validation?.errors ?? new Map(), warnings: warningMap, update }
    : null;

  return (
    <div className="ps-app">
      <Toolbar
        host={host}
        hasProject={project !== null}
        canUndo={history !== null && canUndo(history)}
        canRedo={history !== null && canRedo(history)}
        title={files.title}
        path={files.file.path}
        dirty={files.dirty}
        languages={projectLangs}
        lang={docLang}
        onNew={() => setDialog('new')}
        onOpen={handleOpen}
        onMissing={files.showMissing}
        onSave={(saveAs) => void files.handleSave(saveAs)}
        onUndo={edits.handleUndo}
        onRedo={edits.handleRedo}
        onExport={() => setDialog('export')}
        onPublish={() => setVersionDialog('publish')}
        comparing={versions.compare !== null}
        onCompare={() => (versions.compare ? versions.closeCompare() : versions.openCompare())}
        checklistOpen={checklistOpen && project !== null && versions.compare === null}
        onToggleChecklist={() => setChecklistOpen((on) => !on)}
        translating={translating && project !== null}
        onToggleTranslations={() => setTranslating((on) => !on)}
        onLanguage={(l) => {
          setLang(l);
          edits.bumpRevision();
        }}
      />

      {project && versions.compare ? (
        <Suspense fallback={<main className="ps-main" />}>
        <LazyCompareView
          project={project}
          working={validProject}
          selection={versions.compare}
          onSelect={versions.setCompare}
          lang={docLang}
          env={env}
          problems={versions.problems}
          onExport={() => setVersionDialog('export-redline')}
          onClose={versions.closeCompare}
          onPublish={() => setVersionDialog('publish')}
        />
        </Suspense>
      ) : project && formContext ? (
        <OpenCookieDiscoveryContext.Provider value={openCookieDiscovery}>
        <EditorScreen
          formContext={formContext}
          errorsPanel={files.errorsPanel}
          onDismissErrors={files.dismissErrors}
          migration={files.migration}
          notice={files.createdNotes && <InterviewNotice notes={files.createdNotes} onDismiss={files.dismissCreatedNotes} />}
          onDismissMigration={files.dismissMigration}
          lang={docLang}
          langAvailable={langAvailable}
          generated={generated}
          revision={edits.revision}
          actions={sectionActions(generated, project, docLang, update)}
          onSectionsEdited={handleSectionsEdited}
          onOpenLink={(href) => void host.openExternal(href)}
          findRequest={findRequest}
          translations={translating ? { project, update, onlyGaps, onOnlyGaps: setOnlyGaps, host } : null}
          userSections={project.overrides}
          checklist={checklistOpen ? { live: liveChecklist, onClose: () => setChecklistOpen(false), onShowForm: () => setTranslating(false) } : null}
        />
        </OpenCookieDiscoveryContext.Provider>
      ) : (
        <WelcomeScreen
          host={host}
          errorsPanel={files.errorsPanel}
          onDismissErrors={files.dismissErrors}
          starters={starters.starters}
          startersError={starters.error}
          onPickStarter={handleNew}
          onBlank={() => void handleBlank()}
          onInterview={() => void handleInterview()}
          onOpen={handleOpen}
          onMissing={files.showMissing}
        />
      )}

      <StatusBar status={files.autosaveError ? { text: t('autosave.failed', { message: files.autosaveError }), error: true } : files.status} errorCount={project ? (validation?.errors.size ?? 0) : null} warningCount={warnings.length} stale={preview.hasLastValid} translationGaps={project ? gapCount : null} onShowTranslations={() => showTranslations(true)} checklistMissing={project && liveChecklist ? liveChecklist.checklist.missing : null} onShowChecklist={() => setChecklistOpen(true)} />

      <AppDialogs
        host={host}
        dialog={dialog}
        onCloseDialog={() => setDialog(null)}
        starters={starters.starters}
        startersError={starters.error}
        dirty={files.dirty}
        onPickStarter={handleNew}
        onBlank={() => void handleBlank()}
        onInterview={() => void handleInterview()}
        exportProject={validProject}
        exportWarnings={warnings}
        exportChecklist={liveChecklist?.checklist ?? null}
        onShowChecklist={() => {
          setDialog(null);
          setChecklistOpen(true);
        }}
        onShowTranslations={() => {
          setDialog(null);
          showTranslations(true);
        }}
        languages={projectLangs}
        exportFolder={exportFolder}
        onExportFolderChosen={setExportFolder}
        recovery={files.recovery}
        onRestore={(restore) => void files.handleRestore(restore)}
        damagedSnapshots={files.damaged}
        onDismissDamaged={files.dismissDamaged}
        missingFile={files.missingFile}
        onCloseMissing={files.closeMissing}
        onOpenInstead={handleOpen}
        confirmation={confirm.confirmation}
        onAnswer={confirm.answer}
      />
      {/* Dialogs not shown on open load when first opened (lazy-panels.ts), each behind its own Suspense so that one loading hides no other. */}
      <Suspense fallback={null}>{project && findingCookies && <LazyCookieDiscovery host={host} project={project} update={update} onClose={() => setFindingCookies(false)} />}</Suspense>
      <Suspense fallback={null}>{interviewing && <LazyInterviewDialog onFinish={handleInterviewed} onClose={() => setInterviewing(false)} />}</Suspense>
      <Suspense fallback={null}>
        {project && versionDialog === 'publish' && (
          <LazyPublishDialog
            project={validProject}
            problems={versions.problems}
            onPublish={(options) => (validProject ? versions.publish(validProject, options) : null)}
            onClose={() => setVersionDialog(null)}
          />
        )}
      </Suspense>
      <Suspense fallback={null}>
        {validProject && versions.compare && versionDialog === 'export-redline' && (
          <LazyExportRedlineDialog host={host} project={validProject} selection={versions.compare} languages={projectLangs} folder={exportFolder} onFolderChosen={setExportFolder} onClose={() => setVersionDialog(null)} />
        )}
      </Suspense>
      {/* The browser host's open/save/export-folder dialog; nothing in the desktop app, whose dialogs are native. */}
      <HostFileDialog host={host} />
    </div>
  );
}
