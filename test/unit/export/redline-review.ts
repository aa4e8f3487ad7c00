/**
 * What Word's "Accept all changes" and "Reject all changes" do to a
 * document.xml, done on the XML the way the Review pane does it, and the
 * body's text paragraph by paragraph, so a test compares it with the plain
 * export of a version. The table of contents (a field Word fills on open) is
 * left out.
 */

export type Review = 'accept' | 'reject';

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The element that a review removes whole, and the one whose content it keeps. */
function kinds(review: Review): { drop: string; keep: string } {
  return review === 'accept' ? { drop: 'del', keep: 'ins' } : { drop: 'ins', keep: 'del' };
}

/** The body of a document.xml without its table of contents. */
function body(xml: string): string {
  const start = xml.indexOf('<w:body>');
  const end = xml.indexOf('</w:body>');
  return xml.slice(start, end).replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
}

/** The text of one paragraph's runs after the review: `w:t`, and `w:delText` when deletions are kept. */
function runText(paragraph: string, review: Review): string {
  const { drop } = kinds(review);
  const kept = paragraph.replace(new RegExp(`<w:${drop} [^>]*>[\\s\\S]*?</w:${drop}>`, 'g'), '');
  const parts: string[] = [];
  for (const m of kept.matchAll(/<w:(t|delText)(?: [^>]*)?>([\s\S]*?)<\/w:\1>|<w:br\/>|<w:tab\/>/g)) {
    if (m[0] === '<w:br/>') parts.push('\n');
    else if (m[0] === '<w:tab/>') parts.push('\t');
    else parts.push(decode(m[2]!));
  }
  return parts.join('');
}

/** Whether a paragraph's mark or a row is itself a change the review removes (`w:rPr/w:ins` in `w:pPr`, `w:ins` in `w:trPr`). */
function markDropped(props: string | undefined, review: Review): boolean {
  return props !== undefined && new RegExp(`<w:${kinds(review).drop} [^>]*/>`).test(props);
}

/**
 * The body's paragraphs after accepting or rejecting every change: rows
 * the review removes are gone, a paragraph whose mark it removes joins the
 * next paragraph (as Word joins them), and each paragraph's text is what its
 * kept runs say.
 */
export function reviewedParagraphs(documentXml: string, review: Review): string[] {
  const withoutRows = body(documentXml).replace(/<w:tr>[\s\S]*?<\/w:tr>/g, (row) => (markDropped(/<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(row)?.[1], review) ? '' : row));
  const out: string[] = [];
  let carried = '';
  for (const [paragraph] of withoutRows.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1];
    const mark = pPr ? /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(pPr)?.[1] : undefined;
    const text = carried + runText(paragraph, review);
    if (markDropped(mark, review)) {
      carried = text;
      continue;
    }
    carried = '';
    out.push(text);
  }
  if (carried) out.push(carried);
  return out;
}

/** Every tracked change's start tag: `<w:ins …>` and `<w:del …>`, those around runs and those on paragraph marks and rows. */
export function changeTags(documentXml: string): { kind: 'ins' | 'del'; id: string; author: string; date: string }[] {
  return [...documentXml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"\/?>/g)].map((m) => ({
    kind: m[1] as 'ins' | 'del',
    id: m[2]!,
    author: decode(m[3]!),
    date: m[4]!,
  }));
}
