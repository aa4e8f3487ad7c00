import { sectionHeading } from '../document/text.ts';
import type { DocNode, PolicyDocument } from '../document/types.ts';
import type { Checklist } from './checklist.ts';

/**
 * The optional appendix "Disclosure index": for each law the checklist
 * covers, each notice item the law requires, its provision, and the section
 * of this policy that states it (or that it is not stated). A consultant
 * hands it to the client's lawyer; it is built from the checklist of the
 * final document, so it shows what the document says, customised sections
 * included. Item descriptions are English in the law modules, so they are
 * given only in an English document; the section names are the document's own.
 */

/** The section id of the appendix in the document (never a planned section's id). */
export const DISCLOSURE_INDEX_ID = 'disclosure-index';

const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (value: string): DocNode => (value === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [text(value)] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(value)] });
const row = (type: 'tableHeader' | 'tableCell', values: readonly string[]): DocNode => ({ type: 'tableRow', content: values.map((v) => cell(type, v)) });

/** Each clause id of the document, with the heading of the section it is in. */
function clauseSections(document: PolicyDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of document.content) {
    if (section.type !== 'policySection') continue;
    const heading = sectionHeading(section) ?? '';
    const walk = (node: DocNode) => {
      if (node.type === 'policyClause' && typeof node.attrs?.clauseId === 'string' && !out.has(node.attrs.clauseId)) out.set(node.attrs.clauseId, heading);
      (node.content ?? []).forEach(walk);
    };
    walk(section);
  }
  return out;
}

/** The law's name as the document names it (`lawShort.<id>`, "Virginie (VCDPA)"); a law the facts bring in (COPPA) has no such message and keeps its acronym. */
function lawName(law: Checklist['laws'][number], message: (key: string) => string): string {
  try {
    return message(`lawShort.${law.law}`);
  } catch {
    return law.shortName;
  }
}

/** The appendix as a document section, in the document's language (`message` gives its words). */
export function disclosureIndexSection(checklist: Checklist, document: PolicyDocument, message: (key: string) => string): DocNode {
  const where = clauseSections(document);
  const english = document.attrs.lang === 'en';
  const header = [message('disclosureIndex.law'), message('disclosureIndex.provision'), ...(english ? ['Requirement'] : []), message('disclosureIndex.where')];
  const rows: DocNode[] = [row('tableHeader', header)];
  for (const law of checklist.laws) {
    for (const item of law.items) {
      if (item.status === 'not-applicable') continue;
      let stated: string;
      if (item.status === 'missing') stated = message('disclosureIndex.notStated');
      else {
        const headings = [...new Set(item.clauses.map((c) => (c === 'title' ? message('disclosureIndex.titleBlock') : where.get(c))).filter((h): h is string => h !== undefined && h !== ''))];
        stated = headings.join('; ');
      }
      rows.push(row('tableCell', [lawName(law, message), item.article, ...(english ? [item.description] : []), stated]));
    }
  }
  return {
    type: 'policySection',
    attrs: { sectionId: DISCLOSURE_INDEX_ID, origin: 'generated', generatedHash: null, basedOnHash: null },
    content: [{ type: 'heading', attrs: { level: 2 }, content: [text(message('disclosureIndex.title'))] }, paragraph(message('disclosureIndex.intro')), { type: 'table', content: rows }],
  };
}

/** The document with the appendix after its last section. */
export function withDisclosureIndex(document: PolicyDocument, checklist: Checklist, message: (key: string) => string): PolicyDocument {
  return { ...document, content: [...document.content, disclosureIndexSection(checklist, document, message)] };
}
