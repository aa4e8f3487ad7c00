import { PageNumber, TextRun, type IRunOptions } from 'docx';
import type { ExportContext } from '../context.ts';

const FIELDS = { page: PageNumber.CURRENT, pages: PageNumber.TOTAL_PAGES } as const;

/**
 * The `document.page` message ("Page {page} of {pages}", "Sida {page} av
 * {pages}") as runs, with Word's page-number fields where the placeholders
 * are, so the word order stays the translator's.
 */
export function pageOfPagesRuns(ctx: ExportContext, run: Omit<IRunOptions, 'children' | 'text'> = {}): TextRun[] {
  const text = ctx.message('document.page', { page: '{page}', pages: '{pages}' });
  return text
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const field = part === '{page}' ? FIELDS.page : part === '{pages}' ? FIELDS.pages : undefined;
      return field ? new TextRun({ ...run, children: [field] }) : new TextRun({ ...run, text: part });
    });
}
