import { describe, expect, it } from 'vitest';
import { answerQuestion, goBack, parseAnswers, progress, QUESTIONS, questionById, runInterview, shownQuestions, skipQuestion, startInterview, toggleChoice } from '../../../shared/interview/index.ts';

const first = QUESTIONS[0]!.id;

describe('moving through the interview', () => {
  it('starts at the first question and moves one question at a time', () => {
    let state = startInterview();
    expect(state.current).toBe(first);
    state = answerQuestion(state, 'SE');
    expect(state.current).toBe(QUESTIONS[1]!.id);
    expect(state.answers[first]).toBe('SE');
    expect(progress(state)).toEqual({ index: 1, total: shownQuestions(state.answers).length });
  });

  it('asks about California only when the company is in the US or serves it, and back skips it once it no longer applies', () => {
    let state = startInterview({ 'company-country': 'SE', company: {}, languages: ['en'] });
    expect(state.current).toBe('customer-regions');
    state = answerQuestion(state, ['eu', 'us']);
    expect(state.current).toBe('us-states');
    state = answerQuestion(state, ['US-TX']);
    expect(state.current).toBe('california');
    state = answerQuestion(state, true);
    expect(state.current).toBe('sells');
    state = goBack(goBack(goBack(state)));
    expect(state.current).toBe('customer-regions');
    state = answerQuestion(state, ['eu']);
    expect(state.current).toBe('sells');
    expect(goBack(state).current).toBe('customer-regions');
    // The earlier "yes" stays in the answers but counts for nothing while the question does not apply.
    expect(state.answers.california).toBe(true);
    expect(runInterview(state.answers).project.jurisdictions).toEqual(['EU']);
  });

  it('a skipped question keeps no answer and takes its default', () => {
    let state = startInterview({ 'company-country': 'SE', company: {}, languages: ['en'], 'customer-regions': ['eu'], sells: ['services'] });
    expect(state.current).toBe('payments');
    state = answerQuestion(state, 'invoice');
    state = goBack(state);
    expect(state.current).toBe('payments');
    state = skipQuestion(state);
    expect(state.answers).not.toHaveProperty('payments');
    expect(state.current).toBe('accounts');
    // Default "online": the payment activity is there.
    expect(runInterview(state.answers).project.activities.map((a) => a.id)).toContain('payments');
  });

  it('ends after the last question that applies; back from the end returns to it; back at the start stays', () => {
    let state = startInterview();
    for (let i = 0; i < 40 && state.current !== null; i++) state = skipQuestion(state);
    expect(state.current).toBeNull();
    const shown = shownQuestions(state.answers);
    expect(goBack(state).current).toBe(shown[shown.length - 1]!.id);
    expect(goBack(startInterview()).current).toBe(first);
    expect(answerQuestion(state, true)).toBe(state);
  });

  it('"None of these" clears the other choices, and any other choice clears it', () => {
    const sensitive = questionById('sensitive');
    if (sensitive?.kind !== 'several-of') throw new Error('expected "sensitive" to be a several-of question');
    expect(toggleChoice(sensitive.choices, ['health'], 'none')).toEqual(['none']);
    expect(toggleChoice(sensitive.choices, ['none'], 'health')).toEqual(['health']);
    expect(toggleChoice(sensitive.choices, ['health'], 'biometric')).toEqual(['health', 'biometric']);
    expect(toggleChoice(sensitive.choices, ['health', 'biometric'], 'health')).toEqual(['biometric']);
  });
});

describe('an answers file', () => {
  it('is read when every answer fits its question; a missing answer is a skipped question', () => {
    expect(parseAnswers({ 'company-country': 'SE', newsletter: true, sells: ['services'] }).ok).toBe(true);
    expect(parseAnswers({}).ok).toBe(true);
  });

  it('is refused with each problem named by its question id', () => {
    const result = parseAnswers({
      'company-country': 'Sweden',
      newsletter: 'yes',
      sells: ['nothing', 'services'],
      payments: 'cash',
      company: { legalName: 'A', email: 'not an email', fax: '1' },
      favourite: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath['company-country']).toMatch(/ISO country code/);
    expect(byPath.newsletter).toMatch(/true \(yes\) or false \(no\)/);
    expect(byPath.sells).toMatch(/"nothing" cannot be chosen together/);
    expect(byPath.payments).toMatch(/expected one of "online"/);
    expect(byPath.company).toMatch(/"fax" is not one of its fields|email: expected an email address/);
    expect(byPath.favourite).toMatch(/not a question of the interview/);
    expect(parseAnswers([]).ok).toBe(false);
  });
});
