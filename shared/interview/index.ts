/**
 * Starting from nothing: a blank project, and the guided interview that
 * turns a small-business owner's plain answers into facts (questions as data,
 * pure navigation, answers → project). Pure: the app and the CLI share it.
 */
export { emptyProject, stillToEnter, todayIso, type EmptyProjectOptions } from './empty-project.ts';
export { interviewQuestions, QUESTIONS, questionById } from './questions.ts';
export { answerQuestion, goBack, isShown, progress, resolvedAnswer, shownQuestions, skipQuestion, startInterview, toggleChoice, type InterviewState } from './flow.ts';
export { answerError, parseAnswers, type AnswersResult } from './answers.ts';
export { factsOf, runInterview, type InterviewOptions, type InterviewResult } from './run-interview.ts';
export { INTERVIEW_LANGUAGES } from './texts.ts';
export type * from './types.ts';
