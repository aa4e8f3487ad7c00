import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { QUESTIONS, runInterview, type InterviewResult, type Question } from '../../../shared/interview/index.ts';
import { t } from '../../i18n/t.ts';
import { useInterview } from '../../state/use-interview.ts';
import { Modal } from '../Modal.tsx';
import { QuestionInput } from './QuestionInput.tsx';

export interface InterviewDialogProps {
  /** The answers became a project: the caller loads it into the form and shows its notes. */
  onFinish(result: InterviewResult): void;
  onClose(): void;
  questions?: readonly Question[];
}

/**
 * The guided interview: one plain-language question at a time, with Back,
 * Skip and a progress bar; Enter goes on, Escape asks before answers are
 * lost. At the end the answers become a project (`runInterview`).
 */
export function InterviewDialog({ onFinish, onClose, questions = QUESTIONS }: InterviewDialogProps) {
  const interview = useInterview(questions);
  const { question, progress } = interview;
  const [leaving, setLeaving] = useState(false);
  const formId = useId();
  const textId = useId();
  const bodyRef = useRef<HTMLFormElement>(null);
  const current = interview.state.current;

  // Each question (and the last step) takes the focus, so the keyboard is always where the answer goes.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const first = body.querySelector<HTMLElement>('input:checked') ?? body.querySelector<HTMLElement>('input, select') ?? document.querySelector<HTMLElement>(`[data-interview-primary="${formId}"]`);
    first?.focus();
  }, [current, leaving, formId]);

  const close = () => {
    if (leaving) setLeaving(false);
    else if (interview.hasAnswers) setLeaving(true);
    else onClose();
  };

  const finish = () => onFinish(runInterview(interview.state.answers, { questions }));
  const submit = () => (question ? interview.next() : finish());

  // Enter on any input goes on (radios and checkboxes too, which browsers do not submit by themselves); buttons keep their own Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.tagName !== 'INPUT' && target.tagName !== 'SELECT') return;
    event.preventDefault();
    submit();
  };

  if (leaving) {
    return (
      <Modal
        title={t('interview.leaveTitle')}
        onClose={close}
        footer={
          <>
            <button type="button" className="ps-button" data-autofocus onClick={() => setLeaving(false)}>
              {t('interview.keepAnswering')}
            </button>
            <button type="button" className="ps-button ps-button--danger" onClick={onClose}>
              {t('interview.discard')}
            </button>
          </>
        }
      >
        <p>{t('interview.leaveBody')}</p>
      </Modal>
    );
  }

  const atEnd = question === undefined;
  const percent = progress.total === 0 ? 100 : Math.round((Math.min(progress.index, progress.total) / progress.total) * 100);
  return (
    <Modal
      title={t('interview.title')}
      onClose={close}
      wide
      footer={
        <>
          <button type="button" className="ps-button" onClick={interview.back} disabled={progress.index === 0}>
            {t('interview.back')}
          </button>
          <span className="ps-interview-spacer" />
          {!atEnd && (
            <button type="button" className="ps-button" onClick={interview.skip}>
              {t('interview.skip')}
            </button>
          )}
          <button type="submit" form={formId} className="ps-button ps-button--primary" data-interview-primary={formId}>
            {atEnd ? t('interview.create') : t('interview.next')}
          </button>
        </>
      }
    >
      <div className="ps-interview-progress">
        <span>{atEnd ? t('interview.progressDone', { total: progress.total }) : t('interview.progress', { index: progress.index + 1, total: progress.total })}</span>
        <div className="ps-interview-bar" role="progressbar" aria-label={t('interview.progressLabel')} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={Math.min(progress.index, progress.total)}>
          <div style={{ width: `${percent}%` }} />
        </div>
      </div>
      <form
        id={formId}
        ref={bodyRef}
        className="ps-interview"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {question ? (
          <>
            <h3 id={textId} className="ps-interview-question">
              {question.text}
            </h3>
            {question.help && <p className="ps-field-hint">{question.help}</p>}
            <QuestionInput key={question.id} question={question} draft={interview.draft} onDraft={interview.setDraft} labelId={textId} />
            {interview.error && (
              <p className="ps-field-error" role="alert">
                {interview.error}
              </p>
            )}
          </>
        ) : (
          <>
            <h3 id={textId} className="ps-interview-question">
              {t('interview.doneTitle')}
            </h3>
            <p>{t('interview.doneBody')}</p>
          </>
        )}
      </form>
    </Modal>
  );
}
