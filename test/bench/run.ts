import { benchEditor } from './editor.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchPipeline } from './pipeline.bench.ts';
import { benchPrint } from './print.bench.ts';

/**
 * `npm run bench`: prints figures for the speed targets. Nothing is asserted:
 * timings on a shared machine vary too much for a pass/fail line.
 */
const sections: { name: string; run: () => Promise<void> }[] = [
  { name: 'Pipeline', run: benchPipeline },
  { name: 'Export (DOCX vs pandoc, every language × format)', run: benchExport },
  { name: 'Print (every format, two and every language, PDFs in parallel pages of one browser)', run: benchPrint },
  { name: 'Editor (large project in Chromium: keystroke → document, initial JavaScript)', run: benchEditor },
];

for (const section of sections) {
  console.log(`\n== ${section.name} ==`);
  await section.run();
}
