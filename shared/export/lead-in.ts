import type { DocNode } from '../document/types.ts';
import { plainText } from './docx/node-attrs.ts';

/**
 * A paragraph that introduces what follows it ("… are:", "… kontakta oss:"):
 * its text ends with a colon. Printed formats keep it on the page of what it
 * introduces (CSS `break-after: avoid` in the PDF, keep-with-next in Word).
 */
export function isLeadIn(node: DocNode): boolean {
  return node.type === 'paragraph' && /[:：]\s*$/.test(plainText(node));
}
