import { usStatesInForceOn } from '../../../shared/model/migrations/v2-to-v3.ts';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_KEYS, CATEGORIES, CATEGORY_KEYS } from '../../../shared/interview/building-blocks.ts';
import { BOOKKEEPING_FALLBACK_RETENTION, BOOKKEEPING_LAWS } from '../../../shared/interview/bookkeeping.ts';
import { INTERVIEW_LANGUAGES, QUESTIONS, runInterview, type AnswerValue, type Answers, type Question } from '../../../shared/interview/index.ts';
import { findService } from '../../../shared/library/index.ts';
import { projectSchema } from '../../../shared/model/schema.ts';

/** The company question filled in, so each other answer is judged on its own. */
const company: Answers = {
  'company-country': 'SE',
  company: { legalName: 'Lilla Butiken AB', email: 'hej@lillabutiken.se', street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', phone: '+46 8 123 45 67', website: 'https://lillabutiken.se', requestForm: 'https://lillabutiken.se/integritet' },
};

/** Every answer a question can take, one at a time (a text question: its fields filled). */
function everyAnswer(q: Question): AnswerValue[] {
  switch (q.kind) {
    case 'yes-no':
      return [true, false];
    case 'one-of':
      return q.choices.map((c) => c.value);
    case 'several-of':
      return [[], ...q.choices.map((c) => [c.value])];
    case 'country':
      return ['SE', 'DE', 'NO', 'GB', 'CH', 'US', 'BR', 'CA', 'AU'];
    case 'text':
      return [company.company!];
  }
}

describe('the interview as data', () => {
  it('has about fifteen questions, each with a unique id and a plain question ending in a question mark', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(13);
    expect(QUESTIONS.length).toBeLessThanOrEqual(20);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) expect(q.text, q.id).toMatch(/^[A-Z][^\n]*\?$/);
  });

  it('gives every choice a unique value and every default among its choices; conditions name earlier questions and their values', () => {
    QUESTIONS.forEach((q, i) => {
      if (q.kind === 'one-of' || q.kind === 'several-of') {
        const values = q.choices.map((c) => c.value);
        expect(new Set(values).size, q.id).toBe(values.length);
        const defaults = q.kind === 'one-of' ? [q.default] : q.default;
        for (const d of defaults) expect(values, q.id).toContain(d);
      }
      for (const c of q.showWhen ?? []) {
        const at = QUESTIONS.findIndex((p) => p.id === c.question);
        expect(at, `${q.id} depends on ${c.question}`).toBeGreaterThanOrEqual(0);
        expect(at, `${q.id} depends on a later question`).toBeLessThan(i);
        const source = QUESTIONS[at]!;
        for (const v of c.anyOf) {
          if (source.kind === 'yes-no') expect(typeof v).toBe('boolean');
          if (source.kind === 'one-of' || source.kind === 'several-of') expect(source.choices.map((ch) => ch.value)).toContain(v);
        }
      }
    });
  });

  it('asks which services are used from the library, and about the subjects a small business is asked about', () => {
    const ids = QUESTIONS.map((q) => q.id);
    for (const id of ['company-country', 'customer-regions', 'sells', 'accounts', 'newsletter', 'analytics', 'advertising', 'payments', 'support-chat', 'app', 'children', 'sensitive', 'services']) expect(ids).toContain(id);
  });

  for (const q of QUESTIONS) {
    it(`${q.id}: every answer it can take yields a valid project`, () => {
      for (const value of everyAnswer(q)) {
        const answers: Answers = { ...company, [q.id]: value };
        const { project, stillToEnter } = runInterview(answers, { today: '2026-03-01' });
        // The one thing a draft may still ask for: the countries of a service whose library entry no vendor page confirms yet.
        const unconfirmed = new Set(project.recipients.flatMap((r, i) => (findService(r.id)?.unverified ? [`recipients[${i}].storedIn`] : [])));
        expect(stillToEnter.filter((e) => !unconfirmed.has(e.path)), `${q.id} = ${JSON.stringify(value)}`).toEqual([]);
        if (stillToEnter.length === 0) expect(projectSchema.safeParse(project).success).toBe(true);
      }
    });
  }

  it('takes the laws from where the company is and whom it serves; with neither known, the draft asks for them', () => {
    expect(runInterview({ ...company, 'company-country': 'NO', 'customer-regions': ['uk', 'us'], california: true }).project.jurisdictions).toEqual(['EU', 'UK', 'US-CA', ...usStatesInForceOn(new Date().toISOString().slice(0, 10))]);
    expect(runInterview({ ...company, 'company-country': 'US', 'us-states': ['US-TX', 'US-IA'], california: false }).project.jurisdictions).toEqual(['US-TX', 'US-IA']);
    expect(runInterview({ ...company, 'company-country': 'JP', 'customer-regions': ['ch'] }).project.jurisdictions).toEqual(['CH']);
    expect(runInterview({ ...company, 'company-country': 'JP' }).stillToEnter).toEqual([{ path: 'jurisdictions', message: 'expected at least one jurisdiction' }]);
  });

  it('reaches every activity and data category it can write from some answer', () => {
    const all: Answers = {
      ...company,
      sells: ['physical-goods'],
      accounts: true,
      newsletter: true,
      analytics: true,
      advertising: true,
      'support-chat': true,
      app: true,
      sensitive: ['health', 'biometric', 'criminal'],
    };
    const { project } = runInterview(all, { today: '2026-03-01' });
    expect(project.activities.map((a) => a.id).sort()).toEqual([...ACTIVITY_KEYS].sort());
    expect(project.dataCategories.map((c) => c.id).sort()).toEqual([...CATEGORY_KEYS].sort());
  });

  it('writes every fact text natively in every interview language', () => {
    const texts = [
      ...Object.values(CATEGORIES).flatMap((c) => [c.name, ...c.examples, ...c.sources.flatMap((s) => (s.detail ? [s.detail] : []))]),
      ...Object.values(ACTIVITIES).flatMap((a) => [a.purpose, ...(a.consequence ? [a.consequence] : []), ...(a.retention.kind === 'text' ? [a.retention.text] : []), ...a.legalBases.flatMap((b) => (b.interest ? [b.interest] : []))]),
      ...Object.values(BOOKKEEPING_LAWS).flatMap((l) => (l ? [l.obligation, l.retention] : [])),
      BOOKKEEPING_FALLBACK_RETENTION,
    ];
    for (const text of texts) for (const lang of INTERVIEW_LANGUAGES) expect(text[lang], JSON.stringify(text)).toMatch(/\S/);
    // Swedish is written, not copied: no text is the same in both languages.
    for (const text of texts) expect(text.sv, text.en).not.toBe(text.en);
  });
});
