/**
 * Properties over random valid v2 projects: every one renders in every
 * language; every string entered that the policy must state appears,
 * escaped, in every format; and no clause states a fact the project lacks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportHtmlFragment, exportStandaloneHtml } from '../../shared/export/html.ts';
import { exportMarkdown } from '../../shared/export/markdown.ts';
import { projectSchema, PROCESSOR_ROLES, type Project, type ProjectInput } from '../../shared/model/schema.ts';
import { isThirdCountryFor, selectedTransferLaws } from '../../shared/model/transfer-areas.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { plan } from '../../shared/plan/plan.ts';
import type { PolicyPlan } from '../../shared/plan/types.ts';
import { escapeHtml } from '../../shared/render/escape.ts';
import { arbitraryProject } from '../fixtures/arbitrary-project.ts';
import { collapse, flatText } from '../fixtures/document-text.ts';

const GDPR_OR_LGPD = ['EU', 'UK', 'CH', 'BR'] as const;
const NAMED_SOURCE_KINDS = new Set(['third-party', 'public', 'organisation']);

/** Every string the user entered that the policy must state, given the laws selected. */
function enteredStrings(p: Project): string[] {
  const c = p.company;
  const showsBases = p.jurisdictions.some((j) => (GDPR_OR_LGPD as readonly string[]).includes(j));
  const texts = [
    c.legalName,
    c.address.street,
    c.address.postalCode,
    c.address.city,
    ...(c.tradingName ? [c.tradingName] : []),
    ...p.dataCategories.flatMap((d) => [d.name, ...d.examples, ...d.sources.filter((s) => NAMED_SOURCE_KINDS.has(s.kind) && s.detail).map((s) => s.detail!)]),
    ...p.activities.flatMap((a) => [
      a.purpose,
      ...(a.retention.kind === 'text' ? [a.retention.text] : []),
      ...(a.requirement !== 'optional' && a.consequence ? [a.consequence] : []),
      ...(showsBases
        ? a.legalBases.flatMap((b) => [
            ...(b.basis === 'legitimate-interests' && b.interest ? [b.interest] : []),
            ...(b.basis === 'legal-obligation' && b.obligation ? [b.obligation] : []),
          ])
        : []),
    ]),
    ...p.recipients.flatMap((r) => [r.name, r.activity, ...(r.role === 'joint-controller' && r.jointArrangement ? [r.jointArrangement] : [])]),
    ...p.cookies.flatMap((k) => [k.name, k.provider, k.purpose, k.duration]),
    ...p.changeLog.map((e) => e.summary),
    ...p.security.measures,
  ];
  return texts.map((s) => collapse(s as string));
}

const clausesOf = (policy: PolicyPlan) => new Map(policy.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.facts] as const)));
const namesIn = (facts: Record<string, unknown> | undefined): string[] =>
  ((facts?.recipients as { name: string }[] | undefined) ?? []).map((r) => r.name).sort();

/** Statements the plan may make only when the facts hold them. */
function falseStatements(project: Project, policy: PolicyPlan = plan(project)): string[] {
  const problems: string[] = [];
  const clauses = clausesOf(policy);
  const sections = new Set(policy.sections.map((s) => s.id));
  const has = (j: string) => project.jurisdictions.includes(j as Project['jurisdictions'][number]);
  const processors = project.recipients.filter((r) => PROCESSOR_ROLES.includes(r.role)).map((r) => r.name).sort();
  const controllers = project.recipients.filter((r) => r.role === 'independent-controller').map((r) => r.name).sort();

  // No processor sentence about a controller, and no controller sentence about a processor.
  if (clauses.has('sharing.processors') !== processors.length > 0) problems.push('sharing.processors without processors, or processors unlisted');
  if (JSON.stringify(namesIn(clauses.get('sharing.processors'))) !== JSON.stringify(processors)) problems.push('sharing.processors lists a recipient that is not a processor');
  if (JSON.stringify(namesIn(clauses.get('sharing.controllers'))) !== JSON.stringify(controllers)) problems.push('sharing.controllers lists a recipient that is not an independent controller');

  // No transfer sentence without a transfer.
  const laws = selectedTransferLaws(project.jurisdictions);
  const countries = [
    ...project.recipients.flatMap((r) => [...r.storedIn, ...r.accessedFrom]),
    ...(project.company.dataLocations.length > 0 ? project.company.dataLocations : [project.company.address.country]),
  ];
  const anyTransfer = laws.some((law) => countries.some((c) => isThirdCountryFor(law, c)));
  if (sections.has('transfers') && !anyTransfer) problems.push('a transfers section without any transfer');
  if (!sections.has('transfers') && laws.length > 0 && project.recipients.some((r) => laws.some((law) => [...r.storedIn, ...r.accessedFrom].some((c) => isThirdCountryFor(law, c))))) {
    problems.push('a transfer left unstated');
  }

  // No right the selected laws do not give.
  if (clauses.has('rights.gdpr') && !has('EU') && !has('UK')) problems.push('GDPR rights without the GDPR or the UK GDPR');
  if (clauses.has('rights.complaint') && !['EU', 'UK', 'BR', 'CA', 'AU'].some(has)) problems.push('a complaint right no selected law gives');
  if (sections.has('california') && !has('US-CA')) problems.push('a California section without the CCPA');
  if (clauses.has('california.sale') && !project.activities.some((a) => a.sells || a.sharesForAdvertising)) problems.push('CCPA sale or sharing that no activity does');

  // No promise the facts do not hold.
  if (clauses.has('children.coppa') && project.children.parentalConsent === undefined) problems.push('verifiable parental consent claimed without a process');
  return problems;
}

describe('any valid v2 project', () => {
  it('renders in every language and states every entered string, escaped, in every format', () => {
    fc.assert(
      fc.property(arbitraryProject, (input: ProjectInput) => {
        const project = projectSchema.parse(input);
        for (const lang of project.languages) {
          const { document, context } = generatePolicy(project, lang, nodeEnv);
          const text = flatText(document);
          const html = exportStandaloneHtml(document, context).replace(/\s+/g, ' ');
          const fragment = exportHtmlFragment(document, context).replace(/\s+/g, ' ');
          const md = exportMarkdown(document, context).replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
          for (const s of enteredStrings(project)) {
            expect(text).toContain(s);
            expect(html).toContain(escapeHtml(s));
            expect(fragment).toContain(escapeHtml(s));
            expect(md).toContain(s);
          }
          expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
        }
      }),
      { numRuns: 50 },
    );
    // 50 projects × every language × four formats: generous on a loaded 2-core machine.
  }, 90_000);

  it('states no fact the project lacks: processors, controllers, transfers, rights, sale, parental consent', () => {
    fc.assert(
      fc.property(arbitraryProject, (input: ProjectInput) => {
        expect(falseStatements(projectSchema.parse(input))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the check itself catches a false statement: a controller moved into the processors clause', () => {
    const project = projectSchema.parse({
      ...fc.sample(arbitraryProject, { numRuns: 1, seed: 7 })[0],
      recipients: [{ id: 'r0', name: 'Carrier Ltd', role: 'independent-controller', activity: 'Delivery', storedIn: ['SE'] }],
      activities: [{ id: 'a0', purpose: 'Delivery', categories: ['c0'], legalBases: [{ basis: 'contract' }], retention: { kind: 'text', text: '1 year' } }],
    });
    expect(falseStatements(project)).toEqual([]);
    // Planned from facts that call the carrier a processor, then judged against the true facts: the check must object.
    const lying: Project = { ...project, recipients: project.recipients.map((r) => ({ ...r, role: 'processor' as const })) };
    expect(falseStatements(project, plan(lying))).toEqual(expect.arrayContaining([expect.stringContaining('sharing.processors')]));
  });
});
