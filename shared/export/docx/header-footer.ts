import { Footer, Header, Paragraph, Tab, TextRun } from 'docx';
import type { ExportContext } from '../context.ts';
import { pageOfPagesRuns } from './message-runs.ts';

/** Running header: the company's legal name on the left (who is bound by the policy), the document's title on the right. */
export function policyHeader(ctx: ExportContext, title: string): Header {
  return new Header({
    children: [new Paragraph({ style: 'Header', children: [new TextRun(ctx.legalName), new TextRun({ children: [new Tab(), title] })] })],
  });
}

/** Running footer: "Last updated <date>" on the left, "Page X of Y" on the right, in the document's language. */
export function policyFooter(ctx: ExportContext): Footer {
  const updated = ctx.message('document.lastUpdated', { date: ctx.formatDate(ctx.lastUpdated) });
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun(updated), new TextRun({ children: [new Tab()] }), ...pageOfPagesRuns(ctx)] })],
  });
}
