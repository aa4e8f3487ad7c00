import { Node, getSchema, type AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';
import { PolicyClause, PolicySection } from './policy-nodes.ts';
import { RedlineDeletion, RedlineInsertion } from './redline-marks.ts';

/** The document is a sequence of sections; everything else lives inside one. */
const PolicyDoc = Node.create({ name: 'doc', topNode: true, content: 'policySection+' });

/**
 * The one extension list that defines the document: the editor uses it, and
 * so do the Node-side HTML → Document conversion and every exporter's tests.
 */
export const policyExtensions: AnyExtension[] = [
  PolicyDoc,
  StarterKit.configure({
    document: false,
    code: false,
    codeBlock: false,
    // The trailing-node plugin would append a paragraph to the doc, which only holds sections.
    trailingNode: false,
    heading: { levels: [1, 2, 3] },
    link: { openOnClick: false, autolink: false, protocols: ['mailto'], HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
  }),
  TableKit.configure({ table: { resizable: false } }),
  PolicySection,
  PolicyClause,
  // A comparison's insertions and deletions (shared/export/redline), shown by the editor's redline view.
  RedlineInsertion,
  RedlineDeletion,
];

let schema: Schema | undefined;

/** The ProseMirror schema built from `policyExtensions`, built once. */
export function policySchema(): Schema {
  schema ??= getSchema(policyExtensions);
  return schema;
}
