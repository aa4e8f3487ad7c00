import { BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { HEADING_NUMBERS } from './numbering.ts';
import { TEXT_WIDTH } from './page-layout.ts';

const BODY_FONT = 'Calibri';
const HEADING_FONT = 'Calibri Light';
const DARK_BLUE = '1F3864';
const BLUE = '2F5496';
const GREY = '595959';
/** How far the Quote style indents a blockquote, in twips; lists in a quote move in as far. */
export const QUOTE_INDENT = 720;

/** A built-in Word paragraph style, with the name Word knows it by so templates and the style gallery match it. */
function builtIn(id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', quickFormat: true, ...rest };
}

/** Word's list styles by depth: List Bullet, List Bullet 2, List Bullet 3, and the same for List Number. */
function listStyles(): IParagraphStyleOptions[] {
  return [
    ['ListBullet', 'List Bullet'],
    ['ListNumber', 'List Number'],
  ].flatMap(([id, name]) =>
    [1, 2, 3].map((n) =>
      builtIn(n === 1 ? `${id}` : `${id}${n}`, n === 1 ? `${name}` : `${name} ${n}`, {
        paragraph: { spacing: { after: 80 }, contextualSpacing: true },
      }),
    ),
  );
}

/**
 * The document's styles: Word's built-in ones (Normal, Title, Heading 1–3,
 * list, quote, header and footer styles; Table Grid is in table-style.ts),
 * so a client's template and Word's navigation pane work on the export. The language goes on the
 * document defaults, so Word proofs the text in the document's language.
 */
export function policyStyles(language: string, numberedHeadings: boolean): IStylesOptions {
  const headingNumbers = (level: number) => (numberedHeadings ? { numbering: { reference: HEADING_NUMBERS, level } } : {});
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 22, language: { value: language } },
        paragraph: { spacing: { after: 140, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: HEADING_FONT, size: 52, color: DARK_BLUE },
        paragraph: {
          spacing: { before: 0, after: 120, line: 240 },
          contextualSpacing: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: BLUE, space: 6 } },
        },
      },
      heading1: {
        run: { font: HEADING_FONT, size: 32, color: DARK_BLUE },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0, ...headingNumbers(0) },
      },
      heading2: {
        run: { font: HEADING_FONT, size: 26, color: BLUE },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1, ...headingNumbers(1) },
      },
      heading3: {
        run: { font: HEADING_FONT, size: 24, color: DARK_BLUE },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      hyperlink: { run: { color: '0563C1', underline: {} } },
      listParagraph: { paragraph: { indent: { left: 720 }, contextualSpacing: true } },
    },
    paragraphStyles: [
      builtIn('Subtitle', 'Subtitle', { next: 'Normal', run: { color: GREY, size: 24 }, paragraph: { spacing: { after: 240 } } }),
      builtIn('Quote', 'Quote', {
        next: 'Normal',
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: QUOTE_INDENT, right: QUOTE_INDENT }, spacing: { before: 120, after: 120 } },
      }),
      ...listStyles(),
      builtIn('ListContinue', 'List Continue', { paragraph: { spacing: { after: 80 }, contextualSpacing: true } }),
      builtIn('TOCHeading', 'TOC Heading', {
        next: 'Normal',
        // Like Word's own: looks like Heading 1 but stays out of the outline and the table of contents.
        run: { font: HEADING_FONT, size: 32, color: DARK_BLUE },
        paragraph: { spacing: { before: 480, after: 120 }, keepNext: true },
      }),
      builtIn('Header', 'header', {
        quickFormat: false,
        run: { size: 18, color: GREY },
        paragraph: {
          spacing: { after: 0, line: 240 },
          rightTabStop: TEXT_WIDTH,
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 } },
        },
      }),
      builtIn('Footer', 'footer', {
        quickFormat: false,
        run: { size: 18, color: GREY },
        paragraph: {
          spacing: { after: 0, line: 240 },
          rightTabStop: TEXT_WIDTH,
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 } },
        },
      }),
    ],
  };
}
