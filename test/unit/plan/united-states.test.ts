import { describe, expect, it } from 'vitest';
import { findSection } from '../../../shared/document/text.ts';
import type { DocNode } from '../../../shared/document/types.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

/** The text of the "Your US state privacy rights" section of a project's policy, or null when it has none. */
function usSection(patch: Partial<ProjectInput>, lang: DocumentLanguage = 'en'): string | null {
  const doc = generatePolicy(buildProject({ effectiveDate: '2026-12-01', ...patch }), lang, nodeEnv).document;
  const s = findSection(doc, 'united-states');
  return s ? flatText(s as DocNode) : null;
}

function whole(patch: Partial<ProjectInput>, lang: DocumentLanguage = 'en'): string {
  return flatText(generatePolicy(buildProject({ effectiveDate: '2026-12-01', ...patch }), lang, nodeEnv).document as unknown as DocNode);
}

/** The base activities, the first of which sells personal data of a category marked `special`. */
function selling(special: 'health' | 'biometric-identification'): Partial<ProjectInput> {
  const base = baseProjectInput();
  return {
    dataCategories: [...base.dataCategories, { id: 'sensitive', name: 'Sensitive data', sources: [{ kind: 'data-subject' }], special }],
    activities: base.activities.map((a, i) => (i === 0 ? { ...a, sells: true, categories: [...a.categories, 'sensitive'] } : a)),
  };
}

const LANGS = ['en', 'sv'] as const;
const words = {
  en: { iowa: 'Iowa: Iowa Consumer Data Protection Act', days90: '90 days', coAppeal: 'If we turn down your appeal, you can complain to the Colorado Attorney General (https://coag.gov/file-complaint/).', utNoAppeal: 'This law gives no right to appeal', list: 'If you live in Oregon or Minnesota, you can also ask us for a list of the specific third parties', categories: 'If you live in Delaware or Maryland, you can ask us for a list of the categories of third parties', from: 'applies from', llmNo: 'We do not collect, use or sell personal data to train large language models.', deadlineTable: 'We answer within the following time limits' },
  sv: { iowa: 'Iowa: Iowa Consumer Data Protection Act', days90: '90 dagar', coAppeal: 'Om vi avslår överklagandet kan du klaga hos Colorado Attorney General (https://coag.gov/file-complaint/).', utNoAppeal: 'Lagen ger ingen rätt att överklaga', list: 'Om du bor i Oregon eller Minnesota kan du också begära en förteckning över de enskilda tredje parter', categories: 'Om du bor i Delaware eller Maryland kan du begära en förteckning över de kategorier av tredje parter', from: 'gäller från och med', llmNo: 'Vi samlar inte in, använder eller säljer personuppgifter för att träna stora språkmodeller.', deadlineTable: 'Vi svarar inom följande tidsfrister' },
};

describe.each(LANGS)('Your US state privacy rights (%s)', (lang) => {
  const w = words[lang];

  it('is one section for many states, with a row for each in the table, and their deadlines not repeated under "Your rights"', () => {
    const text = usSection({ jurisdictions: ['US-VA', 'US-TX', 'US-IA', 'US-CO'] }, lang)!;
    for (const state of ['Virginia:', 'Texas:', 'Iowa:', 'Colorado:']) expect(text).toContain(state);
    const doc = generatePolicy(buildProject({ effectiveDate: '2026-12-01', jurisdictions: ['EU', 'US-VA', 'US-TX'] }), lang, nodeEnv).document;
    expect(doc.content.filter((s) => s.attrs?.sectionId === 'united-states')).toHaveLength(1);
    const rights = flatText(findSection(doc, 'rights') as DocNode);
    expect(rights).not.toContain('Virginia');
    expect(rights).not.toContain('Texas');
    // With only state laws, "Your rights" has no deadline table of its own (no empty table).
    const usOnly = generatePolicy(buildProject({ effectiveDate: '2026-12-01', jurisdictions: ['US-VA'] }), lang, nodeEnv).document;
    expect(flatText(findSection(usOnly, 'rights') as DocNode)).not.toContain(w.deadlineTable);
    expect(rights).toContain(w.deadlineTable);
  });

  it('gives Iowa 90 days to answer', () => {
    const text = usSection({ jurisdictions: ['US-IA'] }, lang)!;
    expect(text).toContain(w.iowa);
    expect(text).toContain(w.days90);
    expect(usSection({ jurisdictions: ['US-VA'] }, lang)).not.toContain(w.days90);
  });

  it('says how to appeal in Colorado, and that Utah gives no appeal', () => {
    expect(usSection({ jurisdictions: ['US-CO'] }, lang)).toContain(w.coAppeal);
    expect(usSection({ jurisdictions: ['US-UT'] }, lang)).toContain(w.utNoAppeal);
    expect(usSection({ jurisdictions: ['US-CO'] }, lang)).not.toContain(w.utNoAppeal);
  });

  it("links the authority's complaint page only where a source confirms it", () => {
    expect(usSection({ jurisdictions: ['US-CO'] }, lang)).toContain('https://coag.gov/file-complaint/');
    // Virginia's complaint page is not confirmed: its name is given, no address.
    const va = usSection({ jurisdictions: ['US-VA'] }, lang)!;
    expect(va).toContain('Office of the Attorney General of Virginia');
    expect(va).not.toContain('https://www.oag.state.va.us/consumer-protection/');
  });

  it("states Oregon's and Minnesota's right to a list of specific third parties, Delaware's and Maryland's list of categories, and neither for Virginia", () => {
    const text = usSection({ jurisdictions: ['US-OR', 'US-MN', 'US-DE', 'US-MD'] }, lang)!;
    expect(text).toContain(w.list);
    expect(text).toContain(w.categories);
    expect(usSection({ jurisdictions: ['US-VA'] }, lang)).not.toContain(w.list.slice(0, 20));
  });

  it("prints Texas's notices word for word, in English, only when sensitive or biometric data is sold", () => {
    const sensitive = usSection({ jurisdictions: ['US-TX'], ...selling('health') }, lang)!;
    expect(sensitive).toContain('NOTICE: We may sell your sensitive personal data.');
    expect(sensitive).not.toContain('NOTICE: We may sell your biometric personal data.');
    const biometric = usSection({ jurisdictions: ['US-TX'], ...selling('biometric-identification') }, lang)!;
    expect(biometric).toContain('NOTICE: We may sell your sensitive personal data.');
    expect(biometric).toContain('NOTICE: We may sell your biometric personal data.');
    expect(usSection({ jurisdictions: ['US-TX'] }, lang)).not.toContain('NOTICE:');
    // Virginia asks for no such notice.
    expect(usSection({ jurisdictions: ['US-VA'], ...selling('health') }, lang)).not.toContain('NOTICE:');
  });

  it("makes Connecticut's statement on training large language models from 1 July 2026, when the user has answered", () => {
    const answered = { jurisdictions: ['US-CT'] as ProjectInput['jurisdictions'], languageModelTraining: { uses: false, sells: false } };
    expect(usSection(answered, lang)).toContain(w.llmNo);
    expect(usSection({ ...answered, effectiveDate: '2026-06-30' }, lang)).not.toContain(w.llmNo);
    expect(usSection({ jurisdictions: ['US-CT'] }, lang)).not.toContain(w.llmNo);
  });

  it('marks a law not yet in force with the day it applies from', () => {
    const text = usSection({ jurisdictions: ['US-VA', 'US-OK'] }, lang)!;
    expect(text).toContain(`Oklahoma: Oklahoma Data Privacy Act (${w.from}`);
    expect(text).not.toContain(`Virginia: Virginia Consumer Data Protection Act (${w.from}`);
  });

  it('has no US state section without a state law', () => {
    expect(usSection({ jurisdictions: ['EU', 'US-CA'] }, lang)).toBeNull();
    expect(whole({ jurisdictions: ['EU'] }, lang)).not.toContain('Virginia');
  });
});
