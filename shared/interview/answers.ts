import { isCountryCode } from '../model/countries.ts';
import type { ProjectError } from '../model/errors.ts';
import { QUESTIONS } from './questions.ts';
import type { AnswerValue, Answers, Question } from './types.ts';

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; errors: ProjectError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/[^\s]+$/i;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why `value` cannot be the answer to `question`, in words saying what to give instead; null when it can. */
export function answerError(question: Question, value: unknown): string | null {
  switch (question.kind) {
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'expected true (yes) or false (no)';
    case 'country':
      return typeof value === 'string' && isCountryCode(value) ? null : 'expected an ISO country code, such as "SE" or "US"';
    case 'one-of': {
      const allowed = question.choices.map((c) => c.value);
      return typeof value === 'string' && allowed.includes(value) ? null : `expected one of ${allowed.map((v) => `"${v}"`).join(', ')}`;
    }
    case 'several-of': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'expected a list of choices, such as ["' + (question.choices[0]?.value ?? '') + '"]';
      const allowed = new Set(question.choices.map((c) => c.value));
      const unknown = value.filter((v) => !allowed.has(v));
      if (unknown.length > 0) return `"${unknown[0]}" is not one of the choices (${[...allowed].slice(0, 12).join(', ')}${allowed.size > 12 ? ', …' : ''})`;
      const exclusive = question.choices.find((c) => c.exclusive && value.includes(c.value));
      if (exclusive && value.length > 1) return `"${exclusive.value}" cannot be chosen together with other choices`;
      return null;
    }
    case 'text': {
      if (!isRecord(value)) return `expected an object of fields (${question.fields.map((f) => f.id).join(', ')})`;
      for (const [key, text] of Object.entries(value)) {
        const field = question.fields.find((f) => f.id === key);
        if (!field) return `"${key}" is not one of its fields (${question.fields.map((f) => f.id).join(', ')})`;
        if (typeof text !== 'string') return `${key}: expected a text`;
        if (text.trim() === '') continue;
        if (field.format === 'email' && !EMAIL.test(text.trim())) return `${key}: expected an email address`;
        if (field.format === 'url' && !URL.test(text.trim())) return `${key}: expected a web address starting with http:// or https://`;
      }
      return null;
    }
  }
}

/**
 * Reads an answers file's object (keyed by question id), checking each
 * answer against its question; every problem is named by its question id.
 * A missing answer is a skipped question, never an error.
 */
export function parseAnswers(raw: unknown, questions: readonly Question[] = QUESTIONS): AnswersResult {
  if (!isRecord(raw)) return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object keyed by question id' }] };
  const errors: ProjectError[] = [];
  for (const [id, value] of Object.entries(raw)) {
    const question = questions.find((q) => q.id === id);
    if (!question) {
      errors.push({ path: id, message: `not a question of the interview (questions: ${questions.map((q) => q.id).join(', ')})` });
      continue;
    }
    const problem = answerError(question, value);
    if (problem) errors.push({ path: id, message: problem });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: raw as Record<string, AnswerValue> };
}
