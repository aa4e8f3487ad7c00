import type { RecentFile, StarterInfo } from '../../shared/host/api.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import { ErrorsPanel, type ErrorsPanelState } from './ErrorsPanel.tsx';
import { StartFromScratch } from './interview/StartFromScratch.tsx';
import { RecentProjects } from './RecentProjects.tsx';
import { StarterList } from './StarterList.tsx';

export interface WelcomeScreenProps {
  host: Host;
  errorsPanel: ErrorsPanelState | null;
  onDismissErrors(): void;
  starters: StarterInfo[] | null;
  startersError: string | null;
  onPickStarter(id: string): void;
  /** Start from scratch: an empty project, or the guided interview. */
  onBlank(): void;
  onInterview(): void;
  onOpen(path?: string): void;
  onMissing(file: RecentFile): void;
}

/** The start screen, before a project is open: starters, starting from scratch, Open… and the recent projects. */
export function WelcomeScreen({ host, errorsPanel, onDismissErrors, starters, startersError, onPickStarter, onBlank, onInterview, onOpen, onMissing }: WelcomeScreenProps) {
  return (
    <main className="ps-welcome">
      {errorsPanel && <ErrorsPanel state={errorsPanel} onDismiss={onDismissErrors} />}
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.body')}</p>
      <StarterList starters={starters} error={startersError} onPick={onPickStarter} />
      <StartFromScratch onBlank={onBlank} onInterview={onInterview} />
      <button type="button" className="ps-button" onClick={() => onOpen()}>
        {t('welcome.open')}
      </button>
      <RecentProjects host={host} onOpen={onOpen} onMissing={onMissing} />
    </main>
  );
}
