import { describe, expect, it } from 'vitest';
import { emptyProject, stillToEnter } from '../../../shared/interview/index.ts';
import { parseProject } from '../../../shared/model/project-file.ts';

describe('a blank project', () => {
  it('asks for exactly the essentials: the company, its address and email, the laws, one data category and one activity', () => {
    expect(stillToEnter(emptyProject({ today: '2026-03-01' })).map((e) => e.path)).toEqual([
      'company.legalName',
      'company.address.street',
      'company.address.postalCode',
      'company.address.city',
      'company.address.country',
      'company.email',
      'jurisdictions',
      'dataCategories',
      'activities',
    ]);
  });

  it('takes its law from the country given, and today as its date', () => {
    const draft = emptyProject({ country: 'DE', jurisdictions: ['UK'], languages: ['de', 'en'] });
    expect(draft.jurisdictions).toEqual(['EU', 'UK']);
    expect(draft.languages).toEqual(['de', 'en']);
    expect(draft.effectiveDate).toBe(new Date().toISOString().slice(0, 10));
    expect(stillToEnter(draft).map((e) => e.path)).not.toContain('jurisdictions');
  });

  it('becomes valid as soon as the essentials are entered, with every other field at its default', () => {
    const draft = emptyProject({ country: 'SE', today: '2026-03-01' });
    const filled = {
      ...draft,
      company: { ...draft.company, legalName: 'Lilla Butiken AB', email: 'hej@lillabutiken.se', address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', country: 'SE' } },
      dataCategories: [{ id: 'contact', name: 'Contact details', examples: [], sources: [{ kind: 'data-subject' as const }] }],
      activities: [
        {
          id: 'answer',
          purpose: 'Answer your questions',
          categories: ['contact'],
          legalBases: [{ basis: 'legitimate-interests' as const, interest: 'Answering the people who write to us' }],
          requirement: 'optional' as const,
          retention: { kind: 'text' as const, text: 'Until answered' },
          recipients: [],
          sells: false,
          sharesForAdvertising: false,
          targetedAdvertising: false,
          profiling: false,
        },
      ],
    };
    expect(stillToEnter(filled)).toEqual([]);
    const parsed = parseProject(filled);
    // Nothing else was filled in for the person: the parsed project is the draft plus what was entered.
    expect(parsed.ok && parsed.project).toEqual(filled);
  });
});
