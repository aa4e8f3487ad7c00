import type { RecentFile } from '../../shared/host/api.ts';
import type { DocumentLanguage } from '../../shared/model/index.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import { RecentMenu } from './RecentMenu.tsx';
import { VersionsMenu } from './versions/VersionsMenu.tsx';

export interface ToolbarProps {
  host: Host;
  /** A project is open: Save, Export and the language switch apply. */
  hasProject: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The file's name (or "Untitled") and path, shown at the right. */
  title: string;
  path: string | null;
  dirty: boolean;
  /** The project's languages and the one the document pane shows. */
  languages: readonly DocumentLanguage[];
  lang: DocumentLanguage;
  onNew(): void;
  onOpen(path?: string): void;
  onMissing(file: RecentFile): void;
  onSave(saveAs: boolean): void;
  onUndo(): void;
  onRedo(): void;
  onExport(): void;
  /** Publish version… (Ctrl/Cmd+Shift+P). */
  onPublish(): void;
  /** The compare view is shown instead of the editor; Compare… toggles it. */
  comparing: boolean;
  onCompare(): void;
  /** The checklist is shown beside the document. */
  checklistOpen?: boolean;
  onToggleChecklist?(): void;
  /** The translation view is shown instead of the form. */
  translating: boolean;
  onToggleTranslations(): void;
  onLanguage(lang: DocumentLanguage): void;
}

/** The main toolbar (the window's banner): file commands, undo/redo, translations, export, the file's name and the document language. */
export function Toolbar({ host, hasProject, canUndo, canRedo, title, path, dirty, languages, lang, onNew, onOpen, onMissing, onSave, onUndo, onRedo, onExport, onPublish, comparing, onCompare, checklistOpen = false, onToggleChecklist, translating, onToggleTranslations, onLanguage }: ToolbarProps) {
  return (
    <header className="ps-toolbar" aria-label={t('toolbar.label')}>
      <div className="ps-brand" aria-hidden="true">
        PS
      </div>
      <div className="ps-tool-group">
        <button type="button" className="ps-button" onClick={onNew}>
          {t('toolbar.new')}
        </button>
        <button type="button" className="ps-button" onClick={() => onOpen()}>
          {t('toolbar.open')}
        </button>
        <RecentMenu host={host} onOpen={onOpen} onMissing={onMissing} />
        <button type="button" className="ps-button" disabled={!hasProject} onClick={() => onSave(false)}>
          {t('toolbar.save')}
        </button>
        <button type="button" className="ps-button" disabled={!hasProject} onClick={() => onSave(true)}>
          {t('toolbar.saveAs')}
        </button>
      </div>
      <div className="ps-tool-group">
        <button type="button" className="ps-button" disabled={!canUndo} onClick={onUndo} aria-keyshortcuts="Control+Z">
          {t('toolbar.undo')}
        </button>
        <button type="button" className="ps-button" disabled={!canRedo} onClick={onRedo} aria-keyshortcuts="Control+Shift+Z">
          {t('toolbar.redo')}
        </button>
      </div>
      <div className="ps-tool-group">
        <button type="button" className="ps-button" disabled={!hasProject} aria-pressed={translating} onClick={onToggleTranslations} aria-keyshortcuts="Control+Shift+L" title={t('toolbar.translationsShortcut')}>
          {t('toolbar.translations')}
        </button>
        <button type="button" className="ps-button" disabled={!hasProject || !onToggleChecklist} aria-pressed={checklistOpen} onClick={onToggleChecklist} title={t('toolbar.checklistHint')}>
          {t('toolbar.checklist')}
        </button>
        <VersionsMenu disabled={!hasProject} comparing={comparing} onPublish={onPublish} onCompare={onCompare} />
        <button type="button" className="ps-button ps-button--primary" disabled={!hasProject} onClick={onExport}>
          {t('toolbar.export')}
        </button>
      </div>
      <div className="ps-file-title" title={path ?? undefined}>
        <span className="ps-file-title-name">{hasProject ? title : t('app.title')}</span>
        {dirty && <span className="ps-dirty" role="img" aria-label={t('app.unsaved')} title={t('app.unsaved')} />}
      </div>
      {hasProject && (
        <div className="ps-segmented" role="radiogroup" aria-label={t('toolbar.language')}>
          {languages.map((l) => (
            <button key={l} type="button" role="radio" aria-checked={l === lang} className={l === lang ? 'is-active' : undefined} onClick={() => onLanguage(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      )}
    </header>
  );
}
