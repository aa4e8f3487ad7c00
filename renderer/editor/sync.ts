import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { stableStringify } from '../../shared/document/hash.ts';
import type { DocNode, PolicyDocument } from '../../shared/document/types.ts';
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
      if (sameSection(child, wanted)) continue;
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

/**
 * Whether the editor's section already shows `wanted`. A generated section's
 * content is a pure function of the HTML its hash was taken from and the user
 * cannot edit it, so equal attributes (with the hash) mean equal content:
 * no need to serialise a 500-row cookie table on every keystroke. Sections
 * with the user's text are compared in full.
 */
function sameSection(child: PMNode, wanted: DocNode): boolean {
  const attrs = wanted.attrs ?? {};
  const sameAttrs = Object.keys(child.attrs).length === Object.keys(attrs).length && Object.entries(attrs).every(([key, value]) => child.attrs[key] === value);
  if (!sameAttrs) return false;
  if (attrs.origin === 'generated' && typeof attrs.generatedHash === 'string') return true;
  return stableStringify(child.toJSON()) === stableStringify(wanted);
}
