/**
 * Characters no format can hold (issue "Trust nothing", 2): the schema refuses
 * them, naming the field; and every exporter is safe on its own, so a
 * customised section pasted from anywhere cannot break a Word file.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx/export-docx.ts';
import { exportHtmlFragment, exportStandaloneHtml } from '../../../shared/export/html.ts';
import { exportMarkdown } from '../../../shared/export/markdown.ts';
import { formatProjectError, parseProject } from '../../../shared/model/index.ts';
import type { PolicyDocument } from '../../../shared/document/types.ts';
import { parseXml } from '../../../shared/translations/xml.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';
import { docxContext } from '../../fixtures/docx-document.ts';

/** Control characters, the point of these tests, as one pattern. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

const PAYLOADS = ['\uFFFF', '\uFFFE', '\u0000', '\u0001', '\u000B', '\u001B', '\uD800'];

const errorsFor = (patch: (input: ReturnType<typeof baseProjectInput>) => void): string[] => {
  const input = baseProjectInput();
  patch(input);
  const result = parseProject(input);
  return result.ok ? [] : result.errors.map(formatProjectError);
};

describe('characters no format can hold', () => {
  it.each(PAYLOADS.map((p) => [JSON.stringify(p), p] as const))('the schema refuses %s in a free text, naming the field and the character', (_name, payload) => {
    const errors = errorsFor((p) => void (p.company.legalName = `Acme ${payload} AB`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^company\.legalName: contains a control character \(U\+[0-9A-F]{4}\)/);
    // The error line itself holds no raw control character.
    expect(errors[0]).not.toMatch(RAW_CONTROL);
  });

  it('refuses bidi controls and zero-width characters in a web address, allows them nowhere silently', () => {
    for (const ch of ['\u202E', '\u200B', '\u2066', '\uFEFF']) {
      const errors = errorsFor((p) => void (p.company.website = `https://x.example/${ch}txt.exe`));
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^company\.website: contains an invisible or direction-changing character/)]));
    }
    expect(errorsFor((p) => void (p.company.website = 'https://x.example/ok'))).toEqual([]);
  });

  it('every exporter drops them from a document that holds them, and Word parts stay well-formed XML', async () => {
    const hostile = PAYLOADS.join('');
    const doc: PolicyDocument = {
      type: 'doc',
      attrs: { lang: 'en' },
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Title ${hostile}` }] },
        { type: 'paragraph', content: [{ type: 'text', text: `Acme ${hostile} AB`, marks: [{ type: 'link', attrs: { href: `https://x.example/${'\u0000'}` } }] }] },
      ],
    };
    const ctx = { ...docxContext('en'), companyName: `Acme ${hostile}`, legalName: `Acme ${hostile} AB` };
    const outputs = [exportStandaloneHtml(doc, ctx), exportHtmlFragment(doc, ctx), exportMarkdown(doc, ctx)];
    for (const out of outputs) {
      expect(out).toContain('Acme');
      expect(out).not.toMatch(RAW_CONTROL);
    }
    const zip = await JSZip.loadAsync(await exportDocx(doc, ctx));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      expect(() => parseXml(xml), name).not.toThrow();
    }
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Acme  AB');
  });
});
