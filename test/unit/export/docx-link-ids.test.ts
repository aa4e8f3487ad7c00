import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode, PolicyDocument } from '../../../shared/document/types.ts';
import { exportDocx, type DocxExportOptions } from '../../../shared/export/docx/index.ts';
import { twoVersions } from './redline-versions.ts';

/**
 * The same document gives the same Word file, links included: a consultant
 * keeps exports under version control and compares them, and a file that
 * changes on every export with nothing changed hides the change that
 * matters. Paragraphs `docx` writes itself (a redline's deleted or inserted
 * paragraph, and every paragraph when pages are laid out by `docx/layout`)
 * used to get a random relationship id per link, and the headings'
 * bookmarks took their numbers from a counter `docx` keeps for the whole
 * process, so the app's second export differed from its first.
 */

const link = (href: string): DocMark => ({ type: 'link', attrs: { href } });

/** The document with paragraphs added to its first section: one deleted whole with its link, one inserted with two links. */
function withChangedLinks(doc: PolicyDocument): PolicyDocument {
  const deleted: DocNode = {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Old processor: ', marks: [{ type: 'redlineDeletion' }] },
      { type: 'text', text: 'https://old.example/privacy', marks: [link('https://old.example/privacy'), { type: 'redlineDeletion' }] },
    ],
  };
  const inserted: DocNode = {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Whereby notice', marks: [link('https://whereby.example/privacy'), { type: 'redlineInsertion' }] },
      { type: 'text', text: ' and ', marks: [{ type: 'redlineInsertion' }] },
      { type: 'text', text: 'its terms', marks: [link('https://whereby.example/terms'), { type: 'redlineInsertion' }] },
    ],
  };
  const [first, ...rest] = doc.content;
  return { ...doc, content: [{ ...first!, content: [...(first!.content ?? []), deleted, inserted] }, ...rest] };
}

async function parts(bytes: Uint8Array): Promise<{ document: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file('word/document.xml')!.async('string'), rels: await zip.file('word/_rels/document.xml.rels')!.async('string') };
}

/** Each hyperlink relationship of the document part: its id and where it points. */
function hyperlinkRelationships(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const attrs = m[1]!;
    if (!attrs.includes('relationships/hyperlink')) continue;
    const id = /Id="([^"]+)"/.exec(attrs)![1]!;
    expect(out.has(id), `relationship ${id} written twice`).toBe(false);
    out.set(id, /Target="([^"]+)"/.exec(attrs)![1]!);
  }
  return out;
}

describe('DOCX: the same file for the same document', () => {
  const { after, ctx } = twoVersions();
  const doc = withChangedLinks(after);
  const layouts: [string, DocxExportOptions][] = [
    ['quick page estimate', {}],
    ['pages laid out by docx/layout', { estimatePageNumbers: true }],
  ];
  for (const [name, options] of layouts) {
    // First in the file: `docx`'s process-wide counter then starts at 1, where it met the tracked changes' ids.
    it(`tracked changes and bookmarks each have an id no other annotation has (${name})`, async () => {
      const { document } = await parts(await exportDocx(doc, ctx, options));
      const ids = [...document.matchAll(/<w:(?:ins|del|bookmarkStart) [^>]*?w:id="(\d+)"/g)].map((m) => m[1]!);
      const bookmarks = [...document.matchAll(/<w:bookmarkStart [^>]*/g)].length;
      expect(bookmarks).toBeGreaterThan(5);
      expect(ids.length).toBeGreaterThan(bookmarks + 5);
      expect(new Set(ids).size).toBe(ids.length);
    }, 60_000);

    it(`the same document exports to the same body and relationships twice (${name})`, async () => {
      const first = await parts(await exportDocx(doc, ctx, options));
      const second = await parts(await exportDocx(doc, ctx, options));
      expect(second.document).toBe(first.document);
      expect(second.rels).toBe(first.rels);
    }, 60_000);

    it(`every link in the body has its own relationship to its address (${name})`, async () => {
      const { document, rels } = await parts(await exportDocx(doc, ctx, options));
      const targets = hyperlinkRelationships(rels);
      const used = [...document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
      expect(new Set(used).size).toBe(used.length);
      for (const id of used) expect(targets.has(id), `no relationship for ${id}`).toBe(true);
      for (const href of ['https://old.example/privacy', 'https://whereby.example/privacy', 'https://whereby.example/terms']) {
        const ids = [...targets].filter(([, target]) => target === href).map(([id]) => id);
        expect(ids.length, href).toBe(1);
        expect(used).toContain(ids[0]);
      }
    }, 60_000);

  }
});
