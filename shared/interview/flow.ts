import { QUESTIONS } from './questions.ts';
import type { AnswerValue, Answers, Choice, Condition, Question } from './types.ts';

/**
 * Moving through the interview, as pure functions over an answer state, so
 * that the app's screen and the tests share one logic: one question at a
 * time, back and skip allowed, and questions that do not apply (California's
 * thresholds for a shop that sells only in Europe) never shown.
 */

/** The answer given, or the question's default when it was skipped (text and country questions have none). */
export function resolvedAnswer(question: Question, answers: Answers): AnswerValue | undefined {
  const given = answers[question.id];
  if (given !== undefined) return given;
  return 'default' in question ? question.default : undefined;
}

function holds(condition: Condition, answers: Answers, questions: readonly Question[]): boolean {
  const source = questions.find((q) => q.id === condition.question);
  if (!source || !isShown(source, answers, questions)) return false;
  const value = resolvedAnswer(source, answers);
  if (Array.isArray(value)) return value.some((v) => condition.anyOf.includes(v));
  return (typeof value === 'string' || typeof value === 'boolean') && condition.anyOf.includes(value);
}

/** Whether the question applies, given the answers so far (any one of its conditions holding). */
export function isShown(question: Question, answers: Answers, questions: readonly Question[] = QUESTIONS): boolean {
  return !question.showWhen || question.showWhen.some((c) => holds(c, answers, questions));
}

/** The questions that apply, in order. */
export function shownQuestions(answers: Answers, questions: readonly Question[] = QUESTIONS): Question[] {
  return questions.filter((q) => isShown(q, answers, questions));
}

/** Where the person is: the answers so far and the question on screen (null once every question is behind them). */
export interface InterviewState {
  answers: Answers;
  current: string | null;
}

function nextAfter(id: string | null, answers: Answers, questions: readonly Question[]): string | null {
  const from = id === null ? -1 : questions.findIndex((q) => q.id === id);
  return questions.slice(from + 1).find((q) => isShown(q, answers, questions))?.id ?? null;
}

/** Starts, or resumes from earlier answers (a saved session, an answers file), at the first question that applies and has no answer yet. */
export function startInterview(answers: Answers = {}, questions: readonly Question[] = QUESTIONS): InterviewState {
  return { answers, current: questions.find((q) => answers[q.id] === undefined && isShown(q, answers, questions))?.id ?? null };
}

/** Records the answer to the current question and moves to the next one that applies. */
export function answerQuestion(state: InterviewState, value: AnswerValue, questions: readonly Question[] = QUESTIONS): InterviewState {
  if (state.current === null) return state;
  const answers = { ...state.answers, [state.current]: value };
  return { answers, current: nextAfter(state.current, answers, questions) };
}

/** Leaves the current question unanswered (its default applies) and moves on. */
export function skipQuestion(state: InterviewState, questions: readonly Question[] = QUESTIONS): InterviewState {
  if (state.current === null) return state;
  const { [state.current]: _dropped, ...answers } = state.answers;
  return { answers, current: nextAfter(state.current, answers, questions) };
}

/** Back to the previous question that applies, answers kept; from the end, back to the last one. */
export function goBack(state: InterviewState, questions: readonly Question[] = QUESTIONS): InterviewState {
  const shown = shownQuestions(state.answers, questions);
  const at = state.current === null ? shown.length : shown.findIndex((q) => q.id === state.current);
  return at <= 0 ? state : { ...state, current: shown[at - 1]!.id };
}

/** "Question 4 of 16": the position among the questions that apply. */
export function progress(state: InterviewState, questions: readonly Question[] = QUESTIONS): { index: number; total: number } {
  const shown = shownQuestions(state.answers, questions);
  const index = state.current === null ? shown.length : shown.findIndex((q) => q.id === state.current);
  return { index, total: shown.length };
}

/** Ticks or unticks a "several of" choice; an exclusive choice ("None of these") clears the others, and any other clears it. */
export function toggleChoice(choices: readonly Choice[], selected: readonly string[], value: string): string[] {
  if (selected.includes(value)) return selected.filter((v) => v !== value);
  const exclusive = choices.find((c) => c.value === value)?.exclusive === true;
  if (exclusive) return [value];
  const exclusives = new Set(choices.filter((c) => c.exclusive).map((c) => c.value));
  return [...selected.filter((v) => !exclusives.has(v)), value];
}
