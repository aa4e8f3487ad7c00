import { benchEditor } from './editor.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchPipeline } from './pipeline.bench.ts';
import { benchPrint } from './print.bench.ts';

/** The bench's sections, in the order `npm run bench` runs them, each in a process of its own (section.ts). */
export const SECTIONS: readonly { name: string; title: string; run: () => Promise<void> }[] = [
  { name: 'pipeline', title: 'Pipeline', run: benchPipeline },
  { name: 'export', title: 'Export (DOCX vs pandoc, every language × format)', run: benchExport },
  { name: 'print', title: 'Print (every format, two and every language, PDFs in parallel pages of one browser)', run: benchPrint },
  { name: 'editor', title: 'Editor (large project in Chromium: keystroke → document, initial JavaScript)', run: benchEditor },
];
