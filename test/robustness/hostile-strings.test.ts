/**
 * Hostile strings (issue "Trust nothing", Must show): each payload in every
 * free text of a project (every string the schema accepts it in: the
 * translatable fields, names, addresses, phone numbers; web addresses get it
 * in their query) through every format. What must hold: Word's parts are
 * well-formed XML; HTML, the fragment and the Markdown (rendered by
 * markdown-it with linkify and by marked) hold no active element, no `on*`
 * attribute and no `javascript:` or `data:` link, and have the same
 * structure as the same project with plain texts; and each payload's
 * visible text is there, in each field it was typed in.
 *
 * `npm test` runs English with 300-character long words; `npm run
 * robustness:hostile` (ROBUSTNESS_FULL=1) runs all twelve languages with
 * 5,000-character words.
 */
import JSZip from 'jszip';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export/docx/export-docx.ts';
import { exportHtmlFragment, exportStandaloneHtml } from '../../shared/export/html.ts';
import { exportMarkdown } from '../../shared/export/markdown.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/model/languages.ts';
import { projectSchema, type ProjectInput } from '../../shared/model/schema.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { translatableFields } from '../../shared/translations/fields.ts';
import { parseXml, type XmlNode } from '../../shared/translations/xml.ts';
import { baseProjectInput } from '../fixtures/project-builder.ts';
import { parseHtmlInNode } from '../fixtures/reference-html-parser.ts';
import { activeContent, renderMarkdown, visibleText } from '../fixtures/rendered-output.ts';

const FULL = Boolean(process.env.ROBUSTNESS_FULL);
const LANGUAGES: readonly DocumentLanguage[] = FULL ? DOCUMENT_LANGUAGES : ['en'];
const LONG = FULL ? 5_000 : 300;

const PAYLOADS: readonly (readonly [string, string])[] = [
  ['script tag', '<script>alert(1)</script>'],
  ['event handler', '<img src=x onerror=alert(1)><svg onload=alert(1)>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['Markdown link', '[click](javascript:alert(1)) ![x](https://evil.example/p.png)'],
  ['link breakout', 'https://ok.example/](javascript:alert(1))'],
  ['Markdown blocks', 'x\n===\n---\n# heading\n- item\n> quote\n    code'],
  ['Markdown inline', '**bold** _em_ `code` ~~strike~~ <https://evil.example>'],
  ['table syntax', '| a | b |\n| --- | --- |\n| c | d |'],
  ['Handlebars', '{{company.email}} {{{raw}}} {{#each x}}{{/each}} {{> partial}}'],
  ['XML', ']]> <![CDATA[x]]> <?xml version="1.0"?> &amp; &#0; &lt;'],
  ['quotes', `"double" 'single' \`back\` “curly” ‘curly’`],
  ['bidi controls', 'abc\u202Eevil\u202C \u2066isolated\u2069 \u200Fmark'],
  ['zero-width', 'zero\u200Bwidth\u200Djoiner\u2060word\uFEFF'],
  ['long word', 'A'.repeat(LONG)],
  ['emoji and astral', '😀 👩‍👩‍👧 🏳️‍🌈 𝕏 𠜎 \u{1F600}'],
  ['combining marks', 'Z\u0351\u036B\u0343\u036A\u0302A\u0334\u0335L\u0360G\u0334O\u0335 e\u0301'],
  ['right-to-left', 'مرحبا بالعالم שלום עולם'],
  ['backslashes and entities', '\\ \\\\ \\* &nbsp; &#x3C;script&#x3E; %3Cscript%3E'],
];

/** The base project with every optional text filled in, a web address in each place one fits, and each request channel. */
function richInput(): ProjectInput {
  const base = baseProjectInput();
  const person = { name: 'Rep Person', email: 'rep@nordlys.example', phone: '+49 30 1234', address: { street: 'Repstr. 1', postalCode: '10115', city: 'Berlin', region: 'Berlin', country: 'DE' } };
  return {
    ...base,
    jurisdictions: ['EU', 'UK', 'US-CA'],
    company: {
      ...base.company!,
      dpo: { ...person, name: 'Karin Lind' },
      representatives: { uk: { ...person, address: { ...person.address, country: 'GB', city: 'London' } } },
      requestChannels: [
        { kind: 'email', email: 'privacy@nordlys.example' },
        { kind: 'web-form', url: 'https://nordlys.example/privacy-request' },
        { kind: 'phone', phone: '+46 8 123 456 78', tollFree: false },
        { kind: 'post' },
        { kind: 'in-app', where: 'Settings › Privacy' },
      ],
    },
    dataCategories: [
      ...base.dataCategories!,
      { id: 'leads', name: 'Business contacts', examples: ['job title'], sources: [{ kind: 'third-party', detail: 'Lead lists from Cognism' }], special: 'criminal-offences' },
    ],
    activities: [
      ...base.activities!,
      {
        id: 'books',
        purpose: 'Bookkeeping',
        categories: ['leads'],
        legalBases: [{ basis: 'legal-obligation', obligation: 'the Bookkeeping Act', criminalAuthority: 'the Background Checks Act', specialCondition: 'legal-claims' }],
        requirement: 'statutory',
        consequence: 'We cannot invoice you',
        retention: { kind: 'text', text: 'Seven years' },
        recipients: ['partner', 'auditor'],
      },
    ],
    recipients: [
      ...base.recipients!,
      { id: 'partner', name: 'Partner AB', role: 'joint-controller', activity: 'Co-hosting events', storedIn: ['SE'], jointArrangement: 'Partner answers your requests', url: 'https://partner.example' },
      { id: 'auditor', name: 'Audit GmbH', role: 'independent-controller', activity: 'Auditing our books', storedIn: ['DE'], privacyPolicyUrl: 'https://audit.example/privacy' },
    ],
    children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'A parent confirms by email' },
    automatedDecisions: { used: true, description: 'We score fraud risk automatically' },
    // A section written in the editor: its texts reach the exporters without passing through a template.
    customSections: [{ id: 'custom-notes', afterSectionId: 'intro', language: 'en', content: customContent() }],
  };
}

function customContent(): Record<string, unknown> {
  const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
  const para = (...content: unknown[]) => ({ type: 'paragraph', content });
  const cell = (type: string, t: string) => ({ type, content: [para(text(t))] });
  return {
    type: 'policySection',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Our own notes')] },
      para(text('A note'), { type: 'hardBreak' }, text('after a break'), text(' and a link', [{ type: 'link', attrs: { href: 'https://nordlys.example/notes' } }]), text('bold', [{ type: 'bold' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('A listed note'))] }] },
      { type: 'blockquote', content: [para(text('A quoted note'))] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Note head')] }, { type: 'tableRow', content: [cell('tableCell', 'Note cell')] }] },
    ],
  };
}

type Path = (string | number)[];
type Kind = 'text' | 'url';
interface Leaf {
  path: Path;
  kind: Kind;
  original: string;
}

/** References to other parts of the project and a section's node and mark types: not text anyone reads. */
const REFERENCES = new Set(['afterSectionId', 'sectionId', 'basedOnHash', 'type']);

/** Every string in `value` with its path: the places a user can type something. */
function stringLeaves(value: unknown, path: Path = []): Leaf[] {
  if (REFERENCES.has(String(path.at(-1)))) return [];
  if (typeof value === 'string') return [{ path, kind: /^https?:\/\//.test(value) ? 'url' : 'text', original: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function setAt(input: ProjectInput, path: Path, value: string): ProjectInput {
  const copy = structuredClone(input) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy as unknown as ProjectInput;
}

const accepts = (input: ProjectInput): boolean => projectSchema.safeParse(input).success;
const key = (path: Path): string => path.join('.');
/** A marker after the payload in each text field, so that each field's text can be found in each output. */
const tag = (i: number): string => `⟦${i}⟧`;
/** The value a leaf gets: text fields the payload and their tag; web addresses the payload, percent-encoded, in their query. */
const valueFor = (leaf: Leaf, i: number, text: string): string => (leaf.kind === 'url' ? `${leaf.original}?q=${encodeURIComponent(text)}` : `${text} ${tag(i)}`);

const INPUT = richInput();
const LEAVES = stringLeaves(INPUT);
/** What the reader should see of a text: whitespace collapsed, as HTML shows it (zod trims each text). */
const shown = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The fields of `INPUT` that accept `payload`, and the project with the payload in all of them. */
function hostileProject(payload: string): { input: ProjectInput; texts: number[]; urls: number[]; refused: string[] } {
  const texts: number[] = [];
  const urls: number[] = [];
  const refused: string[] = [];
  let input = INPUT;
  LEAVES.forEach((leaf, i) => {
    const candidate = setAt(input, leaf.path, valueFor(leaf, i, payload));
    if (accepts(candidate)) {
      input = candidate;
      (leaf.kind === 'url' ? urls : texts).push(i);
    } else refused.push(key(leaf.path));
  });
  return { input, texts, urls, refused };
}

/** The same fields holding plain text: the structure every hostile project's output must keep. */
function plainProject(texts: number[], urls: number[]): ProjectInput {
  let input = INPUT;
  for (const i of texts) input = setAt(input, LEAVES[i]!.path, valueFor(LEAVES[i]!, i, 'Plain text'));
  for (const i of urls) input = setAt(input, LEAVES[i]!.path, valueFor(LEAVES[i]!, i, 'plain'));
  return input;
}

/** How many of each element the page has, links and line breaks aside (linkify may link a bare address in text; both are inline). */
function structure(root: HTMLElement): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const name = el.tagName.toLowerCase();
    if (name !== 'a' && name !== 'br') counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableComputedStyleRendering: true } });
afterAll(() => window.happyDOM.close());

/** A standalone page parsed as a whole document: its head may hold only the page's own meta, title and style. */
function standaloneProblems(html: string): string[] {
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const problems = activeContent(doc.body as unknown as HTMLElement);
  for (const el of Array.from(doc.head.children)) if (!['meta', 'title', 'style'].includes(el.tagName.toLowerCase())) problems.push(`<${el.tagName.toLowerCase()}> in head`);
  for (const el of Array.from(doc.querySelectorAll('*'))) for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) problems.push(`${el.tagName} ${attr.name}`);
  if (doc.querySelectorAll('head style').length !== 1) problems.push('not exactly one style element');
  return problems;
}

/** The text of a Word XML part: runs' text, a space for each tab, break and paragraph end. */
function wordText(node: XmlNode): string {
  if (typeof node === 'string') return '';
  if (node.name === 't') return node.children.filter((c): c is string => typeof c === 'string').join('');
  if (node.name === 'tab' || node.name === 'br' || node.name === 'cr') return ' ';
  const inner = node.children.map(wordText).join('');
  return node.name === 'p' ? `${inner} ` : inner;
}

interface Outputs {
  standalone: string;
  fragment: string;
  markdown: string;
  docx: JSZip;
}

async function exportAll(input: ProjectInput, lang: DocumentLanguage): Promise<Outputs> {
  const project = projectSchema.parse({ ...input, languages: [lang], customSections: input.customSections?.map((c) => ({ ...c, language: lang })) });
  const { document, context } = generatePolicy(project, lang, nodeEnv);
  return {
    standalone: exportStandaloneHtml(document, context),
    fragment: exportHtmlFragment(document, context),
    markdown: exportMarkdown(document, context),
    docx: await JSZip.loadAsync(await exportDocx(document, context)),
  };
}

const counts = { payloads: 0, languages: LANGUAGES.length, 'text fields filled': 0, 'web addresses filled': 0, 'strings refusing it (ids, codes, dates, emails)': 0, outputs: 0, 'XML parts parsed': 0, 'text fields found in every format': 0 };
/** Fields the policy does not print (the same in every format), and fields that refused a payload: printed with the counts. */
const notPrinted = new Set<string>();
const refusedTexts = new Map<string, string[]>();
afterAll(() => console.log(`hostile strings: ${JSON.stringify(counts)}\nnot printed: ${[...notPrinted].join(', ')}\nrefused: ${JSON.stringify(Object.fromEntries(refusedTexts))}`));

describe('hostile strings in every free text, through every format', () => {
  it('every translatable field of the project is among the fields filled', () => {
    const filled = new Set(hostileProject('plain').texts.map((i) => key(LEAVES[i]!.path)));
    const translatable = translatableFields(projectSchema.parse(INPUT)).map((f) => key(f.path));
    expect(translatable.length).toBeGreaterThan(20);
    expect(translatable.filter((p) => !filled.has(p))).toEqual([]);
  });

  const plainOutputs = new Map<string, Promise<Outputs>>();

  describe.each(LANGUAGES.map((l) => [l]))('%s', (lang) => {
    it.each(PAYLOADS.map(([name, payload]) => [name, payload]))('%s', { timeout: FULL ? 600_000 : 120_000 }, async (_name, payload) => {
      const { input, texts, urls, refused } = hostileProject(payload);
      // Every free text takes each payload; the long word only where no length limit forbids it.
      if (payload !== 'A'.repeat(LONG)) expect(texts.length, 'the payload fits in every free text').toBeGreaterThan(60);
      const plainKey = `${lang}:${texts.join(',')}:${urls.join(',')}`;
      if (!plainOutputs.has(plainKey)) plainOutputs.set(plainKey, exportAll(plainProject(texts, urls), lang));
      const [out, plain] = await Promise.all([exportAll(input, lang), plainOutputs.get(plainKey)!]);
      counts.payloads += lang === LANGUAGES[0] ? 1 : 0;
      counts['text fields filled'] += texts.length;
      counts['web addresses filled'] += urls.length;
      counts['strings refusing it (ids, codes, dates, emails)'] += refused.length;
      counts.outputs += 4;

      // HTML: nothing active, the same elements as with plain texts.
      expect(standaloneProblems(out.standalone), 'standalone HTML').toEqual([]);
      const fragment = parseHtmlInNode(out.fragment);
      expect(activeContent(fragment), 'HTML fragment').toEqual([]);
      expect(structure(fragment), 'HTML fragment structure').toEqual(structure(parseHtmlInNode(plain.fragment)));

      // Markdown: the same, in both renderers.
      const plainMarkdown = renderMarkdown(plain.markdown);
      const markdown = renderMarkdown(out.markdown);
      markdown.forEach((r, i) => {
        expect(activeContent(r.root), r.renderer).toEqual([]);
        expect(structure(r.root), `${r.renderer} structure`).toEqual(structure(plainMarkdown[i]!.root));
      });

      // Word: every part well-formed, no link to anything but the web or mail.
      const parts = Object.keys(out.docx.files).filter((n) => /\.(xml|rels)$/.test(n));
      let documentText = '';
      for (const name of parts) {
        const xml = await out.docx.file(name)!.async('string');
        const root = (() => {
          try {
            return parseXml(xml);
          } catch (error) {
            throw new Error(`${name} is not well-formed: ${(error as Error).message}`, { cause: error });
          }
        })();
        counts['XML parts parsed']++;
        if (name === 'word/document.xml') documentText = wordText(root).replace(/\s+/g, ' ');
        if (name.endsWith('.rels')) for (const target of xml.match(/Target="[^"]*"/g) ?? []) expect(target, name).not.toMatch(/Target="\s*(javascript|data|vbscript|file):/i);
      }

      // The payload is shown, as typed, in each field it went into.
      const formats: [string, string][] = [
        ['HTML fragment', visibleText(fragment)],
        ...markdown.map((r): [string, string] => [`Markdown (${r.renderer})`, visibleText(r.root)]),
        ['Word', documentText],
      ];
      const expected = shown(payload);
      const inEvery = texts.filter((i) => formats.every(([, text]) => text.includes(tag(i))));
      counts['text fields found in every format'] += inEvery.length;
      for (const i of texts) if (!inEvery.includes(i)) notPrinted.add(key(LEAVES[i]!.path));
      const refusedFreeText = refused.filter((p) => LEAVES.some((l) => key(l.path) === p && /\s/.test(l.original)));
      if (refusedFreeText.length > 0) refusedTexts.set(_name, refusedFreeText);
      for (const [format, text] of formats) {
        const missing = inEvery.filter((i) => !text.includes(`${expected} ${tag(i)}`)).map((i) => key(LEAVES[i]!.path));
        expect(missing, `${format}: fields whose text is not shown as typed`).toEqual([]);
      }
      // A field missing from one format is missing from all (some facts are not printed at all, the same everywhere).
      for (const [format, text] of formats) {
        const extra = texts.filter((i) => !inEvery.includes(i) && text.includes(tag(i))).map((i) => key(LEAVES[i]!.path));
        expect(extra, `${format}: fields shown here but not in every format`).toEqual([]);
      }
      expect(inEvery.length, 'most fields are printed').toBeGreaterThan(texts.length / 2);
    });
  });
});
