import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/types.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { projectSchema, type ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

/** The Québec section of a project selecting CA-QC, as the reader sees it. */
function quebecSection(patch: Partial<ProjectInput> = {}, lang: DocumentLanguage = 'en'): string {
  const p = projectSchema.parse({ ...baseProjectInput(), jurisdictions: ['CA-QC'], languages: ['en', 'fr'], ...patch });
  const section = generatePolicy(p, lang, nodeEnv).document.content.find((s: DocNode) => s.attrs?.sectionId === 'quebec');
  if (!section) throw new Error('no Québec section');
  return flatText(section);
}

describe('the Québec section (P-39.1 as amended by Law 25)', () => {
  it('states access, rectification and withdrawal of consent, the written reply within 30 days and the Commission with its address', () => {
    const text = quebecSection();
    expect(text).toContain('Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1)');
    expect(text).toMatch(/to communicate it to you and to give you a copy/);
    expect(text).toMatch(/rectified that is inaccurate, incomplete or equivocal/);
    expect(text).toMatch(/withdraw your consent to the use or communication of your information at any time/);
    expect(text).toContain('We reply in writing within 30 days of receiving it; a request we do not answer in that time is deemed refused.');
    expect(text).toContain("Commission d'accès à l'information du Québec to examine the disagreement: 525, boulevard René-Lévesque Est, bureau 2.36, Québec (Québec) G1R 5S9, toll-free 1 888 528-7741");
  });

  it("names the person in charge with their contact details, and says nothing of one the facts do not give", () => {
    expect(quebecSection()).toContain('Our person in charge of the protection of personal information is Karin Lind, dpo@nordlys.example.');
    const { dpo: _, ...company } = baseProjectInput().company;
    expect(quebecSection({ company })).not.toContain('Our person in charge');
  });

  it('says the information may leave Québec, naming the countries, only when it does', () => {
    expect(quebecSection()).toContain('Your personal information may be communicated outside Québec, to Germany, Sweden and the United States.');
    const inCanada = baseProjectInput();
    const local = quebecSection({
      company: { ...inCanada.company, address: { street: '1 rue Saint-Paul', postalCode: 'H2Y 1G7', city: 'Montréal', region: 'QC', country: 'CA' } },
      recipients: inCanada.recipients!.map((r) => ({ ...r, storedIn: ['CA'] })),
    });
    expect(local).not.toContain('outside Québec');
  });

  it('names the identifying and profiling technology and how it is turned on', () => {
    expect(quebecSection()).toContain('analytics cookies, and similar technologies: you can refuse them or turn them off at any time in our cookie settings');
    const withEu = quebecSection({ jurisdictions: ['EU', 'CA-QC'] });
    expect(withEu).toContain('we set them only once you accept them');
  });

  it('gives the automated-decision rights of s. 12.1 only when such a decision is made', () => {
    expect(quebecSection()).not.toContain('exclusively on automated processing');
    const text = quebecSection({ automatedDecisions: { used: true, description: 'Card payments with a high fraud score are declined.' } });
    expect(text).toMatch(/the reasons and the principal factors and parameters that led to it/);
    expect(text).toMatch(/submit your observations to a member of our staff who is in a position to review the decision/);
  });

  it('reads in French in the terms of the Act', () => {
    const text = quebecSection({}, 'fr');
    expect(text).toContain('Loi sur la protection des renseignements personnels dans le secteur privé (RLRQ, c. P-39.1)');
    expect(text).toContain('Notre responsable de la protection des renseignements personnels est Karin Lind');
    expect(text).toContain('dans les 30 jours de sa réception');
    expect(text).toContain("demande d'examen de mésentente à la Commission d'accès à l'information du Québec");
  });
});
