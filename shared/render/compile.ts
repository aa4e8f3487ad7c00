import type Handlebars from 'handlebars';

/**
 * A template's syntax tree without source locations, for compiling. Handlebars
 * writes each helper call's location into the compiled code as three object
 * literals, built again at every call: on a large policy a tenth of the
 * pipeline's allocation, for a location only error messages could use. Parse
 * errors still name their line, since parsing reads the source as written.
 * Both the engine and the CLI build's precompiler compile this tree, so both
 * give the same code and the same output.
 */
export function templateTree(hbs: typeof Handlebars, source: string): ReturnType<typeof Handlebars.parseWithoutProcessing> | string {
  // The renderer's runtime-only Handlebars cannot parse: it is given the source, which it finds precompiled from this tree.
  if (typeof (hbs as Partial<typeof Handlebars>).parseWithoutProcessing !== 'function') return source;
  const tree = hbs.parseWithoutProcessing(source);
  dropLocations(tree);
  return tree;
}

/** Removes `loc` from every node of the tree (nodes are plain objects and arrays). */
function dropLocations(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) dropLocations(item);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  delete node.loc;
  for (const key of Object.keys(node)) dropLocations(node[key]);
}

/** The part of Handlebars' code generator that `leanCompiler` changes (not in Handlebars' types). */
interface CodeGenerator {
  trackIds?: boolean;
  stringParams?: boolean;
  emptyHash(omitEmpty?: boolean): void;
  pushStackLiteral(code: string): void;
  nameLookup(parent: string, name: string, type?: string): unknown;
  quotedString(text: string): string;
  programExpression(guid: number): string;
  environment: { children: { index: number; blockParams: number }[] };
  useDepths?: boolean;
  useBlockParams?: boolean;
}
type CodeGeneratorClass = { new (): CodeGenerator; prototype: CodeGenerator & { compiler: unknown } };

/**
 * Makes `hbs` compile helper calls more cheaply, with the same output:
 * - a call without a hash (`{{enum "x" y}}`, `{{#if a}}`, nearly every call)
 *   shares one empty, sealed hash, Handlebars' own `container.nullContext`,
 *   instead of a fresh `{}` at each of the thousands of calls in a large
 *   policy (helpers only read `options.hash`);
 * - a helper is read straight from the helpers object, not through
 *   `lookupProperty`. Templates compile knowing every helper and calling no
 *   other (`TEMPLATE_OPTIONS`), and the helpers object Handlebars hands a
 *   template is always one it made of own properties, so the lookup finds
 *   the same helper; on the large policy, 12% fewer instructions to render;
 * - a block (`{{#if}}`, `{{#each}}`) called without @data takes the wrapper of
 *   its program that Handlebars made at the first such call and keeps in
 *   `container.programs`, which `container.program` would hand back too, but
 *   only after building a key string and looking the program up by it.
 * Extends the code generator the way Handlebars documents (`Handlebars.JavaScriptCompiler`).
 */
export function leanCompiler(hbs: typeof Handlebars): typeof Handlebars {
  const env = hbs as unknown as { JavaScriptCompiler?: CodeGeneratorClass };
  // The renderer's Handlebars is the runtime alone (renderer/handlebars-precompiled.ts): its templates were compiled at build time, by this compiler.
  if (!env.JavaScriptCompiler) return hbs;
  const Base = env.JavaScriptCompiler;
  function Lean(this: CodeGenerator): void {
    Base.call(this);
  }
  Lean.prototype = Object.create(Base.prototype) as CodeGenerator & { compiler: unknown };
  Lean.prototype.compiler = Lean;
  Lean.prototype.nameLookup = function (this: CodeGenerator, parent: string, name: string, type?: string): unknown {
    if (type === 'helper' && parent === 'helpers') return [parent, '[', this.quotedString(name), ']'];
    return Base.prototype.nameLookup.call(this, parent, name, type);
  };
  Lean.prototype.programExpression = function (this: CodeGenerator, guid: number): string {
    const expression = Base.prototype.programExpression.call(this, guid);
    const child = this.environment.children[guid]!;
    if (this.useDepths || this.useBlockParams || child.blockParams) return expression;
    return `(!data && container.programs[${child.index}] || ${expression})`;
  };
  Lean.prototype.emptyHash = function (this: CodeGenerator, omitEmpty?: boolean): void {
    if (omitEmpty || this.trackIds || this.stringParams) return Base.prototype.emptyHash.call(this, omitEmpty);
    this.pushStackLiteral('container.nullContext');
  };
  env.JavaScriptCompiler = Lean as unknown as CodeGeneratorClass;
  return hbs;
}

/** The probe partial call the engine catches Handlebars' partial set-up with (`sharedSetup` in engine.ts); the renderer build precompiles it too. */
export const SETUP_PROBE = '{{> setup}}';
