import type { Editor } from '@tiptap/core';
import { stableStringify } from '../../shared/document/hash.ts';
import type { PolicyDocument } from '../../shared/document/types.ts';
import { SYNC_META } from './section-lock.ts';

/**
 * Brings the editor in line with a freshly generated document, replacing
 * only the sections that differ, so the cursor stays put while the user
 * types in a customized section and the form regenerates another one.
 * Not added to the editor's undo history: form edits have their own.
 * With `includeUserSections: false` (the change came from typing in the
 * editor), customized and custom sections keep what the editor holds.
 */
export function syncEditor(editor: Editor, next: PolicyDocument, options: { includeUserSections?: boolean } = {}): boolean {
  const includeUser = options.includeUserSections ?? true;
  const { state } = editor;
  const schema = state.schema;
  const current = state.doc;
  const tr = state.tr;
  const sameShape =
    current.childCount === next.content.length &&
    next.content.every((section, i) => current.child(i).attrs.sectionId === section.attrs?.sectionId);
  if (!sameShape) {
    const doc = schema.nodeFromJSON({ type: 'doc', content: next.content });
    tr.replaceWith(0, current.content.size, doc.content);
  } else {
    const positions: number[] = [];
    let pos = 0;
    current.forEach((child) => {
      positions.push(pos);
      pos += child.nodeSize;
    });
    for (let i = next.content.length - 1; i >= 0; i--) {
      const child = current.child(i);
      const wanted = next.content[i]!;
      // While the user types, the project echoes the editor's own edits back (possibly a keystroke behind): leave their sections alone.
      if (!includeUser && child.attrs.origin !== 'generated' && child.attrs.origin === wanted.attrs?.origin && JSON.stringify(child.attrs) === JSON.stringify(wanted.attrs)) continue;
      if (stableStringify(child.toJSON()) === stableStringify(wanted)) continue;
      const start = positions[i]!;
      tr.replaceWith(start, start + child.nodeSize, schema.nodeFromJSON(wanted));
    }
  }
  if (!tr.docChanged) return false;
  tr.setMeta(SYNC_META, true);
  tr.setMeta('addToHistory', false);
  editor.view.dispatch(tr);
  return true;
}
