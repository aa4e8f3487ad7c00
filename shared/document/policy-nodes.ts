import { Node, mergeAttributes } from '@tiptap/core';

/**
 * A section of the policy. Carries the plan's section id, so overrides,
 * checks and exporters can find it, and where its content came from.
 */
export const PolicySection = Node.create({
  name: 'policySection',
  content: 'block+',
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      sectionId: { default: null, parseHTML: (el) => el.getAttribute('data-section-id'), renderHTML: (a) => ({ 'data-section-id': a.sectionId }) },
      origin: { default: 'generated', parseHTML: (el) => el.getAttribute('data-origin') ?? 'generated', renderHTML: (a) => ({ 'data-origin': a.origin }) },
      /** Hash of the generated content this section shows or was customised from. */
      generatedHash: { default: null, parseHTML: (el) => el.getAttribute('data-generated-hash'), renderHTML: (a) => (a.generatedHash ? { 'data-generated-hash': a.generatedHash } : {}) },
      /** For a customised section: the hash of the generated content the user started from. Differs from generatedHash when the template or facts changed since. */
      basedOnHash: { default: null, parseHTML: (el) => el.getAttribute('data-based-on-hash'), renderHTML: (a) => (a.basedOnHash ? { 'data-based-on-hash': a.basedOnHash } : {}) },
    };
  },
  parseHTML: () => [{ tag: 'section[data-section-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', mergeAttributes(HTMLAttributes), 0],
});

/** One clause of a generated section, carrying the plan's clause id. */
export const PolicyClause = Node.create({
  name: 'policyClause',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      clauseId: { default: null, parseHTML: (el) => el.getAttribute('data-clause-id'), renderHTML: (a) => ({ 'data-clause-id': a.clauseId }) },
    };
  },
  parseHTML: () => [{ tag: 'div[data-clause-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes), 0],
});
