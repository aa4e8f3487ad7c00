import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportHtmlFragment, exportStandaloneHtml } from '../../shared/export/html.ts';
import { exportMarkdown } from '../../shared/export/markdown.ts';
import { COOKIE_CATEGORIES, DATA_SOURCES, JURISDICTIONS, LEGAL_BASES, SAFEGUARDS, projectSchema, type ProjectInput } from '../../shared/model/schema.ts';
import { DOCUMENT_LANGUAGES } from '../../shared/model/languages.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { escapeHtml } from '../../shared/render/escape.ts';
import { collapse, flatText } from '../fixtures/document-text.ts';

/** Text a user might type, rich in characters that mean something to HTML, Handlebars and Markdown. */
const CHARS = [...'abcXYZ019 äöÅé中', '<', '>', '&', '"', "'", '{', '}', '*', '_', '[', ']', '|', '#', '\\', '`', '\n', '-', '.', '!', '(', ')'];
const userText = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 })
  .map((cs) => cs.join(''))
  .filter((s) => collapse(s).length > 0);

const countries = fc.constantFrom('SE', 'NO', 'DE', 'FR', 'US', 'GB', 'CH', 'BR', 'IN', 'JP');
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const projectInput: fc.Arbitrary<ProjectInput> = fc.record({
  schemaVersion: fc.constant(1 as const),
  company: fc.record({
    legalName: userText,
    tradingName: fc.option(userText, { nil: undefined }),
    address: fc.record({ street: userText, postalCode: userText, city: userText, country: countries }),
    email: fc.constant('privacy@example.com'),
  }),
  languages: fc.subarray([...DOCUMENT_LANGUAGES], { minLength: 1 }),
  jurisdictions: fc.subarray([...JURISDICTIONS], { minLength: 1 }),
  effectiveDate: isoDate,
  dataCategories: fc.array(
    fc.record({
      name: userText,
      examples: fc.array(userText, { maxLength: 3 }),
      source: fc.constantFrom(...DATA_SOURCES),
      purposes: fc.array(userText, { minLength: 1, maxLength: 3 }),
      legalBasis: fc.constantFrom(...LEGAL_BASES),
      retention: userText,
      sensitive: fc.boolean(),
      required: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  processors: fc.array(fc.record({ name: userText, activity: userText, country: countries, safeguard: fc.constantFrom(...SAFEGUARDS) }), { maxLength: 4 }),
  cookies: fc.array(
    fc.record({ name: userText, provider: userText, category: fc.constantFrom(...COOKIE_CATEGORIES), purpose: userText, duration: userText, party: fc.constantFrom('first' as const, 'third' as const) }),
    { maxLength: 4 },
  ),
  changeLog: fc.array(fc.record({ date: isoDate, summary: userText }), { maxLength: 3 }),
  security: fc.record({ measures: fc.array(userText, { maxLength: 3 }) }),
});

/** Every string the user entered that the policy must state. */
function enteredStrings(input: ProjectInput): string[] {
  const c = input.company!;
  return [
    c.legalName,
    c.address.street,
    c.address.postalCode,
    c.address.city,
    ...(c.tradingName ? [c.tradingName] : []),
    ...input.dataCategories!.flatMap((d) => [d.name, ...(d.examples ?? []), ...d.purposes, d.retention]),
    ...(input.processors ?? []).flatMap((p) => [p.name, p.activity]),
    ...(input.cookies ?? []).flatMap((k) => [k.name, k.provider, k.purpose, k.duration]),
    ...(input.changeLog ?? []).map((e) => e.summary),
    ...(input.security?.measures ?? []),
  ].map((s) => collapse(s as string));
}

describe('any valid project', () => {
  it('renders in every language without throwing, and states every entered string, escaped, in every format', () => {
    fc.assert(
      fc.property(projectInput, (input) => {
        const project = projectSchema.parse(input);
        for (const lang of project.languages) {
          const { document, context } = generatePolicy(project, lang, nodeEnv);
          const text = flatText(document);
          const html = exportStandaloneHtml(document, context).replace(/\s+/g, ' ');
          const fragment = exportHtmlFragment(document, context).replace(/\s+/g, ' ');
          const md = exportMarkdown(document, context).replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
          for (const s of enteredStrings(input)) {
            expect(text).toContain(s);
            expect(html).toContain(escapeHtml(s));
            expect(fragment).toContain(escapeHtml(s));
            expect(md).toContain(s);
          }
          expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
        }
      }),
      { numRuns: 60 },
    );
    // 60 projects × every language × four formats: generous on a loaded 2-core machine.
  }, 60_000);
});
