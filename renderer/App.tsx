import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Recovery, StarterInfo } from '../shared/host/api.ts';
import type { MenuCommand } from '../shared/host/channels.ts';
import type { DocNode } from '../shared/document/types.ts';
import { parseProject, type DocumentLanguage, type Project } from '../shared/model/index.ts';
import type { PipelineEnv } from '../shared/pipeline.ts';
import { DocumentPane } from './components/DocumentPane.tsx';
import { ErrorsPanel, type ErrorsPanelState } from './components/ErrorsPanel.tsx';
import { ExportDialog } from './components/ExportDialog.tsx';
import { FormProvider, type FormContextValue } from './components/form-context.ts';
import { Modal } from './components/Modal.tsx';
import { ProjectForm } from './components/ProjectForm.tsx';
import { RecentMenu } from './components/RecentMenu.tsx';
import { RecentProjects } from './components/RecentProjects.tsx';
import type { SectionActions } from './editor/section-controls.ts';
import type { Host } from './host/host.ts';
import { t } from './i18n/t.ts';
import {
  customizeSection,
  deleteCustomSection,
  insertCustomSection,
  keepCustomized,
  revertSection,
  writeBackSections,
} from './state/document-edits.ts';
import { canRedo, canUndo, createHistory, recordEdit, redo, undo, type History } from './state/history.ts';
import { usePolicyDocument } from './state/use-policy-document.ts';
import { validateProject } from './state/validation.ts';

export interface AppProps {
  host: Host;
  env: PipelineEnv;
  /** Document languages whose templates are in this build. */
  languages: readonly DocumentLanguage[];
}

interface FileState {
  path: string | null;
  name: string | null;
}

interface Confirmation {
  title: string;
  body: string;
  ok: string;
  resolve(ok: boolean): void;
}

const AUTOSAVE_MS = 5000;

const asPayload = (project: Project) => project as unknown as Record<string, unknown>;

function suggestedFileName(project: Project): string {
  const slug = project.company.legalName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'privacy-policy'}.policy`;
}

/** Text fields outside the project (find, link address) keep the browser's own undo of what was typed in them. */
const ownsUndo = (target: EventTarget | null) => target instanceof Element && target.closest('.ps-find-bar, .ps-link-form') !== null;

/** The main window: toolbar, form on the left, the policy document on the right. */
export function App({ host, env, languages }: AppProps) {
  const [history, setHistory] = useState<History<Project> | null>(null);
  const [saved, setSaved] = useState<Project | null>(null);
  const [file, setFile] = useState<FileState>({ path: null, name: null });
  const [lang, setLang] = useState<DocumentLanguage>('en');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [errorsPanel, setErrorsPanel] = useState<ErrorsPanelState | null>(null);
  const [starters, setStarters] = useState<StarterInfo[] | null>(null);
  const [startersError, setStartersError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'new' | 'export' | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [exportFolder, setExportFolder] = useState<string | null>(null);
  const [missingFile, setMissingFile] = useState<{ name: string; path: string } | null>(null);
  // Bumped by Ctrl/Cmd+F and the Find menu command; the document pane opens its find bar.
  const [findRequest, setFindRequest] = useState(0);

  const project = history?.present ?? null;
  const dirty = project !== null && project !== saved;
  const validation = useMemo(() => (project ? validateProject(project) : null), [project]);
  const lastValid = useRef<Project | null>(null);
  if (validation?.valid) lastValid.current = validation.valid;
  const projectLangs = project?.languages.length ? project.languages : (['en'] as DocumentLanguage[]);
  const docLang = projectLangs.includes(lang) ? lang : projectLangs[0]!;
  const langAvailable = languages.includes(docLang);
  // While some field is invalid the document keeps the last valid facts, but always shows the user's own sections as they are now.
  const overrides = project?.overrides;
  const customSections = project?.customSections;
  const validNow = validation?.valid ?? null;
  const lastValidNow = lastValid.current;
  const preview = useMemo(() => {
    if (validNow) return validNow;
    if (!lastValidNow || !overrides || !customSections) return null;
    return { ...lastValidNow, overrides, customSections };
  }, [validNow, lastValidNow, overrides, customSections]);
  const generated = usePolicyDocument(project ? preview : null, langAvailable ? docLang : null, env);

  // Refs for handlers registered once (window keys, menu, autosave timer).
  const state = useRef({ history, file, dirty, saved });
  state.current = { history, file, dirty, saved };

  // Bumped by every change that did not come from typing in the document, so the editor knows to take the project's version.
  const [revision, setRevision] = useState(0);
  const update = useCallback((key: string, edit: (p: Project) => Project) => {
    setHistory((h) => (h ? recordEdit(h, edit(h.present), { key }) : h));
    if (!key.startsWith('doc:')) setRevision((r) => r + 1);
  }, []);

  const ask = (title: string, body: string, ok: string) => new Promise<boolean>((resolve) => setConfirmation({ title, body, ok, resolve }));

  const confirmDiscard = async () => !state.current.dirty || ask(t('confirm.discard.title'), t('confirm.discard.body'), t('confirm.discard.ok'));

  const load = (next: Project, nextFile: FileState, markSaved: boolean) => {
    lastValid.current = null;
    setHistory(createHistory(next));
    setRevision((r) => r + 1);
    setSaved(markSaved ? next : null);
    setFile(nextFile);
    setErrorsPanel(null);
    const first = next.languages.find((l) => languages.includes(l)) ?? next.languages[0] ?? 'en';
    setLang(first);
  };

  const loadStarters = useCallback(async () => {
    const result = await host.listStarters();
    if (result.ok) setStarters(result.starters);
    else setStartersError(result.message);
  }, [host]);

  const handleNew = async (id: string) => {
    if (!(await confirmDiscard())) return;
    const result = await host.newFromStarter(id);
    setDialog(null);
    if (!result.ok) {
      if (result.kind === 'invalid') setErrorsPanel({ title: result.message, message: result.message, errors: result.errors });
      else setStatus({ text: result.message, error: true });
      return;
    }
    load(result.project, { path: null, name: null }, false);
    setStatus({ text: t('status.created', { title: result.starter.title }) });
  };

  const handleOpen = async (path?: string) => {
    if (!(await confirmDiscard())) return;
    const result = await host.openFile(path);
    if (result.ok) {
      load(result.project, { path: result.path, name: result.name }, true);
      setStatus({ text: result.migratedFrom !== null ? t('status.migrated', { name: result.name, version: result.migratedFrom }) : t('status.opened', { name: result.name }) });
      return;
    }
    if (result.kind === 'cancelled') return;
    if (result.kind === 'invalid') {
      setErrorsPanel({ title: t('invalidFile.title'), message: result.message, errors: result.errors, text: result.text });
      return;
    }
    if (result.kind === 'not-found') {
      setMissingFile({ name: result.path.split(/[\\/]/).pop() ?? result.path, path: result.path });
      return;
    }
    setStatus({ text: result.message, error: true });
  };

  const handleSave = async (saveAs: boolean) => {
    const current = state.current;
    if (!current.history) return;
    const snapshot = current.history.present;
    const payload = asPayload(snapshot);
    let result =
      !saveAs && current.file.path
        ? await host.save({ path: current.file.path, project: payload })
        : await host.saveAs({ project: payload, defaultPath: current.file.path ?? suggestedFileName(snapshot) });
    if (!result.ok && result.kind === 'overwrite-invalid') {
      if (!(await ask(t('confirm.discard.title'), result.message, t('confirm.overwrite.ok')))) return;
      result = await host.save({ path: result.path, project: payload, overwriteInvalid: true });
    }
    if (result.ok) {
      setSaved(snapshot);
      setFile({ path: result.path, name: result.name });
      setErrorsPanel(null);
      setStatus({ text: t('status.saved', { name: result.name }) });
      void host.autosave({ project: payload, path: result.path, dirty: false });
      return;
    }
    if (result.kind === 'cancelled') return;
    if (result.kind === 'invalid-project') {
      setErrorsPanel({ title: t('errors.title'), message: result.message, errors: result.errors });
      return;
    }
    setStatus({ text: result.message, error: true });
  };

  const handleUndo = () => {
    setHistory((h) => (h ? undo(h) : h));
    setRevision((r) => r + 1);
  };
  const handleRedo = () => {
    setHistory((h) => (h ? redo(h) : h));
    setRevision((r) => r + 1);
  };

  // Handlers called from long-lived listeners see the latest closures through this ref.
  const openFind = () => {
    if (state.current.history) setFindRequest((n) => n + 1);
  };
  const commands = useRef({ handleSave, handleOpen, handleUndo, handleRedo, openFind, openNew: () => setDialog('new'), openExport: () => setDialog('export') });
  commands.current = { handleSave, handleOpen, handleUndo, handleRedo, openFind, openNew: () => setDialog('new'), openExport: () => setDialog('export') };

  // Start-up: unsaved work from a crashed session, then the file the app was launched with.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      void loadStarters();
      const found = await host.checkRecovery();
      if (cancelled) return;
      if (found.ok && found.recovery) {
        setRecovery(found.recovery);
        return;
      }
      const launch = await host.takeLaunchFile();
      if (!cancelled && launch.ok && launch.path) void commands.current.handleOpen(launch.path);
    })();
    return () => {
      cancelled = true;
    };
  }, [host, loadStarters]);

  const handleRestore = async (restore: boolean) => {
    const found = recovery;
    setRecovery(null);
    if (!found) return;
    if (!restore) {
      await host.discardRecovery();
      return;
    }
    const parsed = parseProject(found.project);
    if (!parsed.ok) {
      setErrorsPanel({ title: t('invalidFile.title'), message: found.name, errors: parsed.errors, text: JSON.stringify(found.project, null, 2) });
      return;
    }
    load(parsed.project, { path: found.path, name: found.path ? found.name : null }, false);
    setStatus({ text: t('status.restored') });
  };

  // The host shows unsaved changes in the title bar and asks before closing.
  useEffect(() => {
    void host.setDirty(dirty, file.name);
  }, [host, dirty, file.name]);

  // Autosave every few seconds while there are unsaved changes.
  useEffect(() => {
    let last: Project | null = null;
    const timer = window.setInterval(() => {
      const { history: h, dirty: d, file: f } = state.current;
      if (!h || !d || h.present === last) return;
      last = h.present;
      void host.autosave({ project: asPayload(h.present), path: f.path, dirty: true });
    }, AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, [host]);

  // Native menu commands (Electron); their shortcuts come with the menu.
  useEffect(() => {
    if (!host.onMenuCommand) return;
    return host.onMenuCommand((command: MenuCommand, path?: string) => {
      const c = commands.current;
      if (command === 'menu:new') c.openNew();
      else if (command === 'menu:open') void c.handleOpen();
      else if (command === 'menu:open-path' && path) void c.handleOpen(path);
      else if (command === 'menu:save') void c.handleSave(false);
      else if (command === 'menu:save-as') void c.handleSave(true);
      else if (command === 'menu:export') c.openExport();
      else if (command === 'menu:find') c.openFind();
    });
  }, [host]);

  // Window shortcuts. In Electron the menu owns Save/Open; undo/redo of form edits is always the page's.
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      const c = commands.current;
      const inEditor = event.target instanceof Element && event.target.closest('.ProseMirror') !== null;
      const inDialog = event.target instanceof Element && event.target.closest('[role="dialog"]') !== null;
      if (key === 'f' && !event.shiftKey && !inDialog) {
        // Find in the document, from anywhere in the window (a native menu item, where there is one, sends menu:find instead).
        event.preventDefault();
        c.openFind();
      } else if (host.kind !== 'electron' && key === 's') {
        event.preventDefault();
        void c.handleSave(event.shiftKey);
      } else if (host.kind !== 'electron' && key === 'o' && !event.shiftKey) {
        event.preventDefault();
        void c.handleOpen();
      } else if (!inEditor && !ownsUndo(event.target) && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) c.handleRedo();
        else c.handleUndo();
      }
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [host]);

  const sectionOf = (doc: 'document' | 'plain', id: string): DocNode | undefined => {
    if (generated.kind !== 'ready') return undefined;
    const source = doc === 'plain' ? generated.plain() : generated.document;
    return source.content.find((s) => s.attrs?.sectionId === id);
  };

  const actions: SectionActions = {
    customize: (id) => {
      const section = sectionOf('document', id);
      if (section) update(`customize:${id}:${Date.now()}`, (p) => customizeSection(p, docLang, section));
    },
    revert: (id) => update(`revert:${id}:${Date.now()}`, (p) => revertSection(p, docLang, id)),
    keepMine: (id) => {
      const hash = sectionOf('document', id)?.attrs?.generatedHash;
      if (typeof hash === 'string') update(`keep:${id}:${Date.now()}`, (p) => keepCustomized(p, docLang, id, hash));
    },
    insertAfter: (id) => update(`insert:${id}:${Date.now()}`, (p) => insertCustomSection(p, docLang, id, t('section.newTitle'), t('section.newBody'))),
    deleteCustom: (id) => update(`delete:${id}:${Date.now()}`, (p) => deleteCustomSection(p, id)),
    generatedContent: (id) => sectionOf('plain', id)?.content ?? null,
  };

  const handleSectionsEdited = (sections: DocNode[]) => update(`doc:${docLang}`, (p) => writeBackSections(p, docLang, sections));

  const formContext: FormContextValue | null = project
    ? { project, lang: docLang, primary: project.languages[0] ?? 'en', errors: validation?.errors ?? new Map(), update }
    : null;
  const errorCount = validation?.errors.size ?? 0;
  const title = file.name ?? t('app.untitled');

  useEffect(() => {
    document.title = project ? `${dirty ? '• ' : ''}${title} — ${t('app.title')}` : t('app.title');
  }, [project, dirty, title]);

  return (
    <div className="ps-app">
      <header className="ps-toolbar" aria-label={t('toolbar.label')}>
        <div className="ps-brand" aria-hidden="true">
          PS
        </div>
        <div className="ps-tool-group">
          <button type="button" className="ps-button" onClick={() => setDialog('new')}>
            {t('toolbar.new')}
          </button>
          <button type="button" className="ps-button" onClick={() => void handleOpen()}>
            {t('toolbar.open')}
          </button>
          <RecentMenu host={host} onOpen={(path) => void handleOpen(path)} onMissing={(f) => setMissingFile({ name: f.name, path: f.path })} />
          <button type="button" className="ps-button" disabled={!project} onClick={() => void handleSave(false)}>
            {t('toolbar.save')}
          </button>
          <button type="button" className="ps-button" disabled={!project} onClick={() => void handleSave(true)}>
            {t('toolbar.saveAs')}
          </button>
        </div>
        <div className="ps-tool-group">
          <button type="button" className="ps-button" disabled={!history || !canUndo(history)} onClick={handleUndo} aria-keyshortcuts="Control+Z">
            {t('toolbar.undo')}
          </button>
          <button type="button" className="ps-button" disabled={!history || !canRedo(history)} onClick={handleRedo} aria-keyshortcuts="Control+Shift+Z">
            {t('toolbar.redo')}
          </button>
        </div>
        <div className="ps-tool-group">
          <button type="button" className="ps-button ps-button--primary" disabled={!project} onClick={() => setDialog('export')}>
            {t('toolbar.export')}
          </button>
        </div>
        <div className="ps-file-title" title={file.path ?? undefined}>
          <span className="ps-file-title-name">{project ? title : t('app.title')}</span>
          {dirty && <span className="ps-dirty" role="img" aria-label={t('app.unsaved')} title={t('app.unsaved')} />}
        </div>
        {project && (
          <div className="ps-segmented" role="radiogroup" aria-label={t('toolbar.language')}>
            {projectLangs.map((l) => (
              <button key={l} type="button" role="radio" aria-checked={l === docLang} className={l === docLang ? 'is-active' : undefined} onClick={() => {
                setLang(l);
                setRevision((r) => r + 1);
              }}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        )}
      </header>

      {project && formContext ? (
        <main className="ps-main">
          <div className="ps-form-pane" aria-label={t('form.label')} role="region">
            {errorsPanel && <ErrorsPanel state={errorsPanel} onDismiss={() => setErrorsPanel(null)} />}
            <FormProvider value={formContext}>
              <ProjectForm />
            </FormProvider>
          </div>
          <div className="ps-doc-pane" role="region" aria-label={t('doc.label')}>
            {!langAvailable ? (
              <p className="ps-empty">{t('doc.noLanguage', { lang: docLang })}</p>
            ) : generated.kind === 'ready' ? (
              <DocumentPane document={generated.document} revision={revision} actions={actions} onSectionsEdited={handleSectionsEdited} onOpenLink={(href) => void host.openExternal(href)} findRequest={findRequest} />
            ) : generated.kind === 'error' ? (
              <p className="ps-alert">{generated.message}</p>
            ) : (
              <p className="ps-empty">{t('doc.waiting')}</p>
            )}
          </div>
        </main>
      ) : (
        <main className="ps-welcome">
          {errorsPanel && <ErrorsPanel state={errorsPanel} onDismiss={() => setErrorsPanel(null)} />}
          <h1>{t('welcome.title')}</h1>
          <p>{t('welcome.body')}</p>
          <StarterList starters={starters} error={startersError} onPick={(id) => void handleNew(id)} />
          <button type="button" className="ps-button" onClick={() => void handleOpen()}>
            {t('welcome.open')}
          </button>
          <RecentProjects host={host} onOpen={(path) => void handleOpen(path)} onMissing={(f) => setMissingFile({ name: f.name, path: f.path })} />
        </main>
      )}

      <footer className="ps-statusbar">
        <span role="status" aria-live="polite" className={status?.error ? 'is-error' : undefined}>
          {status?.text ?? ''}
        </span>
        {project && (
          <span className={errorCount > 0 ? 'is-error' : 'is-ok'}>
            {errorCount === 0 ? t('status.valid') : errorCount === 1 ? t('status.invalidOne') : t('status.invalidCount', { count: errorCount })}
            {errorCount > 0 && lastValid.current ? ` — ${t('status.previewStale')}` : ''}
          </span>
        )}
      </footer>

      {dialog === 'new' && (
        <Modal title={t('new.title')} onClose={() => setDialog(null)}>
          {dirty && <p className="ps-alert">{t('new.discardWarning')}</p>}
          <StarterList starters={starters} error={startersError} onPick={(id) => void handleNew(id)} />
        </Modal>
      )}
      {dialog === 'export' && (
        <ExportDialog host={host} project={validation?.valid ?? null} languages={projectLangs} folder={exportFolder} onFolderChosen={setExportFolder} onClose={() => setDialog(null)} />
      )}
      {recovery && (
        <Modal
          title={t('recovery.title')}
          onClose={() => void handleRestore(false)}
          footer={
            <>
              <button type="button" className="ps-button" onClick={() => void handleRestore(false)}>
                {t('recovery.discard')}
              </button>
              <button type="button" className="ps-button ps-button--primary" data-autofocus onClick={() => void handleRestore(true)}>
                {t('recovery.restore')}
              </button>
            </>
          }
        >
          <p>{t('recovery.body', { name: recovery.name, time: new Date(recovery.savedAt).toLocaleString() })}</p>
        </Modal>
      )}
      {missingFile && (
        <Modal
          title={t('recent.missingTitle')}
          onClose={() => setMissingFile(null)}
          footer={
            <>
              <button type="button" className="ps-button" onClick={() => setMissingFile(null)}>
                {t('dialog.close')}
              </button>
              <button
                type="button"
                className="ps-button ps-button--primary"
                data-autofocus
                onClick={() => {
                  setMissingFile(null);
                  void handleOpen();
                }}
              >
                {t('recent.openInstead')}
              </button>
            </>
          }
        >
          <p>{t('recent.missingBody', { name: missingFile.name, path: missingFile.path })}</p>
        </Modal>
      )}
      {confirmation && (
        <Modal
          title={confirmation.title}
          onClose={() => {
            confirmation.resolve(false);
            setConfirmation(null);
          }}
          footer={
            <>
              <button
                type="button"
                className="ps-button"
                data-autofocus
                onClick={() => {
                  confirmation.resolve(false);
                  setConfirmation(null);
                }}
              >
                {t('dialog.cancel')}
              </button>
              <button
                type="button"
                className="ps-button ps-button--danger"
                onClick={() => {
                  confirmation.resolve(true);
                  setConfirmation(null);
                }}
              >
                {confirmation.ok}
              </button>
            </>
          }
        >
          <p>{confirmation.body}</p>
        </Modal>
      )}
    </div>
  );
}

function StarterList({ starters, error, onPick }: { starters: StarterInfo[] | null; error: string | null; onPick(id: string): void }) {
  if (error) return <p className="ps-alert">{error}</p>;
  if (!starters) return <p className="ps-empty">{t('welcome.loading')}</p>;
  return (
    <ul className="ps-starters">
      {starters.map((s) => (
        <li key={s.id}>
          <button type="button" className="ps-starter" onClick={() => onPick(s.id)}>
            <span className="ps-starter-title">{s.title}</span>
            <span className="ps-starter-desc">{s.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
