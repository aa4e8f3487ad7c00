import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

/** Every text run of a .docx body, in order, joined by spaces. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

describe('recipients’ web addresses on paper', () => {
  it('are printed as text in the recipients table of the DOCX, in every language, not only as a link on the name', async () => {
    const project = buildProject();
    for (const lang of project.languages) {
      const policy = generatePolicy(project, lang, nodeEnv);
      const text = await docxText(await exportDocx(policy.document, policy.context));
      expect(text, lang).toContain('https://postmarkapp.com');
    }
  });
});
