import { t } from '../../i18n/t.ts';

export interface StartFromScratchProps {
  /** An empty project in the form, its essentials marked as still to enter. */
  onBlank(): void;
  /** The guided interview, whose answers become the project. */
  onInterview(): void;
}

/** The two ways to begin without a starter, on the start screen and in New. */
export function StartFromScratch({ onBlank, onInterview }: StartFromScratchProps) {
  return (
    <section className="ps-scratch" aria-labelledby="scratch-title">
      <h2 id="scratch-title">{t('scratch.title')}</h2>
      <ul className="ps-starters">
        <li>
          <button type="button" className="ps-starter" onClick={onInterview}>
            <span className="ps-starter-title">{t('scratch.interview')}</span>
            <span className="ps-starter-desc">{t('scratch.interviewDesc')}</span>
          </button>
        </li>
        <li>
          <button type="button" className="ps-starter" onClick={onBlank}>
            <span className="ps-starter-title">{t('scratch.blank')}</span>
            <span className="ps-starter-desc">{t('scratch.blankDesc')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
