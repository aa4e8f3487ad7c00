import { describe, expect, it } from 'vitest';
import { checks, type ItemResult, type LawChecklist } from '../../../shared/checks/checklist.ts';
import type { DocNode } from '../../../shared/document/types.ts';
import { lawFor } from '../../../shared/laws/index.ts';
import type { LawId } from '../../../shared/laws/types.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { projectSchema, type Project, type ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';

export type Input = ProjectInput;
export type Mutate = (p: Input) => void;

/** A validated project: `base` with each mutation applied to a copy. */
export function project(base: () => Input, ...mutations: Mutate[]): Project {
  const input = structuredClone(base());
  for (const m of mutations) m(input);
  return projectSchema.parse(input);
}

/** One law's checklist of a project's document in `lang`. */
export function lawChecklist(p: Project, law: LawId, lang: DocumentLanguage = 'en'): LawChecklist {
  const result = checks(p, generatePolicy(p, lang, nodeEnv).document, { laws: [law] });
  const found = result.laws[0];
  if (!found) throw new Error(`${law} does not apply to this project`);
  return found;
}

export function itemOf(p: Project, law: LawId, id: string, lang: DocumentLanguage = 'en'): ItemResult {
  const found = lawChecklist(p, law, lang).items.find((i) => i.id === id);
  if (!found) throw new Error(`${law} has no notice item "${id}"`);
  return found;
}

function withoutClauseNodes(node: DocNode, drop: ReadonlySet<string>): DocNode {
  if (!node.content) return node;
  return { ...node, content: node.content.filter((c) => !(c.type === 'policyClause' && drop.has(String(c.attrs?.clauseId)))).map((c) => withoutClauseNodes(c, drop)) };
}

/**
 * The project with the sections holding `clauseIds` customised in the editor
 * so that those clauses are gone (the title block, `title`, customised as it
 * is), as a user who deletes paragraphs does.
 */
export function customisedWithout(p: Project, clauseIds: readonly string[], lang: DocumentLanguage = 'en'): Project {
  const doc = generatePolicy(p, lang, nodeEnv).document;
  const drop = new Set(clauseIds);
  const overrides = doc.content
    .filter((s) => s.attrs?.sectionId === 'title' ? drop.has('title') : (s.content ?? []).some((c) => c.type === 'policyClause' && drop.has(String(c.attrs?.clauseId))))
    .map((s) => ({ sectionId: String(s.attrs!.sectionId), language: lang, basedOnHash: String(s.attrs!.generatedHash), content: withoutClauseNodes(s, drop) as unknown as Record<string, unknown> }));
  return { ...p, overrides: [...p.overrides, ...overrides] };
}

/** How one notice item is tested: facts that supply it, and (where a field can be emptied) the same facts without it. */
export interface ItemCase {
  id: string;
  /** Makes the item apply and be supplied; the base project when absent. */
  supply?: Mutate;
  /** Takes the fact away again: the item is then missing, naming `path`. */
  without?: { mutate: Mutate; path: string };
  /** Facts under which the item does not apply (the reason must say something). */
  notApplicable?: Mutate;
  /** An item no fact can supply yet (always not applicable): only `notApplicable` is tested. */
  cannotBeSupplied?: true;
  /** An item no clause states yet: always missing, with no field to fill in (a gap to close in the templates). */
  gap?: true;
}

/**
 * The tests every law module gets: one case per notice item (no item left
 * out); stated when supplied; missing with the right field when the fact is
 * taken away; missing, naming the section, when a customised section dropped
 * the clauses that state it; not applicable, with a reason, where the law
 * says "where applicable".
 */
export function describeLaw(law: LawId, base: () => Input, cases: readonly ItemCase[]): void {
  describe(`${lawFor(law).shortName} notice items`, () => {
    it('has a test case for every item, and unique item ids', () => {
      const ids = lawFor(law).noticeItems.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(cases.map((c) => c.id).sort()).toEqual([...ids].sort());
    });

    for (const c of cases) {
      const supplied = () => project(base, ...(c.supply ? [c.supply] : []));
      if (c.cannotBeSupplied) {
        it(`${c.id}: not applicable, saying why, while no field can supply it`, () => {
          const result = itemOf(project(base, c.notApplicable ?? (() => {})), law, c.id);
          expect(result).toMatchObject({ status: 'not-applicable' });
          expect(result.status === 'not-applicable' && result.why.length).toBeGreaterThan(10);
        });
        continue;
      }
      if (c.gap) {
        it(`${c.id}: missing, with no field to fill in, until a clause states it`, () => {
          const result = itemOf(supplied(), law, c.id);
          expect(result).toMatchObject({ status: 'missing', path: null });
        });
        continue;
      }
      it(`${c.id}: stated when the project supplies it`, () => {
        const result = itemOf(supplied(), law, c.id);
        expect(result, JSON.stringify(result)).toMatchObject({ status: 'stated' });
      });

      if (c.without) {
        const { mutate, path } = c.without;
        it(`${c.id}: missing without the fact, naming ${path}`, () => {
          const result = itemOf(project(base, ...(c.supply ? [c.supply] : []), mutate), law, c.id);
          expect(result).toMatchObject({ status: 'missing', path });
          expect(result.status === 'missing' && result.enter.length).toBeGreaterThan(10);
        });
      }

      it(`${c.id}: missing when a customised section dropped the clauses that state it`, () => {
        const p = supplied();
        const stated = itemOf(p, law, c.id);
        if (stated.status !== 'stated') throw new Error(`${c.id} is not stated`);
        const result = itemOf(customisedWithout(p, stated.clauses), law, c.id);
        expect(result).toMatchObject({ status: 'missing' });
        expect(result.status === 'missing' && result.removedIn, JSON.stringify(result)).toBeTruthy();
        expect(result.status === 'missing' && result.path).toMatch(/^overrides\[\d+\]$/);
      });

      if (c.notApplicable) {
        const mutate = c.notApplicable;
        it(`${c.id}: not applicable, with the reason, when the facts say so`, () => {
          const result = itemOf(project(base, mutate), law, c.id);
          expect(result).toMatchObject({ status: 'not-applicable' });
          expect(result.status === 'not-applicable' && result.why.length).toBeGreaterThan(10);
        });
      }
    }
  });
}
