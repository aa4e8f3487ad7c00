import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportDocx } from '../../shared/export/docx/index.ts';
import { exportHtmlFragment, exportStandaloneHtml } from '../../shared/export/html.ts';
import { exportMarkdown } from '../../shared/export/markdown.ts';
import { printPolicyPdf } from '../../shared/export/pdf/print-policy.ts';
import { parseProjectBytes, type ProjectError } from '../../shared/model/index.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { readRegularFile } from '../../shared/node/files/read-regular-file.ts';
import { TEMPLATES_DIR } from '../../shared/node/template-files.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { minimalPdf } from '../fixtures/minimal-pdf.ts';

/**
 * A seeded fuzz of malformed project files: valid starters broken at the
 * byte level (cut off, a stray byte, a BOM, Latin-1, a bracket removed) and
 * at the structure level (a field replaced with a hostile value, deleted,
 * misspelt; override content of random document nodes, some nested
 * thousands deep). Each file is written to disk, read the way the CLI and
 * the app read it, validated, and when it passes exported to every format.
 * What must hold: nothing throws, nothing takes over 10 s, every error is one
 * line that names a path, and no input file changes.
 */

/** mulberry32: small, fast and the same on every machine for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: Random, max: number) => Math.floor(rand() * max);

const HOSTILE_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  '',
  ' ',
  'x\ny\u0000z',
  '\u202Etxt.exe',
  '\uFFFF',
  '\uD800',
  'a'.repeat(5000),
  [],
  [[[]]],
  {},
  { en: '' },
  { xx: 'x' },
  true,
  'https://x.example/](javascript:alert(1))',
  'not-a-date',
  'ZZ',
];

const NODE_TYPES = ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'horizontalRule', 'table', 'tableRow', 'tableCell', 'tableHeader', 'text', 'hardBreak', 'policyClause', 'policySection', 'image', 'codeBlock', 'doc'];
const MARK_TYPES = ['bold', 'italic', 'strike', 'underline', 'link', 'code', 'highlight'];

/** A random document node: sometimes what the editor writes, often not. */
function randomNode(rand: Random, depth: number): unknown {
  const type = pick(rand, NODE_TYPES);
  if (type === 'text') {
    const marks = rand() < 0.3 ? [{ type: pick(rand, MARK_TYPES), attrs: rand() < 0.5 ? { href: pick(rand, ['https://ok.example', 'javascript:alert(1)', 5]) } : undefined }] : undefined;
    return { type, text: pick(rand, ['word', '', '*x*', '<b>', '\u0000', 'a\nb']), marks };
  }
  const attrs = rand() < 0.3 ? pick(rand, [{ level: pick(rand, [1, 2, 3, 0, 99, '2']) }, { start: pick(rand, [1, -5, 1e9, 'x']) }, { colspan: pick(rand, [1, 2, 1e9, 0]) }, 'attrs']) : undefined;
  const content = depth > 0 && rand() < 0.7 ? Array.from({ length: 1 + int(rand, 3) }, () => randomNode(rand, depth - 1)) : rand() < 0.1 ? 'content' : undefined;
  return { type, attrs, content };
}

/** The editor's own shape, with one piece swapped for a random node: close to valid, to reach deep into the exporters. */
function nearlyValidSection(rand: Random): unknown {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const blocks: unknown[] = [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Heading' }] },
    paragraph('Text with *stars* and [brackets]'),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('item')] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('cell')] }] }] },
  ];
  if (rand() < 0.6) blocks.splice(int(rand, blocks.length + 1), 0, randomNode(rand, 3));
  return { type: 'policySection', content: blocks };
}

/** `depth` levels of one wrapper around a paragraph, as JSON text (JSON.stringify itself would overflow on it). */
function deepNodeText(depth: number): string {
  return `${'{"type":"blockquote","content":['.repeat(depth)}{"type":"paragraph"}${']}'.repeat(depth)}`;
}

/** Every [path, value] in an object tree, to choose one to break. */
function paths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], next: unknown | typeof DELETE): void {
  let current = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (next === DELETE) {
    if (Array.isArray(current)) current.splice(Number(last), 1);
    else delete current[last];
  } else current[last] = next;
}
const DELETE = Symbol('delete');

/** One malformed file: its bytes and what was done to them (to reproduce a failure). */
export interface MalformedFile {
  bytes: Uint8Array;
  mutation: string;
}

const STARTERS = ['saas-sweden.policy', 'online-shop-us-eu.policy', 'mobile-app.policy', 'elearning-norway.policy'].map((f) => readFileSync(join(TEMPLATES_DIR, 'starters', f), 'utf8'));

/** The `index`-th file of the fuzz for `seed`: the same bytes on every run. */
export function malformedFile(seed: number, index: number): MalformedFile {
  const rand = seededRandom(seed * 100_003 + index);
  const text = pick(rand, STARTERS);
  const enc = new TextEncoder();
  const kind = int(rand, 12);
  switch (kind) {
    case 0: {
      const at = int(rand, text.length);
      return { bytes: enc.encode(text.slice(0, at)), mutation: `cut off at ${at}` };
    }
    case 1: {
      const at = int(rand, text.length);
      const ch = pick(rand, ['{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\n', 'x', '1e309']);
      return { bytes: enc.encode(text.slice(0, at) + ch + text.slice(at)), mutation: `inserted ${JSON.stringify(ch)} at ${at}` };
    }
    case 2: {
      const at = int(rand, text.length);
      const n = 1 + int(rand, 20);
      return { bytes: enc.encode(text.slice(0, at) + text.slice(at + n)), mutation: `deleted ${n} at ${at}` };
    }
    case 3: {
      const bytes = enc.encode(text);
      const at = int(rand, bytes.length);
      const bad = pick(rand, [0xff, 0xc0, 0xe9, 0x80, 0xed]);
      return { bytes: new Uint8Array([...bytes.subarray(0, at), bad, ...bytes.subarray(at)]), mutation: `byte 0x${bad.toString(16)} at ${at}` };
    }
    case 4:
      return { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)]), mutation: 'byte-order mark' };
    case 5: {
      const depth = pick(rand, [200, 5000, 20_000]);
      return { bytes: enc.encode(text.replace('"schemaVersion": 2', `"schemaVersion": ${'['.repeat(depth)}${']'.repeat(depth)}`)), mutation: `schemaVersion nested ${depth} deep` };
    }
    case 6: {
      const depth = pick(rand, [40, 200, 5000]);
      const replaced = text.replace(/"overrides": \[[^\]]*\]/, `"overrides": [{"sectionId":"intro","language":"en","basedOnHash":"x","content":${deepNodeText(depth)}}]`);
      return { bytes: enc.encode(replaced), mutation: `override content nested ${depth} deep` };
    }
    case 7: {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const lang = (raw.languages as string[])[0];
      const field = pick(rand, ['overrides', 'customSections'] as const);
      const content = rand() < 0.5 ? nearlyValidSection(rand) : randomNode(rand, 4);
      raw[field] = field === 'overrides' ? [{ sectionId: pick(rand, ['title', 'intro', 'rights', 'nope']), language: lang, basedOnHash: 'x', content }] : [{ id: 'custom-fuzz', afterSectionId: 'intro', language: lang, content }];
      return { bytes: enc.encode(JSON.stringify(raw)), mutation: `${field} content ${JSON.stringify(content).slice(0, 200)}` };
    }
    case 8: {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const all = paths(raw).filter((p) => p.length > 0);
      const path = pick(rand, all);
      setAt(raw, path, DELETE);
      return { bytes: enc.encode(JSON.stringify(raw)), mutation: `deleted ${path.join('.')}` };
    }
    case 9: {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const path = pick(rand, paths(raw).filter((p) => p.length > 0));
      const last = path[path.length - 1]!;
      const parentPath = path.slice(0, -1);
      if (typeof last === 'string') {
        setAt(raw, [...parentPath, `${last}z`], 'unknown');
        return { bytes: enc.encode(JSON.stringify(raw)), mutation: `unknown field ${[...parentPath, `${last}z`].join('.')}` };
      }
      setAt(raw, path, pick(rand, HOSTILE_VALUES));
      return { bytes: enc.encode(JSON.stringify(raw)), mutation: `replaced ${path.join('.')}` };
    }
    case 10: {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const path = pick(rand, paths(raw).filter((p) => p.length > 0));
      const value = pick(rand, HOSTILE_VALUES);
      setAt(raw, path, value);
      const json = JSON.stringify(raw);
      // Numbers JSON.stringify cannot write: put them in as text.
      const withHuge = rand() < 0.3 ? json.replace(/:(\d+)([,}])/, ':1e309$2') : json;
      return { bytes: enc.encode(withHuge), mutation: `replaced ${path.join('.')} with ${JSON.stringify(value)?.slice(0, 40)}${withHuge !== json ? ' and a number with 1e309' : ''}` };
    }
    default: {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const top = pick(rand, Object.keys(raw));
      raw[top] = pick(rand, HOSTILE_VALUES);
      return { bytes: enc.encode(JSON.stringify(raw)), mutation: `top-level ${top} replaced` };
    }
  }
}

export interface FuzzCounts {
  files: number;
  valid: number;
  invalid: number;
  crashes: number;
  slow: number;
  errorsWithoutPath: number;
  multilineErrors: number;
  modifiedInputs: number;
  /** The first few failures, each with how to reproduce it. */
  failures: string[];
}

const SLOW_MS = 10_000;
const fakePdfEngine = { print: async () => minimalPdf({ pages: 3 }) };

function badError(error: ProjectError): 'no-path' | 'multiline' | null {
  if (!error.path || error.path.trim() === '') return 'no-path';
  const line = `${error.path}: ${error.message}`;
  // eslint-disable-next-line no-control-regex -- a message must hold no control character
  if (/[\u0000-\u001F\u2028\u2029]/.test(line)) return 'multiline';
  return null;
}

/** Validates one file from disk and, when valid, exports it in its first language to every format. */
async function runOne(path: string): Promise<{ errors: ProjectError[] | null }> {
  const read = await readRegularFile(path);
  if (!read.ok) return { errors: [{ path: '(file)', message: read.reason }] };
  const parsed = parseProjectBytes(read.bytes);
  if (!parsed.ok) return { errors: parsed.errors };
  const lang = parsed.project.languages[0]!;
  const { document, context } = generatePolicy(parsed.project, lang, nodeEnv);
  exportMarkdown(document, context);
  exportStandaloneHtml(document, context);
  exportHtmlFragment(document, context);
  await exportDocx(document, context);
  await printPolicyPdf(document, context, fakePdfEngine, { producer: 'Policy Studio fuzz' });
  return { errors: null };
}

/** Runs `count` malformed files of `seed` in `folder`, counting what went wrong. */
export async function runMalformedFiles(options: { seed: number; count: number; folder: string; onProgress?: (done: number) => void }): Promise<FuzzCounts> {
  const counts: FuzzCounts = { files: 0, valid: 0, invalid: 0, crashes: 0, slow: 0, errorsWithoutPath: 0, multilineErrors: 0, modifiedInputs: 0, failures: [] };
  const note = (what: string, file: MalformedFile, index: number) => {
    if (counts.failures.length < 10) counts.failures.push(`#${index} (seed ${options.seed}, ${file.mutation}): ${what}`);
  };
  for (let index = 0; index < options.count; index++) {
    const file = malformedFile(options.seed, index);
    const path = join(options.folder, `fuzz-${index}.policy`);
    await writeFile(path, file.bytes);
    const before = createHash('sha256').update(file.bytes).digest('hex');
    const started = performance.now();
    try {
      const { errors } = await runOne(path);
      if (errors === null) counts.valid++;
      else {
        counts.invalid++;
        for (const error of errors) {
          const bad = badError(error);
          if (bad === 'no-path') {
            counts.errorsWithoutPath++;
            note(`error without a path: ${error.message.slice(0, 200)}`, file, index);
          }
          if (bad === 'multiline') {
            counts.multilineErrors++;
            note(`error not on one line: ${JSON.stringify(`${error.path}: ${error.message}`).slice(0, 200)}`, file, index);
          }
        }
      }
    } catch (error) {
      counts.crashes++;
      note(`threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`, file, index);
    }
    const elapsed = performance.now() - started;
    if (elapsed > SLOW_MS) {
      counts.slow++;
      note(`took ${Math.round(elapsed)} ms`, file, index);
    }
    const after = createHash('sha256').update(await readFile(path)).digest('hex');
    if (after !== before) {
      counts.modifiedInputs++;
      note('input file changed', file, index);
    }
    counts.files++;
    options.onProgress?.(counts.files);
  }
  return counts;
}
