import type { Checklist } from '../../shared/checks/checklist.ts';
import type { RiskWarning } from '../../shared/checks/types.ts';
import type { Recovery, StarterInfo } from '../../shared/host/api.ts';
import type { DamagedSnapshot, DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import type { Confirmation } from '../state/use-confirm.ts';
import type { MissingFile } from '../state/use-file-commands.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { StartFromScratch } from './interview/StartFromScratch.tsx';
import { Modal } from './Modal.tsx';
import { RecoveryDialog } from './RecoveryDialog.tsx';
import { StarterList } from './StarterList.tsx';

/** The dialog the user opened from the toolbar or menu, if any. */
export type OpenDialog = 'new' | 'export' | null;

export interface AppDialogsProps {
  host: Host;
  dialog: OpenDialog;
  onCloseDialog(): void;
  /** New: the starters, and a warning when unsaved changes would be discarded. */
  starters: StarterInfo[] | null;
  startersError: string | null;
  dirty: boolean;
  onPickStarter(id: string): void;
  /** New: start from scratch, an empty project or the guided interview. */
  onBlank(): void;
  onInterview(): void;
  /** Export: the valid project (null while invalid), its languages and the folder chosen last. */
  exportProject: Project | null;
  /** Risk warnings of the project, listed before exporting. */
  exportWarnings: readonly RiskWarning[];
  /** From the export dialog's list of untranslated texts to the translation view. */
  onShowTranslations(): void;
  languages: readonly DocumentLanguage[];
  /** The checklist of the document shown: its missing items are asked about before exporting. */
  exportChecklist?: Checklist | null;
  onShowChecklist?(): void;
  exportFolder: string | null;
  onExportFolderChosen(folder: string | null): void;
  /** Unsaved work found from a crashed session. */
  recovery: Recovery | null;
  onRestore(restore: boolean): void;
  /** Snapshots found damaged at start-up and kept aside, to say so once. */
  damagedSnapshots?: readonly DamagedSnapshot[];
  onDismissDamaged?(): void;
  /** A recent file that is gone. */
  missingFile: MissingFile | null;
  onCloseMissing(): void;
  onOpenInstead(): void;
  /** A question waiting for an answer. */
  confirmation: Confirmation | null;
  onAnswer(ok: boolean): void;
}

/** The window's modal dialogs: New, Export, crash recovery, a missing recent file and confirmations. */
export function AppDialogs(props: AppDialogsProps) {
  const { host, dialog, onCloseDialog, recovery, onRestore, missingFile, onCloseMissing, onOpenInstead, confirmation, onAnswer } = props;
  return (
    <>
      {dialog === 'new' && (
        <Modal title={t('new.title')} onClose={onCloseDialog}>
          {props.dirty && <p className="ps-alert">{t('new.discardWarning')}</p>}
          <StarterList starters={props.starters} error={props.startersError} onPick={props.onPickStarter} />
          <StartFromScratch onBlank={props.onBlank} onInterview={props.onInterview} />
        </Modal>
      )}
      {dialog === 'export' && (
        <ExportDialog host={host} project={props.exportProject} warnings={props.exportWarnings} languages={props.languages} folder={props.exportFolder} onFolderChosen={props.onExportFolderChosen} onClose={onCloseDialog} onShowTranslations={props.onShowTranslations} checklist={props.exportChecklist} onShowChecklist={props.onShowChecklist} />
      )}
      <RecoveryDialog recovery={recovery} damaged={props.damagedSnapshots ?? []} onRestore={onRestore} onDismissDamaged={props.onDismissDamaged ?? (() => undefined)} />
      {missingFile && (
        <Modal
          title={t('recent.missingTitle')}
          onClose={onCloseMissing}
          footer={
            <>
              <button type="button" className="ps-button" onClick={onCloseMissing}>
                {t('dialog.close')}
              </button>
              <button
                type="button"
                className="ps-button ps-button--primary"
                data-autofocus
                onClick={() => {
                  onCloseMissing();
                  onOpenInstead();
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
          onClose={() => onAnswer(false)}
          footer={
            <>
              <button type="button" className="ps-button" data-autofocus onClick={() => onAnswer(false)}>
                {t('dialog.cancel')}
              </button>
              <button type="button" className="ps-button ps-button--danger" onClick={() => onAnswer(true)}>
                {confirmation.ok}
              </button>
            </>
          }
        >
          <p>{confirmation.body}</p>
        </Modal>
      )}
    </>
  );
}
