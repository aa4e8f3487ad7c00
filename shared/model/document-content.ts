import { Fragment, type Mark, type Node as PmNode, type NodeType } from '@tiptap/pm/model';
import { policySchema } from '../document/extensions.ts';
import { formatPath, type ProjectError } from './errors.ts';

/**
 * The editor's content stored in a project (`overrides[].content`,
 * `customSections[].content`) checked against the document schema the
 * editor and every exporter share (`shared/document/extensions.ts`): a file
 * may only hold what the exporters can write, so a hand-edited or hostile
 * file is refused at load with the path of the bad node, not halfway
 * through an export.
 */

/** Nodes nested deeper than this are refused: the editor's lists never come close, and exporters recurse once per level. */
export const MAX_DOCUMENT_DEPTH = 32;

/** Attributes an exporter cannot do without (a heading's level); the others have defaults every exporter shares. */
const REQUIRED_ATTRS: Readonly<Record<string, readonly string[]>> = { heading: ['level'] };

/** Attribute values the exporters read, bounded so none of them can ask for a huge table or a nonsensical number. */
const ATTR_RULES: Readonly<Record<string, Readonly<Record<string, (value: unknown) => string | null>>>> = {
  heading: { level: (v) => (v === 1 || v === 2 || v === 3 ? null : 'expected a heading level of 1, 2 or 3') },
  orderedList: { start: (v) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000 ? null : 'expected the first number of the list, a whole number from 0 to 100000') },
  tableCell: cellRules(),
  tableHeader: cellRules(),
};

function cellRules(): Record<string, (value: unknown) => string | null> {
  const span = (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50 ? null : 'expected a whole number of cells from 1 to 50');
  return {
    colspan: span,
    rowspan: span,
    colwidth: (v) => (v === null || (Array.isArray(v) && v.length <= 50 && v.every((w) => typeof w === 'number' && w >= 0 && w <= 10_000)) ? null : 'expected null or a list of column widths in pixels'),
  };
}

const MARK_ATTR_RULES: Readonly<Record<string, Readonly<Record<string, (value: unknown) => string | null>>>> = {
  link: { href: (v) => (typeof v === 'string' && v.length <= 2048 ? null : 'expected the link address as a text') },
};

type Built = { ok: true; node: PmNode } | { ok: false };

interface Walk {
  errors: ProjectError[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function fail(walk: Walk, path: readonly PropertyKey[], message: string): Built {
  walk.errors.push({ path: formatPath(path), message });
  return { ok: false };
}

function checkAttrs(
  walk: Walk,
  path: readonly PropertyKey[],
  rules: Readonly<Record<string, (value: unknown) => string | null>> | undefined,
  attrs: unknown,
  required: readonly string[] = [],
): boolean {
  if (attrs === undefined) attrs = {};
  if (!isRecord(attrs)) {
    fail(walk, [...path, 'attrs'], 'expected the attributes as an object');
    return false;
  }
  let ok = true;
  for (const [name, rule] of Object.entries(rules ?? {})) {
    if (!(name in attrs) && !required.includes(name)) continue;
    const problem = rule(attrs[name]);
    if (problem) {
      fail(walk, [...path, 'attrs', name], problem);
      ok = false;
    }
  }
  return ok;
}

/** A node's marks; which are allowed is up to the node holding it (a paragraph allows them on its text, a heading too). */
function buildMarks(walk: Walk, path: readonly PropertyKey[], type: NodeType, parent: NodeType | null, raw: unknown): Mark[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    fail(walk, [...path, 'marks'], 'expected a list of marks');
    return null;
  }
  const schema = policySchema();
  const marks: Mark[] = [];
  for (const [i, mark] of raw.entries()) {
    const at = [...path, 'marks', i];
    if (!isRecord(mark) || typeof mark.type !== 'string') return (fail(walk, at, 'expected a mark like {"type": "bold"}'), null);
    const markType = schema.marks[mark.type];
    if (!markType) return (fail(walk, [...at, 'type'], `expected a mark the exporters can write: one of ${Object.keys(schema.marks).join(', ')}`), null);
    if (!parent || !parent.allowsMarkType(markType)) return (fail(walk, at, `a "${mark.type}" mark is not allowed on a "${type.name}" in ${parent ? `a "${parent.name}"` : 'this place'}`), null);
    if (!checkAttrs(walk, at, MARK_ATTR_RULES[mark.type], mark.attrs)) return null;
    marks.push(markType.create(isRecord(mark.attrs) ? mark.attrs : null));
  }
  return marks;
}

/** Builds one node and its children, reporting the first problem under it with its path. */
function buildNode(walk: Walk, raw: unknown, path: readonly PropertyKey[], depth: number, parent: NodeType | null): Built {
  const schema = policySchema();
  if (depth > MAX_DOCUMENT_DEPTH) return fail(walk, path, `expected at most ${MAX_DOCUMENT_DEPTH} levels of nested lists, tables and quotes`);
  if (!isRecord(raw)) return fail(walk, path, 'expected a document node like {"type": "paragraph", "content": [...]}');
  const typeName = raw.type;
  const type = typeof typeName === 'string' && typeName !== 'doc' ? schema.nodes[typeName] : undefined;
  if (!type) {
    const known = Object.keys(schema.nodes).filter((n) => n !== 'doc');
    return fail(walk, [...path, 'type'], `expected a node type the exporters can write: one of ${known.join(', ')}`);
  }
  if (!checkAttrs(walk, path, ATTR_RULES[type.name], raw.attrs, REQUIRED_ATTRS[type.name])) return { ok: false };
  const marks = buildMarks(walk, path, type, parent, raw.marks);
  if (!marks) return { ok: false };
  if (type.name === 'text') {
    if (typeof raw.text !== 'string' || raw.text === '') return fail(walk, [...path, 'text'], 'expected the text of a text node (not empty)');
    return { ok: true, node: schema.text(raw.text, marks) };
  }
  if (raw.content !== undefined && !Array.isArray(raw.content)) return fail(walk, [...path, 'content'], 'expected the content as a list of nodes');
  const children: PmNode[] = [];
  for (const [i, child] of ((raw.content as unknown[] | undefined) ?? []).entries()) {
    const built = buildNode(walk, child, [...path, 'content', i], depth + 1, type);
    if (!built.ok) return built;
    children.push(built.node);
  }
  const fragment = Fragment.from(children);
  if (!type.validContent(fragment)) {
    const inside = children.map((c) => c.type.name).join(', ') || 'nothing';
    return fail(walk, path, `a "${type.name}" cannot hold ${inside}: it holds ${describeContent(type)}`);
  }
  try {
    return { ok: true, node: type.create(isRecord(raw.attrs) ? raw.attrs : null, fragment, marks) };
  } catch (error) {
    return fail(walk, path, `expected a valid "${type.name}" node: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** A node type's content expression in words (`listItem+` → "one or more listItem"). */
function describeContent(type: NodeType): string {
  const expr = type.spec.content ?? '';
  if (expr === '') return 'no content';
  const quantified = (quantifier: string, what: string): string => (quantifier === '+' ? `one or more ${what}` : quantifier === '*' ? `any number of ${what}` : what);
  // Groups first, with their quantifier: "(tableCell | tableHeader)*" → "any number of tableCell or tableHeader".
  return expr
    .split(/\s+(?![^(]*\))/)
    .map((part) => {
      const group = /^\(([^)]*)\)([+*]?)$/.exec(part);
      if (group) return quantified(group[2] ?? '', (group[1] ?? '').split(/\s*\|\s*/).join(' or '));
      const single = /^(\S+?)([+*]?)$/.exec(part);
      return single ? quantified(single[2] ?? '', single[1] ?? part) : part;
    })
    .join(', then ');
}

/**
 * Problems in stored section content (a `policySection` node, or one block
 * node), each with its full path from `basePath`; empty when every exporter
 * can write it.
 */
export function documentContentErrors(content: unknown, basePath: readonly PropertyKey[]): ProjectError[] {
  const walk: Walk = { errors: [] };
  const schema = policySchema();
  if (isRecord(content) && content.type !== 'policySection') {
    const built = buildNode(walk, content, basePath, 1, schema.nodes.policySection ?? null);
    if (built.ok && !built.node.type.isInGroup('block')) {
      fail(walk, basePath, `expected a section or a block (paragraph, heading, list, table, quote), got a "${built.node.type.name}"`);
    }
    return walk.errors;
  }
  buildNode(walk, content, basePath, 0, null);
  return walk.errors;
}
