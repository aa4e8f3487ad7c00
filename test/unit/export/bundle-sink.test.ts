import { describe, expect, it } from 'vitest';
import { exportBundle, exportBundleTo, type BinaryWriters, type ExportedFile } from '../../../shared/export/bundle.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { loadStarters } from './starter-policies.ts';

/**
 * `exportBundleTo` hands each file to the host as it is made (the CLI writes
 * it to disk and the bundle lets it go), with the same files as
 * `exportBundle` returns, named in the same order.
 */
describe('exportBundleTo', () => {
  const starter = loadStarters().find((s) => s.file.endsWith('saas-sweden.policy'))!;
  const langs = starter.project.languages as DocumentLanguage[];
  const docx: BinaryWriters['docx'] = async (policy) => new TextEncoder().encode(`docx of ${policy.context.lang}`);

  it('gives the sink every file once, the same files exportBundle returns, and names them in language × format order', async () => {
    const request = { project: starter.project, langs, formats: ['html', 'md', 'docx'] as const, env: nodeEnv, writers: { docx } };
    const received: ExportedFile[] = [];
    const names = await exportBundleTo(request, async (file) => {
      received.push(file);
    });
    const inMemory = await exportBundle(request);
    expect(names).toEqual(inMemory.map((f) => f.name));
    expect(names).toEqual([...langs.flatMap((l) => [`privacy-policy.${l}.html`, `privacy-policy.${l}.md`, `privacy-policy.${l}.docx`]), 'index.html']);
    expect(new Set(received.map((f) => f.name)).size).toBe(received.length);
    for (const file of inMemory) expect(received.find((r) => r.name === file.name)?.contents).toEqual(file.contents);
  });

  it('hands a language’s files over before the next language is generated', async () => {
    const order: string[] = [];
    const env = { languagePack: (lang: DocumentLanguage) => (order.push(`generate ${lang}`), nodeEnv.languagePack(lang)) };
    await exportBundleTo({ project: starter.project, langs, formats: ['md'], env }, async (file) => {
      order.push(`file ${file.name}`);
    });
    expect(order.slice(0, 2)).toEqual([`generate ${langs[0]}`, `file privacy-policy.${langs[0]}.md`]);
    expect(order.indexOf(`file privacy-policy.${langs[0]}.md`)).toBeLessThan(order.indexOf(`generate ${langs[1]}`));
  });

  it('a sink that cannot write fails the export with its error, after the files before it', async () => {
    const received: string[] = [];
    const failing = exportBundleTo({ project: starter.project, langs, formats: ['html', 'md'], env: nodeEnv }, async (file) => {
      if (file.name.endsWith('.md')) throw new Error('disk full');
      received.push(file.name);
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(received).toEqual([`privacy-policy.${langs[0]}.html`]);
  });
});
