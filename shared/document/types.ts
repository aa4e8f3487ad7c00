/** A node of the document tree: TipTap's JSON, which the editor shows and every exporter walks. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** Where a section came from: generated from the facts, generated then edited by the user, or written by the user. */
export type SectionOrigin = 'generated' | 'customized' | 'custom';

export interface PolicyDocument extends DocNode {
  type: 'doc';
  attrs: { lang: string };
  content: DocNode[];
}
