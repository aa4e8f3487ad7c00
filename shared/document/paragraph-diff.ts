/** A line of a diff: in both texts, only in the user's text, or only in the generated one. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Paragraph-level diff (longest common subsequence) from `before` (the user's
 * customised text) to `after` (the current generated text): what the
 * template or the facts would now say differently.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ kind: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ kind: 'removed', text: before[i++]! });
    } else {
      out.push({ kind: 'added', text: after[j++]! });
    }
  }
  while (i < n) out.push({ kind: 'removed', text: before[i++]! });
  while (j < m) out.push({ kind: 'added', text: after[j++]! });
  return out;
}

interface TextNode {
  type: string;
  text?: string;
  content?: TextNode[];
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableHeader', 'tableCell']);

/** The text of each paragraph, heading or table cell of a document fragment, in order. */
export function blockTexts(nodes: readonly TextNode[]): string[] {
  const out: string[] = [];
  const inline = (node: TextNode): string => (node.text ?? '') + (node.content ?? []).map(inline).join('');
  const walk = (node: TextNode) => {
    if (TEXT_BLOCKS.has(node.type) && !(node.content ?? []).some((c) => c.type === 'paragraph')) {
      const text = inline(node).trim();
      if (text !== '') out.push(text);
      return;
    }
    (node.content ?? []).forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}
