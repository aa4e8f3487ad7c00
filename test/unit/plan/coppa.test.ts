import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/types.ts';
import { projectSchema, type ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

const forChildren: Partial<ProjectInput> = {
  jurisdictions: ['US-CA'],
  children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'A parent confirms by a card check we refund at once.' },
};

/** The children section of the English policy. */
function childrenSection(patch: Partial<ProjectInput>): string | undefined {
  const p = projectSchema.parse({ ...baseProjectInput(), ...patch });
  const section = generatePolicy(p, 'en', nodeEnv).document.content.find((s: DocNode) => s.attrs?.sectionId === 'children');
  return section && flatText(section);
}

describe("COPPA's online notice (16 CFR §312.4(d)) in the children section", () => {
  it("names the operator with address, telephone and email", () => {
    expect(childrenSection(forChildren)).toContain(
      'the operator that collects and keeps personal information from children under 13 through our services is Nordlys Software AB, Sveavägen 12, 111 57 Stockholm, Sweden, telephone +46 8 123 456 78, email privacy@nordlys.example.',
    );
  });

  it('points to where the policy says what is collected from children, how it is used, to whom it goes and how long it is kept', () => {
    expect(childrenSection(forChildren)).toContain(
      "This policy also describes how we handle children's information: “The personal data we collect” says what we collect from a child, “How we use your data and why” how we use it, “Who we share your data with” to whom we disclose it and why, and “How long we keep your data” how long we keep it and when we delete it.",
    );
  });

  it('gives the parent the rights to review, delete and refuse further collection, and how', () => {
    const text = childrenSection(forChildren)!;
    expect(text).toContain("A parent can at any time ask to review the personal information we have collected from their child, have it deleted, and refuse to let us collect or use the child's information any further.");
    expect(text).toContain('contact us in one of the ways listed under “Your rights”');
    expect(text).toContain("we check that the person asking is the child's parent");
  });

  it('applies to a US service open to children under 13, but not to one for 13 and over, nor without a US law', () => {
    expect(childrenSection({ jurisdictions: ['US-VA'], children: { minimumAge: 10 } })).toContain('the operator that collects and keeps personal information from children under 13');
    expect(childrenSection({ jurisdictions: ['US-CA'], children: { minimumAge: 13 } })).not.toContain('COPPA');
    expect(childrenSection({ ...forChildren, jurisdictions: ['EU'] })).not.toContain('COPPA');
  });
});
