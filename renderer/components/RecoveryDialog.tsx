import type { Recovery } from '../../shared/host/api.ts';
import type { DamagedSnapshot } from '../../shared/model/index.ts';
import { t } from '../i18n/t.ts';
import { Modal } from './Modal.tsx';

export interface RecoveryDialogProps {
  /** Unsaved work found from a crashed session, or null when there is none to offer. */
  recovery: Recovery | null;
  /** Snapshots that could not be read and were moved aside; said once, with where each one is. */
  damaged: readonly DamagedSnapshot[];
  onRestore(restore: boolean): void;
  /** Closes the notice about damaged snapshots when there is no work to offer. */
  onDismissDamaged(): void;
}

/** Crash recovery: the offer to restore unsaved work, and what was found damaged and kept aside. */
export function RecoveryDialog({ recovery, damaged, onRestore, onDismissDamaged }: RecoveryDialogProps) {
  if (!recovery && damaged.length === 0) return null;
  const notice = damaged.length > 0 && (
    <div className="ps-alert" role="alert">
      <p>{t('recovery.damaged')}</p>
      <ul>
        {damaged.map((d) => (
          <li key={d.keptAs}>{t('recovery.damagedItem', { reason: d.reason, path: d.keptAs })}</li>
        ))}
      </ul>
    </div>
  );
  if (!recovery) {
    return (
      <Modal
        title={t('recovery.damagedTitle')}
        onClose={onDismissDamaged}
        footer={
          <button type="button" className="ps-button ps-button--primary" data-autofocus onClick={onDismissDamaged}>
            {t('dialog.close')}
          </button>
        }
      >
        {notice}
      </Modal>
    );
  }
  return (
    <Modal
      title={t('recovery.title')}
      onClose={() => onRestore(false)}
      footer={
        <>
          <button type="button" className="ps-button" onClick={() => onRestore(false)}>
            {t('recovery.discard')}
          </button>
          <button type="button" className="ps-button ps-button--primary" data-autofocus onClick={() => onRestore(true)}>
            {t('recovery.restore')}
          </button>
        </>
      }
    >
      <p>{t('recovery.body', { name: recovery.name, time: new Date(recovery.savedAt).toLocaleString() })}</p>
      {notice}
    </Modal>
  );
}
