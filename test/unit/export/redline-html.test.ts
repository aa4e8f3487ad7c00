import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';
import { LEGEND_LABELS, redlineHtml } from '../../../shared/export/redline/index.ts';
import { twoVersions } from './redline-versions.ts';

/** The HTML redline read back in a DOM, as a browser would show it. */
function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

const HOSTILE = 'Evil <img src=x onerror="alert(1)"> & <script>alert(2)</script> Ltd';

describe('redlineHtml', () => {
  const { before, after, ctx } = twoVersions('en', HOSTILE);
  const html = redlineHtml(before, after, ctx, { from: 'Version 1 <v1>', to: 'Working copy' });
  const page = parse(html);
  const texts = (selector: string) => [...page.querySelectorAll(`main ${selector}`)].filter((e) => !e.closest('.redline-legend')).map((e) => e.textContent);

  it('marks the changed retention period as one deleted and one inserted word in its table cell', () => {
    const cell = [...page.querySelectorAll('td')].find((td) => td.textContent.includes('days after our contract'))!;
    expect(cell.textContent).toBe('3090 days after our contract with you ends');
    expect([...cell.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['30']);
    expect([...cell.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['90']);
  });

  it('shows the added recipient inserted and the removed cookie deleted', () => {
    expect(texts('ins')).toContain(HOSTILE);
    expect(texts('del')).toContain('_pk_id');
    expect(texts('del')).toContain('Some cookies are set by other companies: Matomo.');
  });

  it('has a legend in the document language naming both versions', () => {
    const legend = page.querySelector('.redline-legend')!;
    expect(legend.querySelector('h2')!.textContent).toBe('Changes');
    expect(legend.querySelector('ins')!.textContent).toBe('Added text');
    expect(legend.querySelector('del')!.textContent).toBe('Removed text');
    expect(legend.textContent).toContain('Version 1 <v1> → Working copy');
  });

  it('keeps hostile text as text: no element, attribute or script comes from it', () => {
    expect(page.querySelectorAll('img, script')).toHaveLength(0);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<v1>');
    expect(html).toContain('Evil &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;');
  });

  it('lists the sections in the contents as they now read', () => {
    const contents = [...page.querySelectorAll('nav.toc a')].map((a) => a.textContent);
    expect(contents).toContain('How long we keep your data');
  });

  it('has legend words in every document language', () => {
    for (const lang of DOCUMENT_LANGUAGES) expect(Object.values(LEGEND_LABELS[lang]).every((w) => w.trim() !== ''), lang).toBe(true);
    const sv = twoVersions('sv');
    const legend = parse(redlineHtml(sv.before, sv.after, sv.ctx)).querySelector('.redline-legend')!;
    expect(legend.querySelector('h2')!.textContent).toBe('Ändringar');
  });
});
