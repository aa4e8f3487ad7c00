import { useState } from 'react';
import { answerError, answerQuestion, goBack, progress, QUESTIONS, skipQuestion, startInterview, type AnswerValue, type InterviewState, type Question } from '../../shared/interview/index.ts';
import { t } from '../i18n/t.ts';

/** What the person has entered on the question on screen, before Next records it. */
export type Draft = AnswerValue | undefined;

/**
 * The draft a question starts with: the answer given before (when coming
 * back), else its default for choice questions, so Enter goes on with the
 * usual answer. Yes/no starts unpicked: the person answers it or skips it.
 */
export function initialDraft(question: Question | undefined, state: InterviewState): Draft {
  if (!question) return undefined;
  const given = state.answers[question.id];
  if (given !== undefined) return given;
  if (question.kind === 'one-of' || question.kind === 'several-of') return question.default;
  if (question.kind === 'text') return {};
  return undefined;
}

/** Why the draft cannot be recorded, in the words the dialog shows; null when Next may go on. */
export function draftError(question: Question, draft: Draft): string | null {
  if (draft === undefined || draft === '') return t(question.kind === 'yes-no' ? 'interview.needYesNo' : question.kind === 'country' ? 'interview.needCountry' : 'interview.needChoice');
  if (question.kind === 'country') return answerError(question, draft) ? t('interview.needCountry') : null;
  const problem = answerError(question, draft);
  if (!problem || question.kind !== 'text') return problem;
  // "email: expected an email address" names the field by its id: name it as the dialog does.
  const field = question.fields.find((f) => problem.startsWith(`${f.id}:`));
  return field ? `${field.label}: ${problem.slice(field.id.length + 1).trim()}` : problem;
}

/**
 * The interview dialog's state: the answers so far (the shared, pure
 * navigation of `shared/interview/flow.ts`), the question on screen and
 * what is entered there, and the message when Next cannot go on yet.
 */
export function useInterview(questions: readonly Question[] = QUESTIONS) {
  const [state, setState] = useState<InterviewState>(() => startInterview({}, questions));
  const question = state.current === null ? undefined : questions.find((q) => q.id === state.current);
  const [draft, setDraftValue] = useState<{ id: string | null; value: Draft; touched: boolean }>(() => ({ id: state.current, value: initialDraft(question, state), touched: false }));
  const [error, setError] = useState<string | null>(null);

  // The draft belongs to the question it was entered on; a new question starts from its own.
  const own = draft.id === state.current;
  const value = own ? draft.value : initialDraft(question, state);

  const moveTo = (next: InterviewState) => {
    const nextQuestion = next.current === null ? undefined : questions.find((q) => q.id === next.current);
    setState(next);
    setDraftValue({ id: next.current, value: initialDraft(nextQuestion, next), touched: false });
    setError(null);
  };

  return {
    state,
    /** The question on screen; undefined once every question is behind the person. */
    question,
    draft: value,
    error,
    /** "Question 4 of 16" among the questions that apply. */
    progress: progress(state, questions),
    /** Whether closing would lose something the person entered. */
    hasAnswers: Object.keys(state.answers).length > 0 || (own && draft.touched),
    setDraft: (next: Draft) => {
      setDraftValue({ id: state.current, value: next, touched: true });
      setError(null);
    },
    /** Records the draft and moves on; says what is missing instead when it cannot be recorded. */
    next: () => {
      if (!question) return;
      const problem = draftError(question, value);
      if (problem) {
        setError(problem);
        return;
      }
      moveTo(answerQuestion(state, value as AnswerValue, questions));
    },
    skip: () => moveTo(skipQuestion(state, questions)),
    back: () => moveTo(goBack(state, questions)),
  };
}

export type Interview = ReturnType<typeof useInterview>;
