import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/** Transactions carrying this meta come from the app (regeneration, customize, revert) and may touch any section. */
export const SYNC_META = 'policySync';

/** Whether positions `from`..`to` of `doc` lie inside one section the user may edit (customized or custom). */
export function isEditableRange(doc: PMNode, from: number, to: number): boolean {
  const size = doc.content.size;
  if (from < 0 || to > size) return false;
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  if ($from.depth < 1 || $to.depth < 1) return false;
  if ($from.before(1) !== $to.before(1)) return false;
  const section = $from.node(1);
  return section.type.name === 'policySection' && section.attrs.origin !== 'generated';
}

interface StepRange {
  from?: number;
  to?: number;
  pos?: number;
}

/**
 * Rejects any user transaction that changes a generated section (text, marks
 * or attributes) or the list of sections itself. Generated sections follow
 * the form; to edit one, the user customizes it first.
 */
export function allowsTransaction(tr: Transaction): boolean {
  if (!tr.docChanged || tr.getMeta(SYNC_META) === true) return true;
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const doc = tr.docs[i]!;
    let ok = true;
    step.getMap().forEach((oldStart, oldEnd) => {
      if (!isEditableRange(doc, oldStart, oldEnd)) ok = false;
    });
    // Mark and attribute steps have an empty map: check the range they name.
    const json = step.toJSON() as StepRange;
    if (typeof json.from === 'number' && !isEditableRange(doc, json.from, json.to ?? json.from)) ok = false;
    if (typeof json.pos === 'number' && !isEditableRange(doc, json.pos + 1, json.pos + 1)) ok = false;
    if (!ok) return false;
  }
  return true;
}
