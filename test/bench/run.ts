import { relative } from 'node:path';
import { buildCli, CLI_BUNDLE } from '../../scripts/build-cli.ts';
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

// The whole-process figures are of the CLI as installed: the bundle, built afresh from the sources as they are now
// (bin/policy-studio.mjs would otherwise run the sources through tsx whenever one is newer than the bundle).
const inputs = await buildCli();
console.log(`Built ${relative(process.cwd(), CLI_BUNDLE)} from ${inputs.length} sources for the whole-process figures`);

for (const section of sections) {
  console.log(`\n== ${section.name} ==`);
  await section.run();
}
