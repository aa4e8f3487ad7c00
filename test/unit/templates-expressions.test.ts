/**
 * Every language states the same facts under the same conditions: each
 * expression an English template uses (a fact, a helper, an {{#if}} or
 * {{else if}} condition) appears in that template in every language. A
 * language may add expressions of its own for grammar (singular/plural).
 */
import { describe, expect, it } from 'vitest';
import { folders } from '../fixtures/template-folders.ts';

/** The first word of every mustache: `{{#if allStated}}` → "allStated", `{{text name}}` → "text". */
function expressions(template: string): Set<string> {
  return new Set([...template.matchAll(/\{\{(?:else if |[#/^>])?\s*([\w.@/]+)/g)].map((m) => m[1]!));
}

describe('template expressions in every language', () => {
  const en = folders.find((f) => f.lang === 'en')!;
  for (const folder of folders.filter((f) => f.lang !== 'en')) {
    it(`${folder.lang} uses every expression English uses`, () => {
      const missing: string[] = [];
      for (const kind of ['clauses', 'partials'] as const) {
        for (const [id, template] of en[kind]) {
          const own = folder[kind].get(id);
          if (own === undefined) continue; // the parity test reports a missing file
          const theirs = expressions(own);
          for (const e of expressions(template)) if (!theirs.has(e)) missing.push(`${kind}/${id}: {{${e}}}`);
        }
      }
      expect(missing, 'facts or conditions English states that this language drops').toEqual([]);
    });
  }
});
