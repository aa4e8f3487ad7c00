import type { IContext } from 'docx';

/**
 * The number (`w:numId`) `docx` gave a list's concrete numbering, for raw
 * paragraphs (raw-paragraph.ts) to write it themselves. `docx`'s own
 * paragraphs write a `{reference-instance}` placeholder that the packer
 * replaces in the whole part, a copy of a large policy's 2 MB
 * `document.xml`; with every list written raw there is nothing to replace
 * and the part is left as it is. The number is the one the replacer would
 * write: it maps each concrete numbering's key to its id the same way, and
 * a concrete numbering, once made, keeps its id.
 */

type Numbering = IContext['file']['Numbering'];

/** The keys and ids of the concrete numberings a document had when last looked at. */
const idsByNumbering = new WeakMap<Numbering, Map<string, number>>();

/** `docx`'s key of a concrete numbering, as its placeholders hold it (listKey). */
function listKey(reference: string, instance: number, restartedListId: number | undefined): string {
  return restartedListId === undefined ? `${reference}-${instance}` : `${reference}-restart ${restartedListId}`;
}

/** The id the packer would write for `{reference-instance}`, or undefined when `docx` made no such numbering (the placeholder then stays). */
export function concreteNumId(numbering: Numbering, reference: string, instance: number): number | undefined {
  const key = `${reference}-${instance}`;
  let ids = idsByNumbering.get(numbering);
  const known = ids?.get(key);
  if (known !== undefined) return known;
  // Made since the last look (one per list): read them again, as the replacer reads them, later keys winning.
  ids = new Map();
  for (const c of numbering.ConcreteNumbering) ids.set(listKey(c.reference, c.instance, c.restartedListId), c.numId);
  idsByNumbering.set(numbering, ids);
  return ids.get(key);
}
